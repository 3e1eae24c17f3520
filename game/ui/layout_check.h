// The layout check of issue #25: reads one frame's UI trace (text boxes with their containers, touch
// targets) and names what a visitor would see wrong: overlapping texts, text past its container or
// the window, a word broken without a hyphen, a touch target under 44x44 points, a title cut with
// "…" that two lines would hold. Plain logic over the trace; tests/ui/layout_check.cmake runs it.
#pragma once

#include "ui/ui_trace.h"

#include <string>
#include <vector>

namespace lureproof {

struct LayoutFailure {
  std::string rule;    // "overlap", "overflow", "broken-word", "small-target", "cut-title"
  std::string detail;  // the texts or target and their rectangles
};

struct LayoutLimits {
  float min_target = 44.f;  // points, both sides (WCAG 2.5.5, Apple HIG)
  float slack = 1.f;        // points a text may touch past an edge (antialiasing, rounding)
  // Not a visitor's control: the operator's hidden corner (five taps, operator_gesture.h) is small on
  // purpose so that visitors do not open it; the kiosk soak checks no button overlaps it.
  std::vector<std::string> hidden_targets = {"operator-corner"};
};

std::vector<LayoutFailure> check_layout(const UiTrace& trace, ImVec2 window_size, const LayoutLimits& limits = {});

// Whether the break at byte `at` of `text` splits a word with no hyphen before it (letters on both sides).
bool breaks_inside_word(const std::string& text, size_t at);

}  // namespace lureproof
