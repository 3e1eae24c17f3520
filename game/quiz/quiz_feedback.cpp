// Feedback rules. Thresholds are in discernment points (trust scale 1-5): half a point is the
// smallest change one card can make with 2 cards of a kind, so smaller changes count as "the same".
#include "quiz/quiz_feedback.h"

// N_ marks English text for translation (xgettext --keyword=N_); the screen translates it with tr().
#define N_(text) text

namespace lureproof {

namespace {

constexpr double kChange = 0.5;     // a real step up or down
constexpr double kGood = 2.0;       // legitimate offers trusted clearly more than lures
constexpr double kDropLegit = 1.0;  // legitimate offers lost this much trust: over-caution

}  // namespace

QuizFeedback quiz_feedback(const QuizResult& r) {
  QuizFeedback f;
  f.takeaway =
      N_("Before you say yes: check who is behind the offer, never pay a fee to get a job, keep your own "
         "passport and phone, and tell someone you trust where you are going.");
  if (!r.valid()) {
    f.headline = N_("Thank you for playing. Spotting lures is hard — even experts check first.");
    return f;
  }
  const double change = r.discernment_change();
  if (change >= kChange) f.headline = N_("You told the safe offers and the traps apart better than before.");
  else if (r.post.discernment >= kGood)
    f.headline = N_("You told the safe offers and the traps apart well — before and after.");
  else if (change <= -kChange)
    f.headline = N_("Some of these cards were tricky. Spotting lures is hard — even experts check first.");
  else f.headline = N_("Spotting lures is hard — even experts check first.");

  if (r.post.sensible_share >= 1.0 - 1e-9) f.details.push_back(N_("Every choice you made at the end was a safe one."));
  else if (r.sensible_change() > 1e-9) f.details.push_back(N_("You chose safe actions more often than before."));
  // Graham et al. 2023: a game can make people distrust everything. Say gently that good offers exist.
  if (r.pre.legit_trust - r.post.legit_trust >= kDropLegit && change < kChange)
    f.details.push_back(
        N_("Being careful is good — and real offers exist too. Checking first lets you say yes to "
           "the right ones."));
  return f;
}

}  // namespace lureproof
