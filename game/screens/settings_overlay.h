// The settings overlay, reachable from every screen through the gear: text size 100-200 %, high
// contrast, reduced motion, sound. It edits the Settings it is given; App applies them.
#pragma once

#include "journey/settings.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

// Returns true when the visitor closed the overlay.
LUREPROOF_SEPARATE_FUNCTION bool draw_settings_overlay(const UiContext& ui, Settings& settings);
// The gear button in the top-right corner of every screen; returns true when pressed.
bool draw_settings_button(const UiContext& ui);

}  // namespace lureproof
