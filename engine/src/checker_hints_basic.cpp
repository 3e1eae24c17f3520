// The browser build's NameHints (engine/CMakeLists.txt swaps it in for checker_hints.cpp to keep the
// web payload within budget): the plain hints, with no "did you mean" beyond the LP200 prefix match,
// no implied types and no knock-on marking. `lure validate` and the native Studio give the full hints.
#include "checker_hints.h"

namespace lure {

struct NameHints::State {};

NameHints::NameHints(const Scenario& sc) : sc_(sc) {}
NameHints::~NameHints() = default;
bool NameHints::is_typo_target(NameKind, const std::string&) const { return false; }

std::string NameHints::node(const std::string&, const SourceLoc&) { return ""; }

std::string NameHints::variable(const std::string& name, const SourceLoc&) {
    return "declare it at the top with its first value: var " + name + " = false (or 0, or \"\")";
}

std::string NameHints::speaker(const std::string& name, const SourceLoc&) {
    return "define it with 'character " + name + "', or use narrator / you (ids are case-sensitive)";
}

std::string NameHints::flag(const std::string& name, const SourceLoc&) {
    return "define it with a 'flag " + name + "' block, or check the spelling of the flag's id";
}

std::string NameHints::consequence_of(NameKind, const std::string&, const SourceLoc&) const { return ""; }

}  // namespace lure
