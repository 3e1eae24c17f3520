// The pre/post quiz screen (one offer card at a time: a 1-5 trust rating and "What would you do?")
// and the "your change" result that closes the quiz. State lives in the session's QuizRun.
#pragma once

#include "quiz/quiz_aggregate.h"
#include "quiz/quiz_bank.h"
#include "quiz/quiz_run.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <vector>

namespace lureproof {

struct QuizScreenResult {
  bool finished = false;  // the last card of this test was answered (and, after the story, read)
  bool skipped = false;   // the visitor chose to skip the questions
};

// Draws the current card of `phase`; records answers into `run`.
LUREPROOF_SEPARATE_FUNCTION QuizScreenResult draw_quiz_screen(const UiContext& ui, const std::vector<QuizCard>& cards,
                                                              QuizRun& run, QuizPhase phase);

// The visitor's own change in plain words, with the take-away. Draws at `pos` within width `w`
// (or only measures when `draw` is false); returns the height. For a screen or a debrief section.
float quiz_result_panel(ImDrawList* dl, ImVec2 pos, float w, const QuizRun& run, const Theme& theme, bool draw = true);

struct QuizResultScreenResult {
  bool done = false;
};
// A screen holding only the result panel and a "Continue" button.
LUREPROOF_SEPARATE_FUNCTION QuizResultScreenResult draw_quiz_result_screen(const UiContext& ui, const QuizRun& run);

// For the operator dashboard: per scenario and per language, n and the mean discernment before,
// after and the change with its 95% CI (groups under 5 suppressed). Returns the height.
float quiz_dashboard_panel(ImDrawList* dl, ImVec2 pos, float w, const QuizAggregate& aggregate, const Theme& theme,
                           bool draw = true);

}  // namespace lureproof
