// Internal: Twine expressions and assignments (SugarCube 2, Harlowe 3) in .lure terms, with the
// variables' types as far as the story shows them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lure {

enum class TweeType { Unknown, Int, Bool, String };

struct TweeVar {
    TweeType type = TweeType::Unknown;
    std::string initial;   // a .lure literal from StoryInit / a startup passage, or ""
    bool printed = false;  // shown in a text ({name})
};
using TweeVars = std::map<std::string, TweeVar>;  // by .lure name

// "$told" -> "told"; a name .lure keeps for itself ("if", "visits") gets "v_" in front.
std::string twee_var_name(std::string_view twine_name);

// "$told is true and $debt gt 100" -> "told == true and debt > 100"; nullopt when a part has no
// .lure equivalent (temporary variables, functions, properties, arrays, decimals). Harlowe's `it`
// stands for `it_var` when given. Notes the types the expression shows.
std::optional<std::string> twee_expression(std::string_view expr, TweeVars& vars, const std::string& it_var = "");

// The arguments of <<set ...>>, (set: ...) or (put: ...) -> .lure lines ("~ x = 1"); nullopt when
// one of them cannot be translated. With `initial`, plain literal values also become the variables'
// initial values (StoryInit).
std::optional<std::vector<std::string>> twee_assignments(std::string_view args, bool harlowe_put, TweeVars& vars,
                                                         bool initial = false);

}  // namespace lure
