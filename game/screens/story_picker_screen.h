// The story picker: one persona card per scenario (name, age, situation, minutes, technique),
// built from the scenarios' headers.
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <lure/scenario.h>

#include <vector>

namespace lureproof {

struct StoryPickerResult {
  int chosen = -1;  // index into the `scenarios` passed in
  bool back = false;
};

LUREPROOF_SEPARATE_FUNCTION StoryPickerResult
draw_story_picker_screen(const UiContext& ui, const std::vector<const lure::Scenario*>& scenarios);

}  // namespace lureproof
