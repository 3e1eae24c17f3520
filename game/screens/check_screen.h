// "What would you check?": after the story, one question about the concrete check the visitor would
// make before saying yes (the kiosk's configured checks plus "I would not check"), with feedback.
#pragma once

#include "kiosk/site_config.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

struct CheckScreenResult {
  int chosen = -1;    // an answer was tapped: index into the offered checks (the last is "none")
  bool next = false;  // go on (answered, or skipped without an answer)
  bool back = false;
};

// `choice` is the answer already given (-1 = none): its button is pressed and its feedback shown.
LUREPROOF_SEPARATE_FUNCTION CheckScreenResult draw_check_screen(const UiContext& ui, const SiteConfig& config,
                                                                int choice);

}  // namespace lureproof
