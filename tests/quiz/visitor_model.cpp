// The SIMULATED visitor model. Per visitor: general trust b ~ N(3.1, 0.6), skill s ~ N(0.6, 0.6)
// (how much more a real offer is trusted than a lure), learning g from the story (75 % learn,
// g ~ N(scenario learning, 0.5); 25 % learn nothing) and, after the story, a little more caution
// overall (b drops by 0.25 g: the over-scepticism Graham et al. 2023 found). A card's rating is
// round(b ± s/2 − 0.2·flags + N(0, 0.8)) clamped to 1..5; the action follows the rating.
#include "visitor_model.h"

#include "quiz/quiz_random.h"
#include "quiz/quiz_run.h"

#include <algorithm>
#include <cmath>

using namespace lureproof;

namespace {

double normal(QuizRandom& rng, double mean, double sd) {  // Box-Muller
  const double u1 = std::max(rng.unit(), 1e-12), u2 = rng.unit();
  return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

int rating(QuizRandom& rng, const QuizCard& card, double trust, double skill) {
  const double easy = card.legit ? 0.0 : 0.2 * double(card.flags.size());  // more red flags, easier
  const double latent = trust + (card.legit ? skill / 2 : -skill / 2 - easy) + normal(rng, 0.0, 0.8);
  return std::clamp(int(std::lround(latent)), 1, 5);
}

QuizAction action_for(QuizRandom& rng, int trust, double check_bias) {
  const double u = rng.unit();
  if (u < check_bias) return QuizAction::CheckFirst;
  if (trust >= 4) return u < 0.7 ? QuizAction::Accept : QuizAction::CheckFirst;
  if (trust == 3) return u < 0.25 ? QuizAction::Accept : (u < 0.85 ? QuizAction::CheckFirst : QuizAction::Refuse);
  return u < 0.6 ? QuizAction::Refuse : QuizAction::CheckFirst;
}

template <class T>
const T& pick_weighted(QuizRandom& rng, const std::vector<std::pair<T, double>>& items) {
  double total = 0.0;
  for (const auto& [item, w] : items) total += w;
  double u = rng.unit() * total;
  for (const auto& [item, w] : items) {
    if (u < w) return item;
    u -= w;
  }
  return items.back().first;
}

void answer_test(QuizRun& run, QuizPhase phase, const std::vector<QuizCard>& cards, QuizRandom& rng, double trust,
                 double skill, double check_bias) {
  while (run.current_card(phase) >= 0) {
    const QuizCard& card = cards[size_t(run.current_card(phase))];
    run.trust = rating(rng, card, trust, skill);
    run.action = int(action_for(rng, run.trust, check_bias));
    run.submit(phase, cards);
  }
}

}  // namespace

SimOutcome simulate_visitors(const std::vector<QuizCard>& cards, const SimSettings& st, QuizAggregate& out,
                             const SimVisitSink& on_finished) {
  SimOutcome outcome;
  QuizRandom rng(st.seed);
  for (int v = 0; v < st.visitors; ++v) {
    const SimScenario& scenario = st.scenarios[size_t(rng.below(st.scenarios.size()))];
    const std::string& language = pick_weighted(rng, st.languages);
    QuizRun run = start_quiz_run(cards, st.cards, rng.next());  // the kiosk seeds each session too
    if (!run.active()) continue;
    ++outcome.started;
    const double trust = normal(rng, 3.1, 0.6), skill = normal(rng, 0.6, 0.6);
    answer_test(run, QuizPhase::Pre, cards, rng, trust, skill, 0.0);
    if (rng.unit() >= st.finish_rate) continue;  // left before the post-test
    const bool learns = !st.null_model && rng.unit() < 0.75;
    const double gain = learns ? std::max(0.0, normal(rng, scenario.learning, 0.5)) : 0.0;
    answer_test(run, QuizPhase::Post, cards, rng, trust - 0.25 * gain, skill + gain, 0.1 * gain);
    if (out.add(scenario.id, language, run.result())) {
      ++outcome.finished;
      if (on_finished) on_finished(scenario.id, language, run.result());
    }
  }
  return outcome;
}
