// The Studio's "preview this ending": the ending screen, debrief and help screen of the ending the
// author picked, drawn as the visitor sees them, with a bar that leads back to the Studio (or Escape).
#pragma once

#include "kiosk/site_config.h"
#include "studio/ending_preview.h"
#include "ui/widgets.h"

#include <lure/content_register.h>

namespace lureproof {

// Returns false when the author went back to the Studio (the preview is closed then).
bool draw_studio_preview(const UiContext& ui, EndingPreview& preview, const lure::ContentRegister& sources,
                         const SiteConfig& config);

}  // namespace lureproof
