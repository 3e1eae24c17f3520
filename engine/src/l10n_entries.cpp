// The translatable entries of a scenario (stable msgctxt keys, source text, reference, translator
// comment) and the .pot writer that `lure l10n extract` uses.
#include "lure/l10n.h"

#include <unordered_set>

namespace lure {

namespace {

// Node properties a visitor sees (`url` is an address, not text, and stays as written).
constexpr std::string_view kTextProperties[] = {"title",   "subject",  "from",   "to",
                                                "company", "location", "salary", "label"};

bool has_markup(std::string_view s) {
    return s.find('{') != std::string_view::npos || s.find('*') != std::string_view::npos;
}

class Collector {
public:
    explicit Collector(const Scenario& sc) : sc_(sc) {}

    void add(std::string context, const std::string& msgid, const SourceLoc& loc, std::string comment) {
        if (msgid.empty() || !seen_.insert(context).second) return;  // first definition wins
        std::string ref;
        if (loc.line > 0) ref = sc_.file_name(loc) + ":" + std::to_string(loc.line);
        if (has_markup(msgid))
            comment +=
                "\nKeep {placeholders} exactly as they are; keep *emphasis* markers around the translated words.";
        out_.push_back({std::move(context), msgid, std::move(ref), std::move(comment)});
    }

    SourceLoc header_loc(std::string_view key) const {
        for (const auto& [k, loc] : sc_.header.present)
            if (k == key) return loc;
        return {};
    }

    std::string speaker_label(const Message& m) const {
        if (m.is_debrief) return "Debrief (shown after the ending)";
        if (m.is_comment)
            return "Comment under the post, by " +
                   (m.speaker_index >= 0
                        ? sc_.characters[static_cast<std::size_t>(m.speaker_index)].name + " (" + m.speaker + ")"
                        : m.speaker);
        int c = sc_.find_character(m.speaker);
        std::string who = m.speaker;
        if (c >= 0 && !sc_.characters[static_cast<std::size_t>(c)].name.empty() && m.speaker != "narrator" &&
            m.speaker != "you")
            who = sc_.characters[static_cast<std::size_t>(c)].name + " (" + m.speaker + ")";
        if (m.speaker == "you") who = "you (the player, " + sc_.header.persona.name + ")";
        return "Speaker: " + who;
    }

    void body(const std::vector<Statement>& statements, const Node& node) {
        std::string where = "node " + node.id + " [" + channel_name(node.channel) + "]";
        for (const Statement& s : statements) {
            if (s.kind == Statement::Kind::Message) {
                const Message& m = sc_.messages[static_cast<std::size_t>(s.index)];
                std::string ctx = m.line_id.empty() ? "node." + node.id + ".untagged" : m.line_id;
                add(ctx, m.text.raw, m.loc, speaker_label(m) + "; " + where);
                if (m.is_comment && m.speaker_index < 0)
                    add(ctx + ".name", m.speaker, m.speaker_loc,
                        "Name of the person who wrote the comment \"" + m.text.raw +
                            "\" (a person's name: usually unchanged)");
            } else if (s.kind == Statement::Kind::Choice) {
                const Choice& c = sc_.choices[static_cast<std::size_t>(s.index)];
                std::string ctx = c.line_id.empty() ? "node." + node.id + ".untagged" : c.line_id;
                add(ctx, c.text.raw, c.loc, "Choice button (the player's action); " + where + " -> " + c.target);
                if (c.show_disabled)
                    add(ctx + ".reason", c.disabled_reason, c.loc,
                        "Why the choice \"" + c.text.raw + "\" is unavailable (shown under the disabled button)");
            }
            for (const Branch& b : s.branches) body(b.body, node);
        }
    }

    std::vector<L10nEntry> run() {
        const Header& h = sc_.header;
        const std::string& id = h.id;
        add(id + ":title", h.title, header_loc("title"), "Scenario title (scenario list and header)");
        add(id + ":summary", h.summary, header_loc("summary"), "One-line scenario summary (scenario list)");
        add(id + ":persona.name", h.persona.name, header_loc("persona"),
            "The player character's first name; keep it unless the name needs a local spelling");
        add(id + ":persona.situation", h.persona.situation, header_loc("persona"),
            "Who the player is (shown before the scenario starts)");
        add(id + ":content-note", h.content_note, header_loc("content-note"), "Content note shown before starting");
        add(id + ":at-risk", h.at_risk, header_loc("at-risk"),
            "First name of the person at risk, whom the player (a bystander) helps; the ending's heading names them");
        for (const Character& c : sc_.characters) {
            if (c.built_in) continue;
            add("character." + c.id + ".name", c.name, c.loc,
                "Name of character '" + c.id + "' (a person's name: usually unchanged)");
            add("character." + c.id + ".role", c.role, c.loc, "Who character '" + c.id + "' is (under the name)");
        }
        for (const RedFlag& f : sc_.flags) {
            add("flag." + f.id + ".label", f.label, f.loc, "Red flag '" + f.id + "': short label on the flag card");
            add("flag." + f.id + ".explain", f.explain, f.loc, "Red flag '" + f.id + "': why it is a warning sign");
            add("flag." + f.id + ".action", f.action, f.loc, "Red flag '" + f.id + "': what to do");
        }
        for (const Node& n : sc_.nodes) {
            for (const auto& [key, value] : n.properties) {
                bool text = false;
                for (auto k : kTextProperties) text = text || k == key;
                if (text)
                    add("node." + n.id + "." + key, value, n.loc,
                        key == "label" ? "Short name of node " + n.id + " on the story map (a few words)"
                                       : "'" + key + "' of node " + n.id + " [" + channel_name(n.channel) +
                                             "] (names, handles and addresses usually stay unchanged)");
            }
            body(n.body, n);
        }
        return std::move(out_);
    }

private:
    const Scenario& sc_;
    std::unordered_set<std::string> seen_;
    std::vector<L10nEntry> out_;
};

void comment_lines(std::string& out, const char* prefix, std::string_view text) {
    while (true) {
        std::size_t nl = text.find('\n');
        out += prefix;
        out.append(text.substr(0, nl));
        out += '\n';
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
}

}  // namespace

std::vector<L10nEntry> l10n_entries(const Scenario& scenario) { return Collector(scenario).run(); }

std::string po_quote(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\n':
                out += "\\n";
                if (i + 1 < text.size()) out += "\"\n\"";
                break;
            default: out += c;
        }
    }
    out += '"';
    if (text.find('\n') != std::string_view::npos && text.find('\n') + 1 < text.size()) out = "\"\"\n" + out;
    return out;
}

std::string write_pot(const std::vector<L10nEntry>& entries, const std::string& project_id) {
    std::string out;
    out += "# Translation template for " + project_id + " (Lureproof).\n";
    out += "# Generated by `lure l10n extract`; do not edit: translate a copy (see docs/localisation.md).\n";
    out += "#\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n";
    out += "\"Project-Id-Version: " + project_id + "\\n\"\n";
    out += "\"Report-Msgid-Bugs-To: \\n\"\n";
    out += "\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n";
    out += "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n";
    out += "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n";
    out += "\"Language: \\n\"\n";
    out += "\"MIME-Version: 1.0\\n\"\n";
    out += "\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
    out += "\"Content-Transfer-Encoding: 8bit\\n\"\n";
    for (const L10nEntry& e : entries) {
        out += '\n';
        if (!e.comment.empty()) comment_lines(out, "#. ", e.comment);
        if (!e.reference.empty()) out += "#: " + e.reference + "\n";
        out += "msgctxt " + po_quote(e.context) + "\n";
        out += "msgid " + po_quote(e.msgid) + "\n";
        out += "msgstr \"\"\n";
    }
    return out;
}

}  // namespace lure
