// The browser build's NameHints (engine/CMakeLists.txt swaps it in for checker_hints.cpp to keep the
// web payload within budget): "did you mean" only for a name that differs in case, no edit distance,
// no implied types, no knock-on marking. `lure validate` and the native Studio give the full hints.
#include "checker_hints.h"

namespace lure {

namespace {
// The defined id equal to `name` but for ASCII case, or nullptr.
template <class T>
const std::string* same_but_case(const std::vector<T>& items, const std::string& name) {
    const std::string lowered = ascii_lower(name);
    for (const T& item : items)
        if (item.id.size() == name.size() && ascii_lower(item.id) == lowered) return &item.id;
    return nullptr;
}

std::string did_you_mean(const std::string* id, std::string otherwise) {
    return id ? "did you mean '" + *id + "'? Ids are case-sensitive" : otherwise;
}
}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

std::string NameHints::node(const std::string& name, const SourceLoc&) {
    return did_you_mean(same_but_case(sc_.nodes, name), "");
}

std::string NameHints::variable(const std::string& name, const SourceLoc&) {
    return did_you_mean(same_but_case(sc_.variables, name),
                        "declare it at the top: var " + name + " = its first value (true/false, a number or \"text\")");
}

std::string NameHints::speaker(const std::string& name, const SourceLoc&) {
    return did_you_mean(same_but_case(sc_.characters, name), "define it with 'character " + name + "', or use narrator / you");
}

std::string NameHints::flag(const std::string& name, const SourceLoc&) {
    return did_you_mean(same_but_case(sc_.flags, name), "define it with a 'flag " + name + "' block");
}

std::string NameHints::consequence_of(NameKind, const std::string&, const SourceLoc&) const { return ""; }

}  // namespace lure
