// Checks of the source register and the dated facts, and of the scenario lines that refer to them.
#include "lure/content_register.h"

#include <set>

#include "text_utils.h"

namespace lure {

const SourceEntry* ContentRegister::find_source(std::string_view id) const {
    for (const SourceEntry& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

const FactEntry* ContentRegister::find_fact(std::string_view id) const {
    for (const FactEntry& f : facts)
        if (f.id == id) return &f;
    return nullptr;
}

std::vector<ListedId> split_id_list(std::string_view list) {
    std::vector<ListedId> ids;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view part = list.substr(start, comma - start);
        std::string_view id = text::trim(part);
        if (!id.empty()) ids.push_back({std::string(id), start + static_cast<std::size_t>(id.data() - part.data())});
        start = comma + 1;
    }
    return ids;
}

bool is_register_id(std::string_view id) {
    if (id.empty() || id.size() > 80) return false;
    for (char c : id)
        if (!(text::is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.'))
            return false;
    return true;
}

namespace {

bool date_parts(std::string_view d, int& y, int& m, int& day) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!text::is_digit(d[i])) return false;
    y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
    m = (d[5] - '0') * 10 + (d[6] - '0');
    day = (d[8] - '0') * 10 + (d[9] - '0');
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || day < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long long day_number(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long long era = y / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Diagnostic at(const RegisterPos& pos, const char* code, Severity severity, std::string message, std::string hint = "") {
    return {code, severity, std::move(message), pos.file, pos.line, pos.column, std::move(hint)};
}

SourceLoc shifted(SourceLoc loc, std::string_view text, std::size_t offset) {
    loc.column += text::codepoints(text.substr(0, offset));
    return loc;
}

}  // namespace

bool is_iso_date(std::string_view date) {
    int y = 0, m = 0, d = 0;
    return date_parts(date, y, m, d);
}

long long days_between(std::string_view from, std::string_view to) {
    int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
    if (!date_parts(from, y1, m1, d1) || !date_parts(to, y2, m2, d2)) return 0;
    return day_number(y2, m2, d2) - day_number(y1, m1, d1);
}

std::vector<Diagnostic> check_content_references(const Scenario& sc, const ContentRegister& reg) {
    std::vector<Diagnostic> out;
    auto add = [&](const char* code, std::string message, const SourceLoc& loc, std::string hint) {
        out.push_back(
            {code, Severity::Error, std::move(message), sc.file_name(loc), loc.line, loc.column, std::move(hint)});
    };
    if (reg.has_sources)
        for (const RedFlag& f : sc.flags)
            for (const ListedId& id : split_id_list(f.source))
                if (!reg.find_source(id.id))
                    add("LP230", "source '" + id.id + "' of red flag '" + f.id + "' is not in the source register",
                        shifted(f.source_loc, f.source, id.offset),
                        "name register ids from sources.toml, separated by commas");
    for (const Message& m : sc.messages)
        for (const Tag& t : m.tags)
            if (t.key == "fact" && !t.value.empty() && !(reg.has_facts && reg.find_fact(t.value)))
                add("LP232", "fact '" + t.value + "' is not in the facts file", t.loc,
                    reg.has_facts ? "add a [[fact]] with this id to facts.toml" : "no facts.toml was found");
    return out;
}

std::vector<Diagnostic> check_content_register(const ContentRegister& reg) {
    std::vector<Diagnostic> out;
    auto missing = [&](const RegisterPos& pos, const std::string& what, const std::string& id, const char* key) {
        out.push_back(at(pos, "LP236", Severity::Error, what + " '" + id + "' has no '" + key + "'"));
    };
    auto bad_date = [&](const RegisterPos& pos, const std::string& what, const std::string& id, const char* key,
                        const std::string& value) {
        if (value.empty()) missing(pos, what, id, key);
        else if (!is_iso_date(value))
            out.push_back(
                at(pos, "LP236", Severity::Error, what + " '" + id + "': '" + key + "' is not a date YYYY-MM-DD"));
    };
    auto ids = [&](const RegisterPos& pos, const std::string& what, const std::string& id,
                   std::set<std::string>& seen) {
        if (id.empty()) missing(pos, what, id, "id");
        else if (!is_register_id(id))
            out.push_back(
                at(pos, "LP236", Severity::Error, what + " id '" + id + "' may only use letters, digits, '-' and '.'"));
        else if (!seen.insert(id).second)
            out.push_back(at(pos, "LP237", Severity::Error, what + " id '" + id + "' is used twice"));
    };
    std::set<std::string> seen;
    for (const SourceEntry& s : reg.sources) {
        ids(s.pos, "source", s.id, seen);
        if (s.org.empty()) missing(s.pos, "source", s.id, "org");
        if (s.title.empty()) missing(s.pos, "source", s.id, "title");
        if (s.year != 0 && (s.year < 1900 || s.year > 2999))
            out.push_back(
                at(s.pos, "LP236", Severity::Error, "source '" + s.id + "': 'year' must be from 1900 to 2999"));
        if (!s.checked.empty() && !is_iso_date(s.checked))
            out.push_back(
                at(s.pos, "LP236", Severity::Error, "source '" + s.id + "': 'checked' is not a date YYYY-MM-DD"));
        if (!s.quote.empty() && s.checked.empty()) missing(s.pos, "source", s.id, "checked");
        std::string unverified;  // what keeps the entry from being checkable
        for (const auto& [empty, key] :
             {std::pair{s.quote.empty(), "quote"}, std::pair{s.url.empty(), "url"}, std::pair{s.year == 0, "year"}})
            if (empty) unverified += std::string(unverified.empty() ? "" : ", ") + key;
        if (!unverified.empty())
            out.push_back(at(s.pos, "LP231", Severity::Warning,
                             "source '" + s.id + "' has no " + unverified + ": not verified",
                             "copy the sentence that supports the claim, word for word, into quote, with the url, "
                             "the year and the date you checked it"));
    }
    seen.clear();
    for (const FactEntry& f : reg.facts) {
        ids(f.pos, "fact", f.id, seen);
        if (f.country.empty()) missing(f.pos, "fact", f.id, "country");
        if (f.value.empty()) missing(f.pos, "fact", f.id, "value");
        bad_date(f.pos, "fact", f.id, "valid_from", f.valid_from);
        bad_date(f.pos, "fact", f.id, "checked", f.checked);
        if (f.source.empty()) missing(f.pos, "fact", f.id, "source");
        else if (reg.has_sources && !reg.find_source(f.source))
            out.push_back(at(f.source_pos, "LP230", Severity::Error,
                             "source '" + f.source + "' of fact '" + f.id + "' is not in the source register"));
    }
    return out;
}

std::vector<std::string> referenced_facts(const Scenario& sc) {
    std::vector<std::string> ids;
    for (const Message& m : sc.messages)
        for (const std::string& id : m.facts) {
            bool seen = false;
            for (const std::string& have : ids) seen = seen || have == id;
            if (!seen) ids.push_back(id);
        }
    return ids;
}

}  // namespace lure
