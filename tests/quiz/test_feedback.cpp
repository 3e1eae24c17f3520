// Visitor feedback: plain, encouraging words for every outcome, never shaming, always a take-away.
#include "quiz/quiz_feedback.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

using namespace lureproof;

using A = QuizAction;

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}
std::string all_text(const QuizFeedback& f) {
  std::string s = f.headline + " " + f.takeaway;
  for (const auto& d : f.details) s += " " + d;
  return lower(s);
}
}  // namespace

TEST_CASE("improvement is named in plain words") {
  const QuizResult r =
      score_quiz({{true, 3, A::Accept}, {false, 4, A::Accept}}, {{true, 4, A::CheckFirst}, {false, 1, A::Refuse}});
  const QuizFeedback f = quiz_feedback(r);
  CHECK(f.headline == "You told the safe offers and the traps apart better than before.");
  CHECK(f.details.front() == "Every choice you made at the end was a safe one.");
  CHECK_FALSE(f.takeaway.empty());
}

TEST_CASE("no change or a drop is met with encouragement") {
  const QuizResult same =
      score_quiz({{true, 3, A::Accept}, {false, 3, A::CheckFirst}}, {{true, 3, A::Accept}, {false, 3, A::Accept}});
  CHECK(quiz_feedback(same).headline == "Spotting lures is hard — even experts check first.");
  const QuizResult worse =
      score_quiz({{true, 5, A::Accept}, {false, 1, A::Refuse}}, {{true, 2, A::Refuse}, {false, 4, A::Accept}});
  CHECK(quiz_feedback(worse).headline.find("even experts check first") != std::string::npos);
}

TEST_CASE("distrust of everything gets a gentle word that real offers exist (Graham et al. 2023)") {
  const QuizResult r =
      score_quiz({{true, 5, A::Accept}, {false, 3, A::CheckFirst}}, {{true, 2, A::Refuse}, {false, 1, A::Refuse}});
  const QuizFeedback f = quiz_feedback(r);
  CHECK(std::find_if(f.details.begin(), f.details.end(), [](const std::string& d) {
          return d.find("real offers exist too") != std::string::npos;
        }) != f.details.end());
}

TEST_CASE("feedback never shames") {
  const char* const words[] = {"wrong", "fail", "bad", "stupid", "naive", "fool", "mistake", "should have"};
  for (int a = 1; a <= 5; ++a)
    for (int b = 1; b <= 5; ++b)
      for (int c = 1; c <= 5; ++c)
        for (int d = 1; d <= 5; ++d) {
          const QuizResult r = score_quiz({{true, a, A::Accept}, {false, b, A::Accept}},
                                          {{true, c, A::Refuse}, {false, d, A::CheckFirst}});
          const std::string text = all_text(quiz_feedback(r));
          for (const char* w : words) CHECK_MESSAGE(text.find(w) == std::string::npos, text);
        }
  CHECK_FALSE(quiz_feedback(QuizResult{}).headline.empty());
}
