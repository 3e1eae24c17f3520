// The attract screen: what a passer-by sees while nobody plays — an animated title, a looping
// teaser of incoming messages, "Touch to start" and the available languages.
#pragma once

#include "l10n/taglines.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <string>
#include <vector>

namespace lureproof {

struct AttractView {
  std::vector<std::string> teaser;     // recruiter messages that arrive one by one, then loop
  std::vector<std::string> languages;  // the enabled languages, each in its own name
  std::vector<Tagline> taglines;       // the tagline in each enabled language (cycles when several)
};

// Returns true when the visitor touched the screen or pressed Enter/Space/A to start.
LUREPROOF_SEPARATE_FUNCTION bool draw_attract_screen(const UiContext& ui, const AttractView& view);

}  // namespace lureproof
