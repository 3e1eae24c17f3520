// The ending: what happened, told with care. A harmed ending explains how the trap worked and
// that it is never the victim's fault; every ending shows the red flags spotted.
#pragma once

#include "journey/flag_tally.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <lure/story.h>

namespace lureproof {

struct EndingResult {
  bool to_debrief = false;
  bool to_help = false;
};

LUREPROOF_SEPARATE_FUNCTION EndingResult draw_ending_screen(const UiContext& ui, const lure::Story& story,
                                                            const FlagTally& tally);

}  // namespace lureproof
