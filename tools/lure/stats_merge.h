// `lure stats merge`: reading kiosk statistics (stats.json or a CSV export) and adding them up by
// stable ids. A CSV export's hidden cells ("<5", "*") are known only as ranges, so a merged cell is a
// range [low, low + slack]; cells from stats.json files are exact (slack 0).
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "kiosk/csv_export.h"
#include "kiosk/statistics.h"

namespace cli {

// A counter's key as in the CSV export: section, scenario, item.
using StatsCell = std::tuple<std::string, std::string, std::string>;
constexpr std::uint64_t kUnbounded = std::numeric_limits<std::uint64_t>::max();

struct StatsCounts {
    lureproof::Statistics low;                 // lower bounds (exact where no slack)
    std::map<StatsCell, std::uint64_t> slack;  // how much more a cell may hold; kUnbounded = no limit
};

struct StatsInput {
    std::string path;
    bool csv = false;
    StatsCounts counts;
};

// Reads one file. On failure `diagnostic` is "PATH:LINE:COLUMN: error: WHAT".
bool read_stats_input(const std::string& path, const std::string& text, StatsInput& out, std::string& diagnostic);

// Adds `from` to `into` counter by counter (ranges add up; anything plus unbounded is unbounded).
// False, and `into` unchanged, when a count would not fit in 64 bits.
bool merge_counts(StatsCounts& into, const StatsCounts& from);

// Ids (scenarios, endings, red flags, checks, quiz bands) that some files have and others lack, one
// warning per group of ids lacking from the same files.
std::vector<std::string> missing_id_warnings(const std::vector<StatsInput>& inputs);

// The merged report's rows: the kiosk CSV's rows and suppression (lureproof::stats_rows on the
// lower bounds), a range cell shown as "<5" (at most 4), ">=N" (at least N >= 5) or "?" (either).
std::vector<lureproof::StatsRow> merged_rows(const StatsCounts& merged);
// True when a row's count is exact and shown as a number.
bool row_is_number(const lureproof::StatsRow& row);

}  // namespace cli
