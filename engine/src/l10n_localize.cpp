// localize(): a copy of a scenario with its texts replaced from a catalogue by stable key, each
// translated line re-parsed with the engine's text parser; coverage counts what was translated.
#include "lure/l10n.h"

#include <algorithm>
#include <unordered_set>

#include "diagnostic_sink.h"
#include "linker.h"
#include "lure/expression.h"
#include "text_markup.h"

namespace lure {

namespace {

constexpr std::string_view kTextProperties[] = {"title",   "subject",  "from",   "to",
                                                "company", "location", "salary", "label"};

std::vector<std::string> placeholders(const Scenario& sc, const Text& t) {
    std::vector<std::string> out;
    for (const TextPiece& p : t.pieces)
        if (p.kind == TextPiece::Kind::Interpolation) out.push_back(expression_to_string(sc, p.expr));
    std::sort(out.begin(), out.end());
    return out;
}

class Localizer {
public:
    Localizer(Scenario& sc, const Catalog& catalog, L10nCoverage& coverage)
        : sc_(sc), catalog_(catalog), cov_(coverage) {}

    // Plain text field: replaced when translated.
    void plain(const std::string& context, std::string& field) {
        if (!count(context, field)) return;
        if (catalog_.find(context, field)) {
            field = std::string(catalog_.get(context, field));
            ++cov_.translated;
        } else {
            cov_.missing.push_back(context);
        }
    }

    // Marked-up text (messages, choices): re-parsed; rejected when markup breaks or placeholders change.
    void marked(const std::string& context, Text& text, const SourceLoc& loc) {
        if (!count(context, text.raw)) return;
        if (!catalog_.find(context, text.raw)) {
            cov_.missing.push_back(context);
            return;
        }
        std::string translated(catalog_.get(context, text.raw));
        std::vector<Diagnostic> problems;
        std::size_t exprs_before = sc_.exprs.size();
        DiagnosticSink sink(problems, sc_.files, 50);
        Text parsed = parse_text(translated, loc, sc_, sink);
        std::string why;
        for (const Diagnostic& d : problems)
            if (why.empty()) why = d.code + " " + d.message;
        if (why.empty() && placeholders(sc_, parsed) != placeholders(sc_, text))
            why = "its {placeholders} differ from the source text";
        if (!why.empty()) {
            sc_.exprs.resize(exprs_before);
            cov_.missing.push_back(context);
            cov_.warnings.push_back({"L10N010", Severity::Warning,
                                     "translation of '" + context + "' not used: " + why + "; showing the source text",
                                     catalog_.name(), 0, 0, "fix the msgstr in the .po file"});
            return;
        }
        text = std::move(parsed);
        ++cov_.translated;
    }

    void body(std::vector<Statement>& statements, const std::string& node_id) {
        for (Statement& s : statements) {
            if (s.kind == Statement::Kind::Message) {
                Message& m = sc_.messages[static_cast<std::size_t>(s.index)];
                const std::string ctx = m.line_id.empty() ? "node." + node_id + ".untagged" : m.line_id;
                marked(ctx, m.text, m.loc);
                if (m.is_comment && m.speaker_index < 0) plain(ctx + ".name", m.speaker);
            } else if (s.kind == Statement::Kind::Choice) {
                Choice& c = sc_.choices[static_cast<std::size_t>(s.index)];
                std::string ctx = c.line_id.empty() ? "node." + node_id + ".untagged" : c.line_id;
                marked(ctx, c.text, c.loc);
                if (c.show_disabled) plain(ctx + ".reason", c.disabled_reason);
            }
            for (Branch& b : s.branches) body(b.body, node_id);
        }
    }

    // Same walk and order as l10n_entries().
    void run() {
        Header& h = sc_.header;
        const std::string id = h.id;
        plain(id + ":title", h.title);
        plain(id + ":summary", h.summary);
        plain(id + ":persona.name", h.persona.name);
        plain(id + ":persona.situation", h.persona.situation);
        plain(id + ":content-note", h.content_note);
        plain(id + ":at-risk", h.at_risk);
        for (Character& c : sc_.characters) {
            if (c.built_in) continue;
            plain("character." + c.id + ".name", c.name);
            plain("character." + c.id + ".role", c.role);
        }
        for (RedFlag& f : sc_.flags) {
            plain("flag." + f.id + ".label", f.label);
            plain("flag." + f.id + ".explain", f.explain);
            plain("flag." + f.id + ".action", f.action);
        }
        for (Node& n : sc_.nodes) {
            for (auto& [key, value] : n.properties) {
                bool text = false;
                for (auto k : kTextProperties) text = text || k == key;
                if (text) plain("node." + n.id + "." + key, value);
                if (key == "title") n.title = value;
                if (key == "label") n.label = value;
            }
            body(n.body, n.id);
        }
    }

private:
    // Counts an entry once (first definition wins, as in l10n_entries); false for duplicates/empty.
    bool count(const std::string& context, const std::string& source) {
        if (source.empty() || !seen_.insert(context).second) return false;
        ++cov_.total;
        return true;
    }

    Scenario& sc_;
    const Catalog& catalog_;
    L10nCoverage& cov_;
    std::unordered_set<std::string> seen_;
};

}  // namespace

LocalizeResult localize(const Scenario& scenario, const Catalog& catalog) {
    LocalizeResult r{scenario, {}};
    Localizer(r.scenario, catalog, r.coverage).run();
    if (!catalog.empty() && !catalog.language().empty()) r.scenario.header.language = catalog.language();
    link_scenario(r.scenario);  // resolves the re-parsed interpolations and the persona's name
    return r;
}

L10nCoverage l10n_coverage(const Scenario& scenario, const Catalog& catalog) {
    return localize(scenario, catalog).coverage;
}

}  // namespace lure
