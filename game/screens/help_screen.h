// Help: the operator's helplines, a QR code for further reading, what protects you; then the
// visitor finishes and the kiosk returns to the attract screen.
#pragma once

#include "kiosk/site_config.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

struct HelpResult {
  bool finish = false;
  bool back = false;
};

LUREPROOF_SEPARATE_FUNCTION HelpResult draw_help_screen(const UiContext& ui, const SiteConfig& config);

}  // namespace lureproof
