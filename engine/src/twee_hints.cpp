// LP401's hints for dropped Twine macros: a stray branch of a condition, a way back, an assignment,
// a printed value (SugarCube and Harlowe names).
#include "twee_hints.h"

#include "twee_macros.h"

namespace lure {

std::string twee_macro_hint(const std::string& name) {
    switch (classify_twee_macro(name)) {
        case TweeMacro::Condition:
        case TweeMacro::Branch: return "a condition without the text it decides on: use if/elif/else/endif (§12)";
        case TweeMacro::LinkWithBody:
        case TweeMacro::GoTo:
        case TweeMacro::Back: return "a way on or back is lost: add '+ text -> node' or '-> node' (§10)";
        case TweeMacro::Other: break;
    }
    if (name == "set" || name == "unset" || name == "put" || name == "move" || name == "run")
        return "use 'var' and '~' lines (§6, §11)";
    if (name == "print" || name == "=" || name == "-") return "write {expression} in the text (§9)";
    return "rewrite it by hand";
}

}  // namespace lure
