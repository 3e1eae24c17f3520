// Card selection: never the same card twice in a session (over many seeds), the same legit/lure
// balance in both tests, at least one of each, deterministic for a seed.
#include "quiz/quiz_bank.h"
#include "quiz/quiz_plan.h"

#include <doctest/doctest.h>

#include <set>

using namespace lureproof;

namespace {
int legit_count(const std::vector<QuizCard>& cards, const std::vector<int>& test) {
  int n = 0;
  for (int i : test) n += cards[size_t(i)].legit ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("no card repeats within a session, balanced tests, over many seeds and every k") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  for (int k = quiz_limits::kMinCards; k <= quiz_limits::kMaxCards; ++k) {
    std::set<int> legit_splits;
    for (std::uint64_t seed = 0; seed < 5000; ++seed) {
      std::string error;
      const QuizPlan plan = plan_quiz(bank.cards, k, seed * 7919 + 13, error);
      REQUIRE(error.empty());
      REQUIRE(int(plan.pre.size()) == k);
      REQUIRE(int(plan.post.size()) == k);
      std::set<int> seen(plan.pre.begin(), plan.pre.end());
      seen.insert(plan.post.begin(), plan.post.end());
      REQUIRE(int(seen.size()) == 2 * k);  // 2k distinct cards: nothing shown twice
      for (int i : seen) REQUIRE((i >= 0 && i < int(bank.cards.size())));
      const int lp = legit_count(bank.cards, plan.pre), lq = legit_count(bank.cards, plan.post);
      REQUIRE(lp == lq);     // stratified: same balance before and after
      REQUIRE(lp >= 1);      // at least one legitimate offer...
      REQUIRE(k - lp >= 1);  // ...and at least one lure in each test
      legit_splits.insert(lp);
    }
    // Odd k: both splits (1+2 and 2+1 for k = 3) occur, so neither kind dominates overall.
    CHECK(legit_splits.size() == (k % 2 == 1 ? 2u : 1u));
  }
}

TEST_CASE("the same seed gives the same plan; different seeds vary") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  std::string error;
  const QuizPlan a = plan_quiz(bank.cards, 3, 42, error), b = plan_quiz(bank.cards, 3, 42, error);
  CHECK(a.pre == b.pre);
  CHECK(a.post == b.post);
  std::set<std::vector<int>> distinct;
  for (std::uint64_t seed = 0; seed < 50; ++seed) distinct.insert(plan_quiz(bank.cards, 3, seed, error).pre);
  CHECK(distinct.size() > 40);
}

TEST_CASE("every card gets shown over many sessions") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  std::vector<int> shown(bank.cards.size(), 0);
  std::string error;
  for (std::uint64_t seed = 0; seed < 2000; ++seed) {
    const QuizPlan p = plan_quiz(bank.cards, 3, seed, error);
    for (int i : p.pre) ++shown[size_t(i)];
    for (int i : p.post) ++shown[size_t(i)];
  }
  for (size_t i = 0; i < shown.size(); ++i) CHECK_MESSAGE(shown[i] > 100, bank.cards[i].id);
}

TEST_CASE("k is clamped to 2..4 and a bank too small for two tests gives an empty plan") {
  CHECK(clamp_quiz_cards(0) == 2);
  CHECK(clamp_quiz_cards(3) == 3);
  CHECK(clamp_quiz_cards(9) == 4);
  std::vector<QuizCard> tiny(3);
  tiny[0].legit = true;
  std::string error;
  const QuizPlan p = plan_quiz(tiny, 2, 1, error);
  CHECK(p.empty());
  CHECK_FALSE(error.empty());
}

TEST_CASE("a card that retells the played story is never in that visitor's pre- or post-test") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  std::set<std::string> scenarios;
  for (const QuizCard& c : bank.cards)
    if (!c.scenario.empty()) scenarios.insert(c.scenario);
  REQUIRE(scenarios.size() >= 5);
  for (const std::string& played : scenarios) {
    CAPTURE(played);
    std::set<std::string> other_story_cards_shown;
    for (int k = quiz_limits::kMinCards; k <= quiz_limits::kMaxCards; ++k) {
      for (std::uint64_t seed = 0; seed < 2000; ++seed) {
        std::string error;
        const QuizPlan plan = plan_quiz(bank.cards, k, seed, error, played);
        REQUIRE(error.empty());
        REQUIRE(int(plan.pre.size()) == k);
        for (const std::vector<int>* test : {&plan.pre, &plan.post})
          for (int i : *test) {
            const QuizCard& c = bank.cards[size_t(i)];
            REQUIRE(c.scenario != played);
            if (!c.scenario.empty()) other_story_cards_shown.insert(c.id);
          }
      }
    }
    CHECK(!other_story_cards_shown.empty());  // only the played story's cards are left out
  }
  // Without a scenario (or an unknown one) every card can be dealt.
  std::vector<QuizCard> two_stories(8);
  for (int i = 0; i < 8; ++i) {
    two_stories[size_t(i)].legit = i % 2 == 0;
    two_stories[size_t(i)].scenario = i < 4 ? "a" : "b";
  }
  std::string error;
  const QuizPlan only_b = plan_quiz(two_stories, 2, 7, error, "a");
  REQUIRE(only_b.pre.size() == 2);
  for (const std::vector<int>* test : {&only_b.pre, &only_b.post})
    for (int i : *test) CHECK(two_stories[size_t(i)].scenario == "b");
  CHECK(plan_quiz(two_stories, 2, 7, error, "").pre.size() == 2);
  // Too few cards left after leaving the story's out: no quiz rather than a repeated card.
  CHECK(plan_quiz(two_stories, 3, 7, error, "a").empty());
}
