// The large read-aloud button (issue #21): a loudspeaker and "Read aloud: On/Off", on the attract
// screen and in the settings overlay. A touch target, a focus stop for keyboard and gamepad, and a
// button of the web page's accessible mirror.
#pragma once

#include "ui/theme.h"

#include <imgui.h>

#include <string>

namespace lureproof {

struct SpeakerButton {
  bool pressed = false;
  bool focused = false;
  float width = 0.f;  // what it took, from `pos`
};

// The button's size for `on` (its label changes with it). Its label wraps when the button would be
// wider than `max_width` (> 0): large text on a phone; the button grows in height.
ImVec2 speaker_button_size(bool on, const Theme& theme, float max_width = 0.f);
float speaker_button_width(bool on, const Theme& theme);
// `id` is the target's stable name ("read-aloud"); `note` (e.g. no voice here) is added to the
// mirror's label. `default_focus`: may take the first keyboard focus of its window.
SpeakerButton speaker_button(const char* id, ImVec2 pos, bool on, const std::string& note, const Theme& theme,
                             bool default_focus = true, float max_width = 0.f);

}  // namespace lureproof
