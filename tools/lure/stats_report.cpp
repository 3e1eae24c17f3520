// stats_report_csv and stats_report_html: see stats_report.h. The page needs nothing from outside
// (no scripts, fonts or images): every chart is inline SVG with the same numbers in a table below it.
#include "stats_report.h"

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <map>

#include "data/small_cell.h"
#include "stats_merge.h"

namespace cli {

using lureproof::StatsRow;

namespace {

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

const StatsRow* find_row(const StatsReport& r, const std::string& section, const std::string& scenario,
                         const std::string& item) {
    for (const StatsRow& row : r.rows)
        if (row.section == section && row.scenario == scenario && row.item == item) return &row;
    return nullptr;
}

// The rows of a section for one scenario ("*": for any).
std::vector<const StatsRow*> rows_of(const StatsReport& r, const std::string& section, const std::string& scenario) {
    std::vector<const StatsRow*> out;
    for (const StatsRow& row : r.rows)
        if (row.section == section && (scenario == "*" || row.scenario == scenario)) out.push_back(&row);
    return out;
}

// One bar of a chart: its label, the text shown, and its length (none for a hidden cell).
struct Bar {
    std::string label, shown;
    bool drawn = false;
    std::uint64_t value = 0;
    int series = 0;  // 0 or 1: the colour
};

constexpr const char* kSeriesColour[] = {"#1d5fa6", "#9a3d0c"};  // >= 5:1 on white

// A horizontal bar chart; the table after it holds the same numbers for screen readers and printing.
std::string bar_chart(const std::string& id, const std::string& summary, const std::vector<Bar>& bars) {
    const int label_w = 210, bar_w = 330, row_h = 26, width = label_w + bar_w + 90;
    const int height = static_cast<int>(bars.size()) * row_h + 8;
    std::uint64_t top = 1;
    for (const Bar& b : bars)
        if (b.drawn) top = std::max(top, b.value);
    std::string svg = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"" + id + "-t\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) + "\" width=\"" + std::to_string(width) +
                      "\" height=\"" + std::to_string(height) + "\"><title id=\"" + id + "-t\">" + escape(summary) +
                      " (the numbers are in the table below)</title>";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const int y = static_cast<int>(i) * row_h + 4;
        const int len = b.drawn ? std::max<int>(b.value ? 2 : 0, static_cast<int>(bar_w * b.value / top)) : 0;
        svg += "<text x=\"" + std::to_string(label_w - 8) + "\" y=\"" + std::to_string(y + 17) +
               "\" text-anchor=\"end\">" + escape(b.label) + "</text>";
        if (len)
            svg += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
                   std::to_string(len) + "\" height=\"" + std::to_string(row_h - 8) + "\" fill=\"" +
                   kSeriesColour[b.series] + "\"/>";
        svg += "<text x=\"" + std::to_string(label_w + len + 6) + "\" y=\"" + std::to_string(y + 17) + "\">" +
               escape(b.shown) + (b.drawn ? "" : " (hidden)") + "</text>";
    }
    return svg + "</svg>";
}

std::string cell_attr(const StatsRow& r) {
    return " data-cell=\"" + escape(r.section + "/" + r.scenario + "/" + r.item) + "\"";
}

// A section with a chart and its table: one row per item of `section` (for `scenario`).
std::string group(const StatsReport& r, const std::string& heading_tag, const std::string& id, const std::string& title,
                  const std::string& section, const std::string& scenario, const std::string& item_header,
                  const std::string& count_header) {
    const std::vector<const StatsRow*> rows = rows_of(r, section, scenario);
    if (rows.empty()) return "";
    std::vector<Bar> bars;
    std::string table = "<table><caption>" + escape(title) + "</caption><thead><tr><th scope=\"col\">" +
                        escape(item_header) + "</th><th scope=\"col\">" + escape(count_header) +
                        "</th></tr></thead><tbody>";
    for (const StatsRow* row : rows) {
        const std::string label = row->item.empty() ? row->scenario : row->item;
        bars.push_back({label, row->shown, row_is_number(*row), row->count, 0});
        table += "<tr><th scope=\"row\">" + escape(label) + "</th><td" + cell_attr(*row) + ">" + escape(row->shown) +
                 "</td></tr>";
    }
    table += "</tbody></table>";
    return "<section aria-labelledby=\"" + id + "\"><" + heading_tag + " id=\"" + id + "\">" + escape(title) + "</" +
           heading_tag + "><figure>" + bar_chart(id + "-chart", title, bars) + "</figure>" + table + "</section>";
}

// Red flags of one scenario: spotted and missed side by side.
std::string flags_group(const StatsReport& r, const std::string& scenario, const std::string& id) {
    const std::vector<const StatsRow*> spotted = rows_of(r, "flag_spotted", scenario);
    if (spotted.empty()) return "";
    const std::string title = "Red flags in " + scenario + ": spotted and missed";
    std::vector<Bar> bars;
    std::string table = "<table><caption>" + escape(title) +
                        "</caption><thead><tr><th scope=\"col\">Red flag</th><th scope=\"col\">Spotted</th>"
                        "<th scope=\"col\">Missed</th></tr></thead><tbody>";
    for (const StatsRow* s : spotted) {
        const StatsRow* m = find_row(r, "flag_missed", scenario, s->item);
        bars.push_back({s->item + " spotted", s->shown, row_is_number(*s), s->count, 0});
        if (m) bars.push_back({s->item + " missed", m->shown, row_is_number(*m), m->count, 1});
        table += "<tr><th scope=\"row\">" + escape(s->item) + "</th><td" + cell_attr(*s) + ">" + escape(s->shown) +
                 "</td><td" + (m ? cell_attr(*m) : "") + ">" + (m ? escape(m->shown) : "") + "</td></tr>";
    }
    table += "</tbody></table>";
    return "<section aria-labelledby=\"" + id + "\"><h4 id=\"" + id + "\">" + escape(title) + "</h4><figure>" +
           bar_chart(id + "-chart", title, bars) + "</figure>" + table + "</section>";
}

std::string list(const std::string& cls, const std::vector<std::string>& items) {
    std::string out = "<ul class=\"" + cls + "\">";
    for (const std::string& s : items) out += "<li>" + escape(s) + "</li>";
    return out + "</ul>";
}

std::string percent(double share) { return std::to_string(static_cast<int>(share * 100.0 + 0.5)) + "%"; }

// The quiz dashboard of the operator screen (quiz_dashboard.h), rows under 5 visitors suppressed.
std::string quiz_table(const lureproof::QuizDashboard& d) {
    if (d.overall.n == 0) return "";
    std::string t =
        "<section aria-labelledby=\"h-quiz-change\"><h3 id=\"h-quiz-change\">Quiz: before and after the story</h3>"
        "<p>Discernment runs from -4 to +4 (telling risky messages from safe ones); a positive change means "
        "visitors told them apart better after the story. Only from <code>stats.json</code> files.</p>"
        "<table><caption>Quiz before and after, by story and by language</caption><thead><tr>"
        "<th scope=\"col\">Group</th><th scope=\"col\">Visitors</th><th scope=\"col\">Before → after</th>"
        "<th scope=\"col\">Change</th><th scope=\"col\">Sensible action</th>"
        "</tr></thead><tbody>";
    auto add = [&](const std::string& kind, const lureproof::QuizDashboardRow& r) {
        t += "<tr><th scope=\"row\">" + escape(kind + r.group) + "</th><td data-quiz=\"" + escape(kind + r.group) +
             "\">" + escape(lureproof::quiz_display_n(r.n)) + "</td>";
        if (r.suppressed()) {
            t += "<td colspan=\"3\" class=\"note\">too few to show</td></tr>";
            return;
        }
        char pre[16], post[16];
        std::snprintf(pre, sizeof pre, "%+.2f", r.pre.mean);
        std::snprintf(post, sizeof post, "%+.2f", r.post.mean);
        t += std::string("<td>") + pre + " → " + post + "</td><td>" + escape(lureproof::format_change(r)) +
             "</td><td>" + percent(r.sensible_pre.mean) + " → " + percent(r.sensible_post.mean) + "</td></tr>";
    };
    add("", d.overall);
    for (const auto& r : d.by_scenario) add("story ", r);
    for (const auto& r : d.by_language) add("language ", r);
    return t + "</tbody></table></section>";
}

const char* kStyle =
    "body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}"
    "main{max-width:980px;margin:0 auto;padding:1rem 1.5rem 3rem}"
    "h1{font-size:1.8rem}h2{margin-top:2.2rem;border-bottom:2px solid #1d5fa6}"
    ".totals{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}"
    ".totals li{border:1px solid #5a5a5a;border-radius:6px;padding:.5rem 1rem}"
    ".totals strong{display:block;font-size:1.8rem}"
    ".chart{max-width:100%;height:auto;font:14px system-ui,sans-serif;fill:#1a1a1a}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem;min-width:18rem}caption{text-align:left;font-weight:600}"
    "th,td{border:1px solid #767676;padding:.2rem .6rem;text-align:left}td{text-align:right}"
    ".skipped li{color:#8a1c1c}.warnings li{color:#5c4400}"
    "figure{margin:0}code{background:#f2f2f2;padding:0 .2rem}td.note{text-align:left}"
    "@media (max-width:600px){main{padding:1rem .6rem 3rem}th,td{padding:.2rem .3rem}}";

}  // namespace

std::string stats_report_csv(const StatsReport& report) {
    std::string out = std::string(lureproof::kStatsCsvHeader) + "\n";
    for (const StatsRow& r : report.rows) out += r.section + "," + r.scenario + "," + r.item + "," + r.shown + "\n";
    return out;
}

std::string stats_report_html(const StatsReport& r) {
    auto shown = [&](const char* section) {
        const StatsRow* row = find_row(r, section, "", "");
        return row ? row->shown : std::string("0");
    };
    const std::string small = lureproof::small_cell_text();
    const std::size_t files = r.merged.size() + r.skipped.size();
    std::string h =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>Lureproof statistics from " +
        std::to_string(r.merged.size()) + " kiosks</title><style>" + kStyle + "</style></head><body><main>";
    h += "<h1>Lureproof statistics from " + std::to_string(r.merged.size()) + " kiosks</h1>";
    h += "<ul class=\"totals\"><li>Visits <strong id=\"total-visits\">" + escape(shown("sessions")) +
         "</strong></li><li>Reached the end <strong id=\"total-completed\">" + escape(shown("completed")) +
         "</strong></li><li>Files merged <strong id=\"files-merged\">" + std::to_string(r.merged.size()) + " of " +
         std::to_string(files) + "</strong></li></ul>";
    h += "<p>Counts only: no visitor can be told apart. Counts from 1 to " + std::to_string(lureproof::kSmallCell - 1) +
         " are shown as <code>" + escape(small) +
         "</code> after the kiosks are added up, and a count that would give such a cell away (a total minus the "
         "other parts) as <code>" +
         lureproof::kHiddenCell +
         "</code>. A CSV export has hidden its own small counts, so where one was merged a count may read <code>&gt;=N"
         "</code> (at least N) or <code>?</code> (it may be small); merge the kiosks' <code>stats.json</code> files "
         "for exact counts.</p>";
    if (!r.skipped.empty() || !r.warnings.empty()) {
        h += "<section aria-labelledby=\"h-problems\"><h2 id=\"h-problems\">Problems with the files</h2>";
        if (!r.skipped.empty())
            h += "<p>Left out (their counts are not in this report):</p>" + list("skipped", r.skipped);
        if (!r.warnings.empty()) h += "<p>Merged, with a note:</p>" + list("warnings", r.warnings);
        h += "</section>";
    }
    h += "<h2>Visits</h2>";
    h += group(r, "h3", "h-languages", "Visits by language", "language", "", "Language", "Visits");
    h += group(r, "h3", "h-durations", "Visits by length", "duration", "", "Length", "Visits");
    if (!rows_of(r, "plays", "*").empty()) h += "<h2 id=\"h-stories\">Stories</h2>";
    h += group(r, "h3", "h-plays", "Plays by story", "plays", "*", "Story", "Plays");
    int n = 0;
    for (const StatsRow& row : r.rows) {
        if (row.section != "plays") continue;
        const std::string id = "s" + std::to_string(++n);
        h += "<section aria-labelledby=\"" + id + "\"><h3 id=\"" + id + "\">Story " + escape(row.scenario) + "</h3>";
        h += group(r, "h4", id + "-endings", "Endings of " + row.scenario, "ending", row.scenario, "Ending", "Plays");
        h += flags_group(r, row.scenario, id + "-flags");
        h += "</section>";
    }
    if (!rows_of(r, "quiz_band", "").empty() || !rows_of(r, "check", "").empty() || r.quiz.overall.n) {
        h += "<h2>Quiz and check</h2>";
        h += quiz_table(r.quiz);
        h += group(r, "h3", "h-quiz", "Quiz results by band", "quiz_band", "", "Band", "Visits");
        h += group(r, "h3", "h-checks", "Answers to \"What would you check?\"", "check", "", "Answer", "Visits");
    }
    h += "<h2>Files merged</h2>" + list("merged", r.merged);
    return h + "</main></body></html>\n";
}

}  // namespace cli
