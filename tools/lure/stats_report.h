// The merged statistics report of `lure stats merge`: the CSV (the kiosk export's own format, so it
// can be merged again) and one self-contained HTML page with bar charts (inline SVG) and tables,
// plus the quiz dashboard (before/after scores; stats.json files only, a CSV export has no quiz).
#pragma once

#include <string>
#include <vector>

#include "kiosk/csv_export.h"
#include "quiz/quiz_dashboard.h"

namespace cli {

struct StatsReport {
    std::vector<lureproof::StatsRow> rows;  // merged_rows(): suppression already applied
    std::vector<std::string> merged;        // files merged
    std::vector<std::string> skipped;       // diagnostics of the files left out
    std::vector<std::string> warnings;      // ids some files lack, ranges from CSV exports
    lureproof::QuizDashboard quiz;          // the operator's quiz dashboard of the merged aggregate
};

std::string stats_report_csv(const StatsReport& report);
std::string stats_report_html(const StatsReport& report);

}  // namespace cli
