// Stratified, seeded card selection: shuffle legitimate and lure cards separately, deal the pre-test
// from the front and the post-test from the next slice, so the two tests never share a card. Cards
// that retell the visitor's story are not dealt at all.
#include "quiz/quiz_plan.h"

#include "quiz/quiz_random.h"

#include <algorithm>

namespace lureproof {

int clamp_quiz_cards(int k) { return std::clamp(k, quiz_limits::kMinCards, quiz_limits::kMaxCards); }

QuizPlan plan_quiz(const std::vector<QuizCard>& cards, int k, std::uint64_t seed, std::string& error,
                   const std::string& played_scenario) {
  k = clamp_quiz_cards(k);
  QuizRandom rng(seed);
  std::vector<int> legit, lure;
  for (int i = 0; i < int(cards.size()); ++i) {
    const QuizCard& card = cards[size_t(i)];
    if (!played_scenario.empty() && card.scenario == played_scenario) continue;  // retells the story
    (card.legit ? legit : lure).push_back(i);
  }
  // Legitimate cards per test: half, and for an odd k one more or one fewer, decided by the seed.
  const int legit_per_test = k / 2 + ((k % 2 == 1 && rng.below(2) == 1) ? 1 : 0);
  const int lure_per_test = k - legit_per_test;
  if (int(legit.size()) < 2 * legit_per_test || int(lure.size()) < 2 * lure_per_test) {
    error = "the quiz bank has too few cards for two tests of " + std::to_string(k);
    return {};
  }
  rng.shuffle(legit);
  rng.shuffle(lure);
  QuizPlan plan;
  auto deal = [&](std::vector<int>& test, int from_legit, int from_lure) {
    test.insert(test.end(), legit.begin() + from_legit, legit.begin() + from_legit + legit_per_test);
    test.insert(test.end(), lure.begin() + from_lure, lure.begin() + from_lure + lure_per_test);
    rng.shuffle(test);  // legitimate and lure cards interleaved at random
  };
  deal(plan.pre, 0, 0);
  deal(plan.post, legit_per_test, lure_per_test);
  return plan;
}

}  // namespace lureproof
