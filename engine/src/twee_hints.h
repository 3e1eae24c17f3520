// Internal: LP401's hint for a dropped Twine macro, by what the macro did in the story. The page's
// build links twee_hints_basic.cpp (one plain hint) to keep its download within budget.
#pragma once

#include <string>

namespace lure {

// The name of a SugarCube macro starting at line[at] (after "<<"): "if", "/if", "link", "set".
std::string twee_macro_name(const std::string& line, std::size_t at);
// The hint for a dropped SugarCube or Harlowe macro called `name`.
std::string twee_macro_hint(const std::string& name);

}  // namespace lure
