// One visitor's quiz run: cards come in plan order, an answer needs both a rating and an action.
#include "quiz/quiz_run.h"

#include <doctest/doctest.h>

using namespace lureproof;

TEST_CASE("a quiz run takes k answers before and k after") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  QuizRun run = start_quiz_run(bank.cards, 3, 7);
  REQUIRE(run.active());
  CHECK(run.total(QuizPhase::Pre) == 3);
  CHECK(run.current_card(QuizPhase::Pre) == run.plan.pre[0]);
  CHECK_FALSE(run.submit(QuizPhase::Pre, bank.cards));  // nothing chosen yet
  run.trust = 4;
  CHECK_FALSE(run.submit(QuizPhase::Pre, bank.cards));  // no action yet
  for (int i = 0; i < 3; ++i) {
    run.trust = 2 + i;
    run.action = int(QuizAction::CheckFirst);
    CHECK(run.submit(QuizPhase::Pre, bank.cards));
    CHECK(run.revealed == -1);  // the pre-test reveals nothing
  }
  CHECK(run.finished(QuizPhase::Pre));
  CHECK_FALSE(run.finished(QuizPhase::Post));
  CHECK(run.pre[1].trust == 3);
  CHECK(run.pre[1].legit == bank.cards[size_t(run.plan.pre[1])].legit);
  for (int i = 0; i < 3; ++i) {
    run.trust = 3;
    run.action = int(QuizAction::Refuse);
    const int card = run.current_card(QuizPhase::Post);
    CHECK(run.submit(QuizPhase::Post, bank.cards));
    CHECK(run.revealed == card);  // the post-test shows why after each answer
    run.dismiss_reveal();
  }
  CHECK(run.finished(QuizPhase::Post));
  CHECK_FALSE(run.submit(QuizPhase::Post, bank.cards));
  CHECK(run.result().valid());
}

TEST_CASE("no quiz when the bank cannot supply the cards") {
  const QuizRun run = start_quiz_run({}, 3, 1);
  CHECK_FALSE(run.active());
  CHECK_FALSE(run.finished(QuizPhase::Pre));
}
