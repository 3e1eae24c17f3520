// CSV export of the statistics for organisers, with the same suppression as the screen ("<5" for
// 1..4, "*" where a total would give one away), written to a folder the operator picks (a USB stick).
#pragma once

#include "kiosk/statistics.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lureproof {

// One counter of the export: its section ("sessions", "language", "ending", ...), scenario id (""
// when none), item (language, bucket, ending, flag... "" when none), exact count and the text shown
// for it with both suppressions (the operator screen's rule).
struct StatsRow {
  std::string section, scenario, item;
  std::uint64_t count = 0;
  std::string shown;
};
inline constexpr const char* kStatsCsvHeader = "section,scenario,item,count";
std::vector<StatsRow> stats_rows(const Statistics& stats);

// Columns: section,scenario,item,count — one row per counter (stats_rows).
std::string stats_to_csv(const Statistics& stats);

// The reverse, for a count read back from an export (lure stats merge): adds `count` to the counter
// the row names. False, with `error`, for an unknown section or an id or bucket that cannot be there;
// `bad_field` (when given) is the column at fault: 0 section, 1 scenario, 2 item.
bool add_stats_row(Statistics& stats, const std::string& section, const std::string& scenario, const std::string& item,
                   std::uint64_t count, std::string& error, int* bad_field = nullptr);

// Writes lureproof-statistics-<date>[-N].csv into `dir`; returns the path written in `written`.
bool export_csv(const Statistics& stats, const std::string& dir, std::string& written, std::string& error);

// Folders worth offering: mounted removable media (/media/*, /media/*/*, /run/media/*/*) that are
// writable, then `data_dir`.
std::vector<std::string> export_folder_candidates(const std::string& data_dir);

}  // namespace lureproof
