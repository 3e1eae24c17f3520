// The language picker: every enabled language as a big button in its own name (shown only when
// more than one language is enabled).
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <string>
#include <vector>

namespace lureproof {

struct LanguageResult {
  std::string chosen;  // language code, empty when nothing was picked this frame
  bool back = false;
};

LUREPROOF_SEPARATE_FUNCTION LanguageResult draw_language_screen(const UiContext& ui,
                                                                const std::vector<std::string>& codes);

}  // namespace lureproof
