// The brief "loading" note shown while the web edition fetches the visitor's language (its
// catalogues arrive after the page; platform::language_pack). Drawn in English: it precedes them.
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

LUREPROOF_SEPARATE_FUNCTION void draw_loading_screen(const UiContext& ui);

}  // namespace lureproof
