// `lure stats merge FILE... -o REPORT`: adds up the statistics of many kiosks (stats.json files or
// their CSV exports) by stable ids into REPORT.csv and REPORT.html, hiding small cells after the
// sum with the operator screen's rule. A damaged file is named (file:line:column) and left out.
#include <cstdio>
#include <map>

#include "cli.h"
#include "stats_merge.h"
#include "stats_report.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure stats merge FILE... -o REPORT\n"
    "\n"
    "Adds up the statistics of many kiosks into one report: REPORT.csv (the kiosk's CSV export format,\n"
    "so it can be merged again) and REPORT.html (one page with charts and tables, nothing loaded from\n"
    "outside). Each FILE is a kiosk's statistics file (stats.json in its data folder) or a CSV export\n"
    "from its operator screen (lureproof-statistics-DATE.csv).\n"
    "\n"
    "Counts are added by stable ids (story, ending, red flag, check, language), so kiosks running\n"
    "different content versions merge; ids some files lack are named in a warning. Counts from 1 to 4\n"
    "are shown as \"<5\" AFTER adding up, with the rule of the operator screen: four kiosks with 2 visits\n"
    "each in Ukrainian show 8. A CSV export has already hidden its small counts, so a count it adds to\n"
    "reads \">=N\" (at least N) or \"?\" (it may be small); merge the stats.json files for exact counts.\n"
    "\n"
    "A file that cannot be read is reported as FILE:LINE:COLUMN: error: WHAT and left out; the others\n"
    "are still merged.\n"
    "\n"
    "Options:\n"
    "  -o, --output REPORT   where to write (REPORT.csv and REPORT.html; a .csv or .html ending is dropped)\n"
    "\n"
    "Exit codes: 0 every file merged, 1 a file was left out (the report holds the others) or none could be\n"
    "read (no report), 2 wrong command line.\n";

std::string report_base(std::string out) {
    for (const char* ending : {".csv", ".html"}) {
        const std::string e = ending;
        if (out.size() > e.size() && out.compare(out.size() - e.size(), e.size(), e) == 0)
            return out.substr(0, out.size() - e.size());
    }
    return out;
}

int merge(const std::vector<std::string>& raw) {
    auto args = parse_args("stats merge", raw, {{"-o", true, "--output"}});
    if (!args) return kExitUsage;
    if (args->files.empty()) return usage_error("stats merge", "no statistics files given");
    if (!args->has("-o") || args->get("-o").empty())
        return usage_error("stats merge", "say where to write the report: -o REPORT");
    const std::string base = report_base(args->get("-o"));

    std::vector<StatsInput> inputs;
    StatsReport report;
    StatsCounts total;
    std::map<std::string, std::string> seen;  // content -> the first file that had it
    for (const std::string& path : args->files) {
        std::string diagnostic;
        StatsInput input;
        const std::optional<std::string> text = read_file(path);
        if (!text) diagnostic = path + ": error: cannot read the file";
        const bool read = text && read_stats_input(path, *text, input, diagnostic);
        if (read && !merge_counts(total, input.counts))
            diagnostic = path + ": error: its counts and the others' add up to more than 64 bits hold";
        else if (read) {
            auto [first, fresh] = seen.emplace(*text, path);
            if (!fresh)
                report.warnings.push_back(path + " holds the same as " + first->second +
                                          ": the same kiosk twice? Both are counted");
            report.merged.push_back(path);
            inputs.push_back(std::move(input));
            continue;
        }
        std::fprintf(stderr, "%s (left out)\n", diagnostic.c_str());
        report.skipped.push_back(diagnostic);
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "lure stats merge: none of the %zu files could be read; no report written\n",
                     args->files.size());
        return kExitFailed;
    }
    for (const std::string& w : missing_id_warnings(inputs)) report.warnings.push_back(w);
    std::size_t csv_files = 0;
    for (const StatsInput& in : inputs) csv_files += in.csv && !in.counts.slack.empty();
    if (csv_files)
        report.warnings.push_back(plural(static_cast<long long>(csv_files), "CSV export", "CSV exports") +
                                  " had hidden small counts; the counts they add to are ranges (>=N or ?)");
    for (const std::string& w : report.warnings) std::fprintf(stderr, "lure stats merge: warning: %s\n", w.c_str());

    report.rows = merged_rows(total);
    report.quiz = lureproof::quiz_dashboard(total.low.quiz);
    if (!write_file(base + ".csv", stats_report_csv(report)) ||
        !write_file(base + ".html", stats_report_html(report))) {
        std::fprintf(stderr, "lure stats merge: cannot write %s.csv and %s.html\n", base.c_str(), base.c_str());
        return kExitFailed;
    }
    std::string visits = "0";
    for (const auto& row : report.rows)
        if (row.section == "sessions") visits = row.shown;
    std::printf("merged %zu of %zu files (%s visits); wrote %s.csv and %s.html\n", inputs.size(), args->files.size(),
                visits.c_str(), base.c_str(), base.c_str());
    if (!report.skipped.empty())
        std::printf("%s left out: see the errors above\n",
                    plural(static_cast<long long>(report.skipped.size()), "file", "files").c_str());
    return report.skipped.empty() ? kExitOk : kExitFailed;
}

int run(const std::vector<std::string>& args) {
    if (args.empty()) return usage_error("stats", "which stats command? (use 'merge')");
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "merge") return merge(rest);
    return usage_error("stats", "unknown stats command '" + args[0] + "' (use 'merge')");
}

}  // namespace

extern const Command stats_command = {"stats", "merge the statistics of many kiosks into one report (CSV and HTML)",
                                      kHelp, run};

}  // namespace cli
