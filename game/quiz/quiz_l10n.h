// The quiz bank in the visitor's language: its translatable texts as gettext entries (stable keys
// "<card id>.sender|text|why", written to assets/l10n/templates/quiz.pot by `lure l10n extract`) and
// translated copies of the cards, looked up in <assets>/l10n/<lang>/quiz.mo with English fallback.
#pragma once

#include "quiz/quiz_bank.h"

#include "lure/l10n.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

// The gettext domain of the quiz bank: templates/quiz.pot, <lang>/quiz.po, <lang>/quiz.mo.
inline constexpr const char* kQuizL10nDomain = "quiz";

// Every visitor-facing text of the cards, in bank order: sender, text and why of each card.
// `file_name` prefixes the references ("assets/quiz/quiz-bank.toml:21").
std::vector<lure::L10nEntry> quiz_l10n_entries(const std::vector<QuizCard>& cards, std::string_view file_name);

struct QuizLocalizeResult {
  std::vector<QuizCard> cards;       // same order, ids, channels, answers and flags; texts translated
  int translated = 0, total = 0;     // entries found in the catalogue / entries of the bank
  std::vector<std::string> missing;  // keys without a translation (shown in English)
};
// Copies `cards` with every text found in `catalog` (by key and current English text, so a stale
// translation of a changed card is not used); missing texts stay English.
QuizLocalizeResult localize_quiz(const std::vector<QuizCard>& cards, const lure::Catalog& catalog);

// The bank's cards per language, loaded on first use and kept at stable addresses, so switching
// language mid-quiz only swaps the texts: plan and answers index the same cards in every language.
class LocalizedQuiz {
 public:
  // `source` (the English bank) must outlive this object.
  LocalizedQuiz(const std::vector<QuizCard>& source, std::string assets_dir)
      : source_(source), assets_dir_(std::move(assets_dir)) {}
  // The cards in `language`; English, "" or a language without a usable catalogue give `source`.
  const std::vector<QuizCard>& get(const std::string& language);
  // Missing or broken catalogues met so far (L10N001/L10N002); clears them.
  std::vector<lure::Diagnostic> take_warnings();

 private:
  const std::vector<QuizCard>& source_;
  std::string assets_dir_;
  std::map<std::string, std::unique_ptr<std::vector<QuizCard>>> cache_;  // nullptr = use the source
  std::vector<lure::Diagnostic> warnings_;
};

}  // namespace lureproof
