// The page's LP401 hint (engine/CMakeLists.txt swaps it in for twee_hints.cpp): one plain hint for
// every dropped macro, to keep the web download within budget. `lure import-twee` gives the full hints.
#include "twee_hints.h"

namespace lure {

std::string twee_macro_hint(const std::string&) { return "rewrite it with ~ assignments and if/endif"; }

}  // namespace lure
