// check_po(): what the game would reject or never use in a translation, found before run time and
// placed at file:line:column in the .po: syntax, Plural-Forms, markup and {placeholders}, unknown
// or changed line ids, plural form counts (codes in docs/localisation.md).
#include <algorithm>
#include <unordered_map>

#include "diagnostic_sink.h"
#include "lure/expression.h"
#include "lure/l10n_po.h"
#include "lure/name_suggestions.h"
#include "text_markup.h"
#include "text_utils.h"

namespace lure {

namespace {

// The {placeholders} of a marked-up text (sorted), or the first markup problem of it.
struct Markup {
    std::vector<std::pair<std::string, std::size_t>> placeholders;  // expression text, byte offset of '{'
    std::string problem;
    std::size_t problem_offset = 0;  // bytes into the text
};

std::size_t byte_offset(std::string_view s, int codepoints) {
    std::size_t i = 0;
    for (int seen = -1; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++seen == codepoints) break;
    }
    return i;
}

Markup read_markup(const std::string& text) {
    Markup m;
    Scenario scratch;
    scratch.files.push_back("");
    std::vector<Diagnostic> problems;
    DiagnosticSink sink(problems, scratch.files, 20);
    Text parsed = parse_text(text, SourceLoc{0, 1, 1}, scratch, sink);
    if (!problems.empty()) {
        // The parser's message without what it says the game does next (the whole line is rejected).
        const std::string& why = problems.front().message;
        m.problem = why.substr(0, why.find(';'));
        m.problem_offset = byte_offset(text, problems.front().column - 1);
        return m;
    }
    std::size_t search = 0;
    for (const TextPiece& p : parsed.pieces) {
        if (p.kind != TextPiece::Kind::Interpolation) continue;
        std::size_t at = text.find('{', search);
        if (at == std::string::npos) at = text.size();
        search = at + 1;
        m.placeholders.emplace_back(expression_to_string(scratch, p.expr), at);
    }
    return m;
}

std::vector<std::string> names_of(const Markup& m) {
    std::vector<std::string> out;
    for (const auto& [name, at] : m.placeholders) out.push_back(name);
    std::sort(out.begin(), out.end());
    return out;
}

std::string braced(std::string expr) {
    if (expr.size() > 2 && expr.front() == '(' && expr.back() == ')') expr = expr.substr(1, expr.size() - 2);
    return "{" + expr + "}";
}

}  // namespace

bool l10n_key_has_markup(std::string_view context) {
    if (context.ends_with(".untagged")) return true;
    if (context.find(':') != std::string_view::npos || context.ends_with(".reason")) return false;
    for (std::string_view prefix : {"character.", "flag.", "node."})
        if (context.starts_with(prefix)) return false;
    return !context.empty();
}

std::vector<Diagnostic> check_po(const PoFile& po, const std::string& name, const std::vector<L10nEntry>* reference) {
    std::vector<Diagnostic> out;
    auto add = [&](const char* code, Severity severity, std::string message, int line, int column, std::string hint) {
        out.push_back({code, severity, std::move(message), name, line, column, std::move(hint)});
    };
    if (!po.error.empty()) {
        add("L10N002", Severity::Error, "not a readable .po file: " + po.error, po.error_line, po.error_column,
            "the game would show the source text for every entry of this file");
        return out;
    }
    int nplurals = 0;
    const std::string forms = po_header_field(po, "Plural-Forms");
    if (!forms.empty()) {
        PluralRule rule;
        std::string error;
        if (rule.parse(forms, error)) nplurals = rule.nplurals();
        else
            add("L10N003", Severity::Error, "unusable Plural-Forms: " + error, po.header_line, 1,
                "copy the Plural-Forms line for the language from the gettext manual");
    }
    std::unordered_map<std::string_view, const L10nEntry*> known;
    NameIndex ids;
    if (reference) {
        known.reserve(reference->size());
        for (const L10nEntry& e : *reference) {
            known.emplace(e.context, &e);
            ids.add(e.context);
        }
    }
    for (const PoEntry& e : po.entries) {
        const int line = e.context_line > 0 ? e.context_line : e.line;
        const int column = e.context_line > 0 ? e.context_column : 1;
        if (reference && e.has_context) {
            auto it = known.find(e.context);
            if (it == known.end()) {
                auto match = ids.closest(e.context);
                add("L10N020", Severity::Error,
                    "'" + e.context + "' is not a line id or key of the scenario: this translation is never used", line,
                    column,
                    match ? "did you mean '" + match->name + "'?" : "compare with the template (lure l10n extract)");
                continue;
            }
            if (it->second->msgid != e.source) {
                add("L10N021", Severity::Warning,
                    "the English of '" + e.context +
                        "' has changed since it was translated; the game shows the English until msgid matches",
                    line, column,
                    "update with msgmerge (scripts/l10n/update.sh), then check the translation against the new English");
                continue;
            }
        }
        if (e.fuzzy || e.translation.empty()) continue;
        if (!e.plurals.empty() && nplurals > 0 && static_cast<int>(e.plurals.size()) != nplurals)
            add("L10N022", Severity::Error,
                "this entry has " + std::to_string(e.plurals.size()) + " plural forms, Plural-Forms says " +
                    std::to_string(nplurals),
                e.line, 1, "give one msgstr[n] for each n from 0 to " + std::to_string(nplurals - 1));
        if (!e.has_context || !l10n_key_has_markup(e.context)) continue;
        const Markup source = read_markup(e.source);
        if (!source.problem.empty()) continue;  // the source itself is checked by lure validate
        const Markup translated = read_markup(e.translation);
        if (!translated.problem.empty()) {
            auto [l, c] = po_position(e, translated.problem_offset);
            add("L10N010", Severity::Error,
                "translation of '" + e.context + "' would not be used: " + translated.problem, l, c,
                "fix the markup: *emphasis* needs both asterisks, '{' needs its '}'; write \\* or \\{ for the characters themselves");
            continue;
        }
        const std::vector<std::string> want = names_of(source), have = names_of(translated);
        if (want == have) continue;
        std::vector<std::string> missing, added;
        std::set_difference(want.begin(), want.end(), have.begin(), have.end(), std::back_inserter(missing));
        std::set_difference(have.begin(), have.end(), want.begin(), want.end(), std::back_inserter(added));
        std::string what;
        for (const auto& p : missing) what += (what.empty() ? "" : ", ") + braced(p) + " missing";
        std::size_t at = 0;
        for (const auto& p : added) {
            what += (what.empty() ? "" : ", ") + braced(p) + " added";
            for (const auto& [text, offset] : translated.placeholders)
                if (text == p && at == 0) at = offset;
        }
        auto [l, c] = po_position(e, at);
        add("L10N010", Severity::Error, "translation of '" + e.context + "' would not be used: " + what, l, c,
            "keep every {placeholder} of the English exactly as written");
    }
    return out;
}

}  // namespace lure
