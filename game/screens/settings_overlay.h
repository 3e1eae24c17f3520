// The settings overlay, reachable from every screen through the gear: text size 100-200 %, high
// contrast, reduced motion, sound and read aloud (with Stop, Skip and Repeat while it is on). It
// edits the Settings it is given; App applies them.
#pragma once

#include "journey/settings.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <string>

namespace lureproof {

// Read aloud's part of the overlay: a note from App (e.g. no voice for the language on this device)
// and what the visitor asked of the speech under way.
enum class SpeechCommand { None, Stop, Skip, Repeat };
struct SpeechPanel {
  std::string note;
  SpeechCommand command = SpeechCommand::None;
};

// Returns true when the visitor closed the overlay.
LUREPROOF_SEPARATE_FUNCTION bool draw_settings_overlay(const UiContext& ui, Settings& settings, SpeechPanel& speech);
// The gear button in the top-right corner of every screen; returns true when pressed.
bool draw_settings_button(const UiContext& ui);

}  // namespace lureproof
