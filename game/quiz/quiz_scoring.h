// Scoring one visitor's answers: discernment (trust in legitimate offers minus trust in lures) and
// the share of sensible actions, for the pre-test, the post-test and the change between them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lureproof {

// "What would you do?"
enum class QuizAction { Accept, CheckFirst, Refuse };

struct QuizAnswer {
  bool legit = false;  // the card's truth (copied from the bank when answered)
  int trust = 3;       // "How much would you trust this?" 1 = not at all ... 5 = completely
  QuizAction action = QuizAction::CheckFirst;
  bool operator==(const QuizAnswer&) const = default;
};

// The sensible-action rule. A lure: refuse or check first. A legitimate offer: accept or check
// first. "Check first" is always sensible: verifying an employer, an agency or a contract costs a
// legitimate offer nothing and is the protective action the game teaches ("Research the company
// online", EEOC; assets/sources.toml eeoc-check-business); only
// accepting a lure or refusing a good offer counts as not sensible.
bool is_sensible(bool legit, QuizAction action);

struct QuizTestScore {
  bool valid = false;           // at least one legitimate and one lure answer, all trust in 1..5
  double legit_trust = 0.0;     // mean trust in the legitimate cards (1..5)
  double lure_trust = 0.0;      // mean trust in the lures (1..5)
  double discernment = 0.0;     // legit_trust - lure_trust, -4..+4 (higher = better told apart)
  double sensible_share = 0.0;  // 0..1
};

QuizTestScore score_test(const std::vector<QuizAnswer>& answers);

struct QuizResult {
  QuizTestScore pre, post;
  bool valid() const { return pre.valid && post.valid; }
  double discernment_change() const { return post.discernment - pre.discernment; }
  double sensible_change() const { return post.sensible_share - pre.sensible_share; }
};

QuizResult score_quiz(const std::vector<QuizAnswer>& pre, const std::vector<QuizAnswer>& post);

// Anonymous score bands (plain ids) for the kiosk statistics: no raw answers leave the session.
// Discernment change, rounded to the nearest whole point (halves away from zero):
//   "disc-change-le-neg2", "disc-change-neg1", "disc-change-zero", "disc-change-pos1", "disc-change-ge-pos2".
std::string discernment_change_band(double change);
// Sensible-action share of one test: "low" (< 50 %), "high" (50 % to < 100 %), "all" (100 %),
// prefixed "sensible-pre-" or "sensible-post-".
std::string sensible_band(double share, bool post);
// All bands of a result, in a fixed order: change, sensible-pre, sensible-post.
std::vector<std::string> quiz_bands(const QuizResult& result);
// Display order of every band id (for dashboards and validation).
const std::vector<std::string>& all_quiz_bands();

}  // namespace lureproof
