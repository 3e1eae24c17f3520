// LP401's hints for dropped Twine macros: a condition whose text now always shows, a way on that is
// lost, an assignment, a printed value (SugarCube and Harlowe names).
#include "twee_hints.h"

#include <string_view>

#include "text_utils.h"

namespace lure {

std::string twee_macro_name(const std::string& line, std::size_t at) {
    std::size_t end = at;
    if (end < line.size() && line[end] == '/') ++end;
    while (end < line.size() && (text::is_ident_char(line[end]) || line[end] == '-')) ++end;
    return line.substr(at, end - at);
}

std::string twee_macro_hint(const std::string& name) {
    constexpr std::string_view conditions[] = {"if", "elseif", "else", "endif", "/if", "unless", "/unless",
                                               "else-if", "switch", "case", "default", "/switch"};
    constexpr std::string_view navigation[] = {"link", "/link", "button", "/button", "goto", "link-goto",
                                               "click", "actions", "choice", "back", "return", "link-reveal-goto"};
    auto in = [&](const auto& names) {
        for (std::string_view n : names) if (n == name) return true;
        return false;
    };
    if (in(conditions))
        return "its text now shows on every path: use if/endif (§12)";
    if (in(navigation))
        return "a way on is lost: add '+ text -> node' or '-> node' (§10)";
    if (name == "set" || name == "unset" || name == "put" || name == "move" || name == "run")
        return "use 'var' and '~' lines (§6, §11)";
    if (name == "print" || name == "=" || name == "-")
        return "write {expression} in the text (§9)";
    return "rewrite it by hand";
}

}  // namespace lure
