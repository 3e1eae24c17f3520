// The quiz bank: offer cards (legitimate offers and lures) loaded from assets/quiz/quiz-bank.toml (on
// the web its build-time JSON conversion, quiz-bank.json), and the checks a usable bank must pass.
// Plain C++ without exceptions: errors are values.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/content_register.h"

namespace lureproof {

struct QuizCard {
  std::string id;                          // "q01"; stable, results and translations key on it
  std::string channel;                     // job-ad | chat | sms | email | social-post
  std::string sender;                      // display name shown on the card
  std::string text;                        // the offer as the visitor sees it
  bool legit = false;                      // true = a legitimate offer, false = a lure
  std::string why;                         // one line explaining the right answer
  std::vector<std::string> flags;          // red-flag categories present (empty for legitimate cards)
  std::string source;                      // for lures: source register ids (assets/sources.toml), comma-separated
  std::vector<std::string> cues;           // surface features from quiz_cue_vocabulary() (docs/content-guidelines.md)
  std::string scenario;                    // the story this card retells ("" = none): never shown to its players
  int line = 0;                            // where the card starts in the bank file (for messages)
  int source_line = 0, source_column = 0;  // where `source` is (TOML only)
};

struct QuizBank {
  std::vector<QuizCard> cards;
  std::vector<std::string> errors;  // "quiz-bank.toml:12: card 'q03' has no 'why'"; empty = usable
  bool ok() const { return errors.empty() && !cards.empty(); }
};

// What a bank needs to be usable; validate_quiz_bank() reports every rule it breaks.
namespace quiz_bank_rules {
constexpr int kMinCards = 48;              // 4 + 4 distinct cards per visitor with room for variety, also after
                                           // leaving out the cards of the story played (issue #17)
constexpr size_t kMaxTextChars = 280 * 4;  // 280 characters, counted generously in UTF-8 bytes
}  // namespace quiz_bank_rules

// The fixed vocabulary of card cues: surface features a visitor might take for a rule of thumb
// (docs/content-guidelines.md, "Quiz cues"). A cue outside it is an error.
const std::vector<std::string>& quiz_cue_vocabulary();
// The ids of a card's `source` ("a, b" -> {"a", "b"}); empty parts are dropped.
std::vector<std::string> quiz_source_ids(const std::string& source);

// Parses the text (JSON when `source_name` ends in ".json", else TOML); `source_name` prefixes every
// message. Never throws or aborts: a broken bank
// comes back with errors (and whatever cards could be read, for diagnostics).
QuizBank parse_quiz_bank(std::string_view text, std::string_view source_name);
// Reads and parses a file; a missing or unreadable file is an error in the result.
QuizBank load_quiz_bank(const std::string& path);
// Bank-level rules: at least kMinCards cards, half legitimate, unique plain ids, every card has
// text and why, lures name a source, every cue is in the vocabulary (once per card), a scenario is a
// plain id. Returns the problems (empty = fine).
std::vector<std::string> validate_quiz_bank(const std::vector<QuizCard>& cards, std::string_view source_name);
// Each card's `source` ids against the source register (LP230 at the card's `source`); nothing when no
// register was read.
std::vector<lure::Diagnostic> check_quiz_card_sources(const std::vector<QuizCard>& cards,
                                                      const lure::ContentRegister& reg, const std::string& file);

}  // namespace lureproof
