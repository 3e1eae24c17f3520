// "Are you still there?": the idle warning above every screen, with the countdown and one big
// "I'm still here" button (WCAG 2.2.1). Drawing only; the timing lives in kiosk/idle_timer.h.
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

// Returns true when the visitor touched the overlay (the button or anywhere on it): they stay.
LUREPROOF_SEPARATE_FUNCTION bool draw_idle_overlay(const UiContext& ui, int seconds_left, int countdown_s);

}  // namespace lureproof
