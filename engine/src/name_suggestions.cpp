// "Did you mean": bounded Damerau-Levenshtein (optimal string alignment) over ASCII-case-folded
// names, with a case-insensitive exact lookup first and a work budget per index.
#include "lure/name_suggestions.h"

#include <algorithm>

namespace lure {

namespace {
constexpr std::size_t kMaxCompared = 64;  // longer names are matched by case only

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t common_prefix(std::string_view a, std::string_view b) {
    std::size_t k = 0;
    while (k < a.size() && k < b.size() && fold(a[k]) == fold(b[k])) ++k;
    return k;
}
}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = fold(c);
    return out;
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
    const std::size_t n = a.size(), m = b.size();
    if (limit < 0) return 0;
    if ((n > m ? n - m : m - n) > static_cast<std::size_t>(limit)) return limit + 1;
    if (n == 0 || m == 0) return static_cast<int>(std::max(n, m));
    // Three rows: two back (for transpositions), previous, current.
    std::vector<int> back(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = static_cast<int>(j);
    int prev_min = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const bool same = fold(a[i - 1]) == fold(b[j - 1]);
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1]))
                v = std::min(v, back[j - 2] + 1);
            cur[j] = v;
            row_min = std::min(row_min, v);
        }
        // A transposition reaches back two rows, so stop only when two rows in a row exceed the limit.
        if (row_min > limit && prev_min > limit) return limit + 1;
        prev_min = row_min;
        std::swap(back, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

int suggestion_limit(std::size_t length) {
    if (length <= 2) return 0;
    return length <= 5 ? 1 : 2;
}

void NameIndex::add(std::string_view name) {
    if (name.empty()) return;
    lowered_.emplace(ascii_lower(name), static_cast<int>(names_.size()));
    names_.emplace_back(name);
}

std::optional<NameMatch> NameIndex::closest(std::string_view name) const {
    if (name.empty() || names_.empty()) return std::nullopt;
    auto exact = lowered_.find(ascii_lower(name));
    if (exact != lowered_.end()) return NameMatch{names_[static_cast<std::size_t>(exact->second)], 0};
    const int limit = suggestion_limit(name.size());
    if (limit == 0 || name.size() > kMaxCompared) return std::nullopt;
    const std::string* best = nullptr;
    int best_distance = limit + 1;
    std::size_t best_prefix = 0;
    for (const std::string& candidate : names_) {
        if (budget_ <= 0) break;
        const std::size_t gap =
            candidate.size() > name.size() ? candidate.size() - name.size() : name.size() - candidate.size();
        if (gap > static_cast<std::size_t>(limit) || candidate.size() > kMaxCompared) continue;
        budget_ -= static_cast<long long>((name.size() + 1) * (candidate.size() + 1));
        const int d = edit_distance(name, candidate, std::min(limit, best_distance));
        if (d > limit || d > best_distance) continue;
        const std::size_t prefix = common_prefix(name, candidate);
        if (d < best_distance || prefix > best_prefix || (prefix == best_prefix && candidate < *best)) {
            best = &candidate;
            best_distance = d;
            best_prefix = prefix;
        }
    }
    if (!best) return std::nullopt;
    return NameMatch{*best, best_distance};
}

}  // namespace lure
