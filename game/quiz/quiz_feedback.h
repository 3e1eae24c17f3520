// What the visitor reads about their own change at the end: plain, encouraging words (never
// shaming) and the take-away to remember — a booster, since the effect fades without one
// (Maertens et al. 2021/2025).
#pragma once

#include "quiz/quiz_scoring.h"

#include <string>
#include <vector>

namespace lureproof {

struct QuizFeedback {
  std::string headline;              // one sentence about discernment
  std::vector<std::string> details;  // 0..2 sentences: actions, over-caution
  std::string takeaway;              // the booster to remember
};

QuizFeedback quiz_feedback(const QuizResult& result);

}  // namespace lureproof
