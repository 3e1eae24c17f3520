// Which cards one visitor sees: k for the pre-test and k different ones for the post-test, each
// test mixing legitimate offers and lures in the same proportion, no card twice in a session.
#pragma once

#include "quiz/quiz_bank.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lureproof {

namespace quiz_limits {
constexpr int kMinCards = 2;  // per test
constexpr int kMaxCards = 4;
constexpr int kDefaultCards = 3;
}  // namespace quiz_limits

struct QuizPlan {
  std::vector<int> pre;  // indices into the bank's cards, in the order shown
  std::vector<int> post;
  bool empty() const { return pre.empty(); }
  bool operator==(const QuizPlan&) const = default;
};

// Clamps a configured count to 2..4.
int clamp_quiz_cards(int k);
// Picks the plan for one session from `seed`. Stratified: each test has L legitimate cards and k-L
// lures with 1 <= L <= k-1 (L = k/2; for odd k, L is k/2 or k/2+1 by the seed, the same for both
// tests). Cards that retell `played_scenario` (QuizCard::scenario) are left out of both tests, so the
// post-test measures discernment, not recall of the story. Returns an empty plan and a message when
// the bank has too few cards of a kind.
QuizPlan plan_quiz(const std::vector<QuizCard>& cards, int k, std::uint64_t seed, std::string& error,
                   const std::string& played_scenario = {});

}  // namespace lureproof
