// Between the story picker and a story the web edition fetches first (platform::story_pack): "Loading
// the story…" while its text arrives, and when it cannot, what happened with "Try again" and "Back".
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

struct StoryLoadingResult {
  bool retry = false;  // the visitor asked to fetch the story again
  bool back = false;   // to the story picker
};
// The accessible mirror's heading is "Loading the story…" in both states (the failure is added to its
// log, so it is announced), never the story's title, which the play screen's heading carries.
LUREPROOF_SEPARATE_FUNCTION StoryLoadingResult draw_story_loading_screen(const UiContext& ui, bool failed);

}  // namespace lureproof
