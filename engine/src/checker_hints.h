// Internal: hints for names the checker cannot resolve. "Did you mean" among the scenario's own
// names, the type a use implies for an undeclared variable, and the typos that make a name look unused.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lure/name_suggestions.h"
#include "lure/scenario.h"

namespace lure {

enum class NameKind { Node, Variable, Character, Flag };

class NameHints {
public:
    explicit NameHints(const Scenario& sc);
    ~NameHints();

    // Each returns the hint for an unresolved reference written `name` at `loc` and remembers the
    // name it probably meant (see consequence_of). Never suggests defining a name one edit away
    // from an existing one.
    std::string node(const std::string& name, const SourceLoc& loc);
    std::string variable(const std::string& name, const SourceLoc& loc);
    std::string speaker(const std::string& name, const SourceLoc& loc);
    std::string flag(const std::string& name, const SourceLoc& loc);

    // For a defined name (at `defined_at`) reported as unused or unreachable: "" or the typo that
    // explains it.
    std::string consequence_of(NameKind kind, const std::string& defined, const SourceLoc& defined_at) const;
    bool is_typo_target(NameKind kind, const std::string& defined) const;

    // `var <name> = <literal>` with the type the uses of an undeclared variable imply.
    std::string declaration_for(const std::string& undeclared);

private:
    struct Typo {
        std::string written;
        SourceLoc loc;
    };
    static std::string key(NameKind kind, const std::string& name) {
        return std::string(1, static_cast<char>('0' + static_cast<int>(kind))) + name;
    }
    const NameIndex& index(NameKind kind);
    std::optional<NameMatch> closest(NameKind kind, const std::string& name, const SourceLoc& loc);
    void note_typo(NameKind kind, const std::string& meant, const std::string& written, const SourceLoc& loc);
    void guess_types();

    // The state lives in checker_hints.cpp (the page's checker_hints_basic.cpp keeps none), so the
    // checker itself carries no map or index code into the web build.
    struct State;
    const Scenario& sc_;
    std::unique_ptr<State> st_;
};

}  // namespace lure
