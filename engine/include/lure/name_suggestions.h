// "Did you mean": the closest known name to a misspelt one (node, character, flag, variable, line
// id), ignoring case and tolerating small edits; bounded work, so a huge file stays fast.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lure {

// Optimal-string-alignment Damerau-Levenshtein distance, ASCII letters compared without case;
// returns limit + 1 as soon as the distance must exceed `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit);

// How many edits a name of `length` bytes may be away and still be suggested: 0 for 1–2 bytes
// (case only), 1 for 3–5, 2 from 6.
int suggestion_limit(std::size_t length);

struct NameMatch {
    std::string name;  // the existing name, as defined
    int distance = 0;  // edits after ignoring case (0: only the case differs)
};

class NameIndex {
public:
    void add(std::string_view name);
    std::size_t size() const { return names_.size(); }
    // The closest name within suggestion_limit(), nearest first, then the one sharing the longest
    // prefix, then alphabetical; nullopt when none is close. Case-only matches are always found;
    // edit-distance searches stop after a fixed budget of work per index.
    std::optional<NameMatch> closest(std::string_view name) const;

private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, int> lowered_;  // lower-case name -> first index (the linker's map type)
    mutable long long budget_ = 40'000'000;         // DP cells left for edit distances
};

// A name's case-folded (ASCII) copy.
std::string ascii_lower(std::string_view s);

}  // namespace lure
