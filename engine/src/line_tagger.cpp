// `lure tag`: appends ` #line:<id>` to message, choice and debrief lines that have none.
// Ids hash the node id and the text, so re-running on an unchanged file adds the same ids.
#include "lure/line_tagger.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <set>

#include "lure/parser.h"

namespace lure {

namespace {
std::uint32_t fnv1a(const std::string& s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::string hex6(std::uint32_t v) {
    static const char digits[] = "0123456789abcdef";
    std::string out(6, '0');
    for (int i = 5; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = digits[v & 15u];
        v >>= 4;
    }
    return out;
}
}  // namespace

TagLinesResult tag_lines(std::string_view text, const std::string& filename, const std::string& given_prefix,
                         bool prefix_from_scenario_id) {
    TagLinesResult result;
    ParseResult parsed = parse_scenario(text, filename, nullptr);
    for (const Diagnostic& d : parsed.diagnostics)
        if (d.severity == Severity::Error && d.code != "LP150") result.diagnostics.push_back(d);
    const Scenario& sc = parsed.scenario;
    const std::string prefix =
        given_prefix.empty() && prefix_from_scenario_id && !sc.header.id.empty() ? sc.header.id + "-" : given_prefix;

    std::set<std::string> used;
    for (const Message& m : sc.messages)
        if (!m.line_id.empty()) used.insert(m.line_id);
    for (const Choice& c : sc.choices)
        if (!c.line_id.empty()) used.insert(c.line_id);

    struct Pending {
        int line;
        std::string seed;
    };
    std::vector<Pending> pending;
    std::function<void(const std::vector<Statement>&, const std::string&)> walk =
        [&](const std::vector<Statement>& body, const std::string& node) {
            for (const Statement& s : body) {
                if (s.kind == Statement::Kind::Message) {
                    const Message& m = sc.messages[static_cast<std::size_t>(s.index)];
                    if (m.line_id.empty() && m.loc.file == 0)
                        pending.push_back({m.loc.line, node + "\n" + m.speaker + "\n" + m.text.raw});
                } else if (s.kind == Statement::Kind::Choice) {
                    const Choice& c = sc.choices[static_cast<std::size_t>(s.index)];
                    if (c.line_id.empty() && c.loc.file == 0)
                        pending.push_back({c.loc.line, node + "\n*\n" + c.text.raw});
                }
                for (const Branch& b : s.branches) walk(b.body, node);
            }
        };
    for (const Node& n : sc.nodes) walk(n.body, n.id);

    std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) { return a.line < b.line; });
    std::vector<std::string> ids(pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i) {
        std::uint32_t h = fnv1a(pending[i].seed);
        std::string id;
        do { id = prefix + hex6(h++); } while (used.count(id));
        used.insert(id);
        ids[i] = id;
    }

    // Rewrite: walk lines, appending ids to the pending ones (keeping \r\n and trailing spaces' place).
    std::size_t next = 0;
    int lineno = 0;
    std::size_t pos = 0;
    std::string out;
    out.reserve(text.size() + pending.size() * (10 + prefix.size()));
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        bool last = nl == std::string_view::npos;
        if (last) nl = text.size();
        ++lineno;
        std::string_view line = text.substr(pos, nl - pos);
        if (next < pending.size() && pending[next].line == lineno) {
            std::size_t end = line.size();
            while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) --end;
            out.append(line.substr(0, end));
            out += " #line:" + ids[next];
            out.append(line.substr(end));
            ++result.added;
            ++next;
        } else {
            out.append(line);
        }
        if (!last) out += '\n';
        pos = nl + 1;
        if (last) break;
    }
    result.text = std::move(out);
    return result;
}

}  // namespace lure
