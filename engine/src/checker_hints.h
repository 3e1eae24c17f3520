// Internal: hints for names the checker cannot resolve. "Did you mean" among the scenario's own
// names, the type a use implies for an undeclared variable, and the typos that make a name look unused.
#pragma once

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
    explicit NameHints(const Scenario& sc) : sc_(sc) {}

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
    bool is_typo_target(NameKind kind, const std::string& defined) const {
        return typo_index_.count(key(kind, defined)) != 0;
    }

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

    // Map types shared with the linker (std::unordered_map<std::string, int>) keep the web build small.
    const Scenario& sc_;
    NameIndex indices_[4];                                  // by NameKind, built on first use
    bool built_[4] = {false, false, false, false};
    std::vector<Typo> typos_;                               // the first typo taken for each name
    std::unordered_map<std::string, int> typo_index_;       // kind+meant name -> index in typos_
    std::vector<std::pair<ValueType, int>> implied_;        // type and evidence rank per undeclared var
    std::unordered_map<std::string, int> implied_index_;    // undeclared var -> index in implied_
    bool types_guessed_ = false;
};

}  // namespace lure
