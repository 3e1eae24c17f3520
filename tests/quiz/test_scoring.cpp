// Scoring on known answers: discernment, sensible-action share, change and bands.
#include "quiz/quiz_scoring.h"

#include <doctest/doctest.h>

using namespace lureproof;

using A = QuizAction;

TEST_CASE("the sensible-action rule: check first is always sensible") {
  CHECK(is_sensible(true, A::Accept));
  CHECK(is_sensible(true, A::CheckFirst));
  CHECK_FALSE(is_sensible(true, A::Refuse));
  CHECK(is_sensible(false, A::Refuse));
  CHECK(is_sensible(false, A::CheckFirst));
  CHECK_FALSE(is_sensible(false, A::Accept));
}

TEST_CASE("scores a pre-test and a post-test from known answers") {
  // Pre: legit trusted 4 and 2 (mean 3), the lure 5 -> discernment 3 - 5 = -2.
  //      Sensible: accept legit yes, refuse legit no, accept lure no -> 1/3.
  const std::vector<QuizAnswer> pre = {{true, 4, A::Accept}, {true, 2, A::Refuse}, {false, 5, A::Accept}};
  // Post: legit 4 and 4 (mean 4), the lure 1 -> discernment +3; all three actions sensible.
  const std::vector<QuizAnswer> post = {{true, 4, A::CheckFirst}, {false, 1, A::Refuse}, {true, 4, A::Accept}};
  const QuizResult r = score_quiz(pre, post);
  REQUIRE(r.valid());
  CHECK(r.pre.legit_trust == doctest::Approx(3.0));
  CHECK(r.pre.lure_trust == doctest::Approx(5.0));
  CHECK(r.pre.discernment == doctest::Approx(-2.0));
  CHECK(r.pre.sensible_share == doctest::Approx(1.0 / 3.0));
  CHECK(r.post.discernment == doctest::Approx(3.0));
  CHECK(r.post.sensible_share == doctest::Approx(1.0));
  CHECK(r.discernment_change() == doctest::Approx(5.0));
  CHECK(r.sensible_change() == doctest::Approx(2.0 / 3.0));
  CHECK(quiz_bands(r) == std::vector<std::string>{"disc-change-ge-pos2", "sensible-pre-low", "sensible-post-all"});
}

TEST_CASE("discernment spans -4..+4 and half points with two cards of a kind") {
  CHECK(score_test({{true, 5, A::Accept}, {false, 1, A::Refuse}}).discernment == doctest::Approx(4.0));
  CHECK(score_test({{true, 1, A::Refuse}, {false, 5, A::Accept}}).discernment == doctest::Approx(-4.0));
  const auto s =
      score_test({{true, 3, A::Accept}, {false, 2, A::Refuse}, {false, 3, A::CheckFirst}, {true, 4, A::CheckFirst}});
  CHECK(s.discernment == doctest::Approx(3.5 - 2.5));
  CHECK(s.sensible_share == doctest::Approx(1.0));
}

TEST_CASE("a test without both kinds or with an out-of-range rating is not scored") {
  CHECK_FALSE(score_test({}).valid);
  CHECK_FALSE(score_test({{true, 3, A::Accept}, {true, 4, A::Accept}}).valid);
  CHECK_FALSE(score_test({{true, 0, A::Accept}, {false, 3, A::Refuse}}).valid);
  CHECK_FALSE(score_test({{true, 6, A::Accept}, {false, 3, A::Refuse}}).valid);
  CHECK(quiz_bands(score_quiz({}, {})).empty());
}

TEST_CASE("discernment change bands round to whole points, halves away from zero") {
  CHECK(discernment_change_band(-4.0) == "disc-change-le-neg2");
  CHECK(discernment_change_band(-1.5) == "disc-change-le-neg2");
  CHECK(discernment_change_band(-1.0) == "disc-change-neg1");
  CHECK(discernment_change_band(-0.5) == "disc-change-neg1");
  CHECK(discernment_change_band(-0.49) == "disc-change-zero");
  CHECK(discernment_change_band(0.0) == "disc-change-zero");
  CHECK(discernment_change_band(0.5) == "disc-change-pos1");
  CHECK(discernment_change_band(1.49) == "disc-change-pos1");
  CHECK(discernment_change_band(1.5) == "disc-change-ge-pos2");
  CHECK(discernment_change_band(8.0) == "disc-change-ge-pos2");
}

TEST_CASE("sensible-action bands") {
  CHECK(sensible_band(0.0, false) == "sensible-pre-low");
  CHECK(sensible_band(0.25, false) == "sensible-pre-low");
  CHECK(sensible_band(0.5, false) == "sensible-pre-high");
  CHECK(sensible_band(2.0 / 3.0, true) == "sensible-post-high");
  CHECK(sensible_band(1.0, true) == "sensible-post-all");
}
