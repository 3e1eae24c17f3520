// Reading, merging and showing kiosk statistics for `lure stats merge`; see stats_merge.h. The JSON
// goes through the kiosk's own reader (stats_from_json), a CSV row through add_stats_row.
#include "stats_merge.h"

#include <algorithm>
#include <set>

#include "data/small_cell.h"
#include "json_positions.h"

namespace cli {

using lureproof::kSmallCell;

namespace {

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) { return a > kUnbounded - b ? kUnbounded : a + b; }

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error ..." without
// the parts we print ourselves.
std::string json_error_detail(const std::string& what) {
    const std::size_t column = what.find("column ");
    const std::size_t colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// A CSV count: a number, or the text of a hidden cell as a range [low, low + slack].
bool parse_count(const std::string& text, std::uint64_t& low, std::uint64_t& slack) {
    slack = 0;
    std::string digits = text;
    if (text == lureproof::small_cell_text()) {
        low = 1;
        slack = kSmallCell - 2;  // 1..4
        return true;
    }
    if (text == lureproof::kHiddenCell) {
        low = kSmallCell;
        slack = kUnbounded;
        return true;
    }
    if (text == "?") {
        low = 1;
        slack = kUnbounded;
        return true;
    }
    if (text.rfind(">=", 0) == 0) {
        digits = text.substr(2);
        slack = kUnbounded;
    }
    if (digits.empty() || digits.size() > 18) return false;
    low = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return false;
        low = low * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

struct Reader {
    const std::string& path;
    const std::string& text;
    std::string& diagnostic;

    bool fail(std::size_t offset, const std::string& what) {
        const TextPosition p = text_position(text, offset);
        diagnostic = path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": error: " + what;
        return false;
    }

    bool json(StatsInput& out) {
        const JsonPositions positions = json_positions(text);
        if (!positions.valid) {
            std::size_t rest = positions.error_offset;
            while (rest < text.size() && std::isspace(static_cast<unsigned char>(text[rest]))) ++rest;
            if (rest >= text.size())
                return fail(text.size(), "the JSON stops in the middle (the file is cut short?): " +
                                             json_error_detail(positions.error));
            return fail(positions.error_offset, "not valid JSON: " + json_error_detail(positions.error));
        }
        std::string error, pointer;
        if (!lureproof::stats_from_json(text, out.counts.low, error, pointer)) {
            auto at = positions.values.find(pointer);
            return fail(at == positions.values.end() ? 0 : at->second, error);
        }
        return true;
    }

    bool csv(StatsInput& out, std::size_t start) {
        out.csv = true;
        std::map<StatsCell, int> seen;  // -> line
        bool sessions = false;
        int line_number = 0;
        for (std::size_t at = start; at < text.size();) {
            const std::size_t eol = std::min(text.find('\n', at), text.size());
            std::string line = text.substr(at, eol - at);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            const std::size_t line_start = at;
            at = eol + 1;
            if (++line_number == 1) {
                if (line != lureproof::kStatsCsvHeader)
                    return fail(line_start, std::string("the first line is not the header \"") +
                                                lureproof::kStatsCsvHeader + "\" of a Lureproof CSV export");
                continue;
            }
            if (line.empty()) continue;
            std::vector<std::string> fields;
            std::vector<std::size_t> offsets;
            for (std::size_t f = 0;;) {
                const std::size_t comma = line.find(',', f);
                offsets.push_back(line_start + f);
                fields.push_back(line.substr(f, comma == std::string::npos ? std::string::npos : comma - f));
                if (comma == std::string::npos) break;
                f = comma + 1;
            }
            if (fields.size() != 4)
                return fail(fields.size() > 4 ? offsets[4] : line_start + line.size(),
                            "expected 4 fields (section,scenario,item,count), found " + std::to_string(fields.size()));
            std::uint64_t low = 0, slack = 0;
            if (!parse_count(fields[3], low, slack))
                return fail(offsets[3], "the count '" + fields[3] + "' is not a whole number, \"" +
                                            lureproof::small_cell_text() + "\", \"" + lureproof::kHiddenCell +
                                            "\", \">=N\" or \"?\"");
            const StatsCell cell{fields[0], fields[1], fields[2]};
            auto [first, fresh] = seen.emplace(cell, line_number);
            if (!fresh) return fail(line_start, "this counter is already on line " + std::to_string(first->second));
            std::string error;
            int bad_field = 0;
            if (!lureproof::add_stats_row(out.counts.low, fields[0], fields[1], fields[2], low, error, &bad_field))
                return fail(offsets[static_cast<std::size_t>(bad_field)], error);
            if (slack) out.counts.slack[cell] = slack;
            sessions = sessions || fields[0] == "sessions";
        }
        if (!sessions) return fail(text.size(), "no 'sessions' row: the export is incomplete");
        return true;
    }
};

}  // namespace

bool read_stats_input(const std::string& path, const std::string& text, StatsInput& out, std::string& diagnostic) {
    Reader r{path, text, diagnostic};
    out = StatsInput{};
    out.path = path;
    if (text.empty()) return r.fail(0, "the file is empty");
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            return r.fail(i, std::string("binary data (byte 0x") + hex[c >> 4] + hex[c & 15] +
                                 "): not a statistics file or a CSV export");
        }
    }
    const std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a spreadsheet's byte order mark
    std::size_t first = start;
    while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
    if (first == text.size()) return r.fail(first, "the file holds only white space");
    if (text[first] == '{' || text[first] == '[' || (ends_with(path, ".json") && text[first] != 's'))
        return r.json(out);
    if (text.compare(start, 8, "section,") == 0 || ends_with(path, ".csv")) return r.csv(out, start);
    return r.fail(first,
                  std::string("neither a Lureproof statistics file (stats.json) nor a CSV export (first line \"") +
                      lureproof::kStatsCsvHeader + "\")");
}

bool merge_counts(StatsCounts& into, const StatsCounts& from) {
    lureproof::Statistics sum = into.low;
    if (!lureproof::merge_statistics(sum, from.low)) return false;
    into.low = std::move(sum);
    for (const auto& [cell, slack] : from.slack) into.slack[cell] = saturating_add(into.slack[cell], slack);
    return true;
}

std::vector<std::string> missing_id_warnings(const std::vector<StatsInput>& inputs) {
    // id -> the files that could have it and those that do.
    std::map<std::string, std::pair<std::set<std::size_t>, std::set<std::size_t>>> ids;
    std::set<std::size_t> all;
    for (std::size_t i = 0; i < inputs.size(); ++i) all.insert(i);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const lureproof::Statistics& s = inputs[i].counts.low;
        for (const auto& [id, c] : s.scenarios) {
            ids["scenario '" + id + "'"].second.insert(i);
            for (const auto& [flag, f] : c.flags) ids["red flag '" + id + "/" + flag + "'"].second.insert(i);
        }
        for (const auto& [check, n] : s.checks) ids["check '" + check + "'"].second.insert(i);
    }
    // A red flag can only be missing from files that have its scenario; the rest may lack anything.
    for (auto& [id, files] : ids) {
        if (id.rfind("red flag '", 0) != 0) {
            files.first = all;
            continue;
        }
        const std::string scenario = id.substr(10, id.find('/') - 10);
        for (std::size_t i = 0; i < inputs.size(); ++i)
            if (inputs[i].counts.low.scenarios.count(scenario)) files.first.insert(i);
    }
    std::map<std::vector<std::size_t>, std::vector<std::string>> by_lacking;
    for (const auto& [id, files] : ids) {
        std::vector<std::size_t> lacking;
        std::set_difference(files.first.begin(), files.first.end(), files.second.begin(), files.second.end(),
                            std::back_inserter(lacking));
        if (!lacking.empty()) by_lacking[lacking].push_back(id);
    }
    std::vector<std::string> out;
    for (const auto& [lacking, names] : by_lacking) {
        std::string files;
        for (std::size_t k = 0; k < lacking.size() && k < 4; ++k) files += (k ? ", " : "") + inputs[lacking[k]].path;
        if (lacking.size() > 4) files += " and " + std::to_string(lacking.size() - 4) + " more";
        std::string list;
        for (std::size_t k = 0; k < names.size() && k < 6; ++k) list += (k ? ", " : "") + names[k];
        if (names.size() > 6) list += " and " + std::to_string(names.size() - 6) + " more";
        out.push_back(std::to_string(lacking.size()) + (lacking.size() == 1 ? " file lacks " : " files lack ") + list +
                      " (" + files +
                      "): another content version, or nobody there reached it; its totals come from the files that "
                      "have it");
    }
    return out;
}

std::vector<lureproof::StatsRow> merged_rows(const StatsCounts& merged) {
    std::vector<lureproof::StatsRow> rows = lureproof::stats_rows(merged.low);
    for (lureproof::StatsRow& r : rows) {
        auto it = merged.slack.find({r.section, r.scenario, r.item});
        if (it == merged.slack.end() || it->second == 0 || r.shown == lureproof::kHiddenCell) continue;
        const std::uint64_t high = saturating_add(r.count, it->second);
        if (high < kSmallCell && r.count > 0) r.shown = lureproof::small_cell_text();
        else if (r.count >= kSmallCell) r.shown = ">=" + std::to_string(r.count);
        else r.shown = "?";
    }
    return rows;
}

bool row_is_number(const lureproof::StatsRow& row) {
    return !row.shown.empty() &&
           std::all_of(row.shown.begin(), row.shown.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace cli
