// The attract screen: what a passer-by sees while nobody plays — an animated title, a looping
// teaser of incoming messages, "Touch to start" and the available languages.
#pragma once

#include "l10n/taglines.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <string>
#include <vector>

namespace lureproof {

// What the call to action asks for, to fit the visitor's device: "Touch to start", "Click to start"
// or "Press Enter to start".
enum class StartBy { Touch, Click, Key };
// A key or gamepad button last: Key. Else a kiosk is a touch stand (its touch screen may reach the
// game as a mouse): Touch. Else the pointer: a finger Touch, a mouse Click.
StartBy choose_start_by(bool last_input_was_key, bool pointer_is_touch, bool kiosk);
const char* start_prompt(StartBy by);  // the English text (N_), translated when drawn

struct AttractView {
  StartBy start_by = StartBy::Touch;
  std::vector<std::string> teaser;     // recruiter messages that arrive one by one, then loop
  std::vector<std::string> languages;  // the enabled languages, each in its own name
  std::vector<Tagline> taglines;       // the tagline in each enabled language (cycles when several)
  bool read_aloud = false;             // the speaker button's state (issue #21)
  std::string read_aloud_note;         // shown under it, e.g. that this device has no voice
};

struct AttractResult {
  bool start = false;       // the visitor touched the screen or pressed Enter/Space/A to start
  bool read_aloud = false;  // the visitor pressed the speaker button
};
LUREPROOF_SEPARATE_FUNCTION AttractResult draw_attract_screen(const UiContext& ui, const AttractView& view);

}  // namespace lureproof
