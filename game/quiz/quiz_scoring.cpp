// Discernment and sensible-action scores, and the anonymous bands they are reported in.
#include "quiz/quiz_scoring.h"

#include <algorithm>
#include <cmath>

namespace lureproof {

bool is_sensible(bool legit, QuizAction action) {
  if (action == QuizAction::CheckFirst) return true;
  return legit ? action == QuizAction::Accept : action == QuizAction::Refuse;
}

QuizTestScore score_test(const std::vector<QuizAnswer>& answers) {
  QuizTestScore s;
  int legit_n = 0, lure_n = 0, sensible_n = 0;
  double legit_sum = 0.0, lure_sum = 0.0;
  for (const QuizAnswer& a : answers) {
    if (a.trust < 1 || a.trust > 5) return {};
    (a.legit ? legit_sum : lure_sum) += a.trust;
    ++(a.legit ? legit_n : lure_n);
    if (is_sensible(a.legit, a.action)) ++sensible_n;
  }
  if (legit_n == 0 || lure_n == 0) return {};
  s.valid = true;
  s.legit_trust = legit_sum / legit_n;
  s.lure_trust = lure_sum / lure_n;
  s.discernment = s.legit_trust - s.lure_trust;
  s.sensible_share = double(sensible_n) / double(answers.size());
  return s;
}

QuizResult score_quiz(const std::vector<QuizAnswer>& pre, const std::vector<QuizAnswer>& post) {
  return {score_test(pre), score_test(post)};
}

const std::vector<std::string>& all_quiz_bands() {
  static const std::vector<std::string> bands = {"disc-change-le-neg2", "disc-change-neg1",    "disc-change-zero",
                                                 "disc-change-pos1",    "disc-change-ge-pos2", "sensible-pre-low",
                                                 "sensible-pre-high",   "sensible-pre-all",    "sensible-post-low",
                                                 "sensible-post-high",  "sensible-post-all"};
  return bands;
}

std::string discernment_change_band(double change) {
  const long r = std::lround(change);  // halves away from zero: +0.5 -> +1, -0.5 -> -1
  if (r <= -2) return "disc-change-le-neg2";
  if (r == -1) return "disc-change-neg1";
  if (r == 0) return "disc-change-zero";
  if (r == 1) return "disc-change-pos1";
  return "disc-change-ge-pos2";
}

std::string sensible_band(double share, bool post) {
  const std::string prefix = post ? "sensible-post-" : "sensible-pre-";
  if (share >= 1.0 - 1e-9) return prefix + "all";
  if (share >= 0.5 - 1e-9) return prefix + "high";
  return prefix + "low";
}

std::vector<std::string> quiz_bands(const QuizResult& r) {
  if (!r.valid()) return {};
  return {discernment_change_band(r.discernment_change()), sensible_band(r.pre.sensible_share, false),
          sensible_band(r.post.sensible_share, true)};
}

}  // namespace lureproof
