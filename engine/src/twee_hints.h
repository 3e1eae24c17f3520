// Internal: LP401's hint for a dropped Twine macro, by what the macro did in the story. The page's
// build links twee_hints_basic.cpp (one plain hint) to keep its download within budget.
#pragma once

#include <string>

namespace lure {

// The hint for a dropped SugarCube or Harlowe macro called `name`.
std::string twee_macro_hint(const std::string& name);

}  // namespace lure
