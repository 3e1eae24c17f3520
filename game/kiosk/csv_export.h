// CSV export of the statistics for organisers, with the same suppression as the screen ("<5" for
// 1..4, "*" where a total would give one away), written to a folder the operator picks (a USB stick).
#pragma once

#include "kiosk/statistics.h"

#include <string>
#include <vector>

namespace lureproof {

// Columns: section,scenario,item,count — one row per counter.
std::string stats_to_csv(const Statistics& stats);

// Writes lureproof-statistics-<date>[-N].csv into `dir`; returns the path written in `written`.
bool export_csv(const Statistics& stats, const std::string& dir, std::string& written, std::string& error);

// Folders worth offering: mounted removable media (/media/*, /media/*/*, /run/media/*/*) that are
// writable, then `data_dir`.
std::vector<std::string> export_folder_candidates(const std::string& data_dir);

}  // namespace lureproof
