// Twee 3 -> .lure: passages become nodes (tags naming a channel or `ending-<class>` are honoured),
// links become sticky choices, text becomes narrator or speaker lines. A condition or a way on that
// has no .lure equivalent is kept out of the story as a NOT IMPORTED comment (LP411, an error); other
// macros, variables and HTML are dropped with an LP401 warning at their position.
#include "lure/twee.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "lure/scenario.h"
#include "text_utils.h"
#include "twee_hints.h"
#include "twee_macros.h"
#include "twee_passage.h"

namespace lure {

namespace {

std::string unescape_name(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        out += s[i];
    }
    return std::string(text::trim(out));
}

std::string escape_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '{' || c == '}' || c == '#' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

// "->" in a choice text would end the text early: it becomes "→" (one pass, linear).
std::string replace_arrows(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '-' && i + 1 < s.size() && s[i + 1] == '>') {
            out += "→";
            ++i;
        } else out += s[i];
    }
    return out;
}

std::string make_id(const std::string& name) {
    std::string id;
    for (char c : name) {
        if (text::is_ident_char(c)) id += c;
        else if (!id.empty() && id.back() != '_') id += '_';
    }
    while (!id.empty() && id.back() == '_') id.pop_back();
    if (id.empty() || !text::is_alpha(id[0])) id = "p_" + id;
    return id;
}

std::string slug(const std::string& title) {
    std::string out;
    for (char c : title) {
        if (text::is_digit(c) || (c >= 'a' && c <= 'z')) out += c;
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "imported" : out;
}

class Importer {
public:
    Importer(std::string_view text, const std::string& file) : text_(text), file_(file) {
        ctx_.warn = [this](const char* code, const std::string& message, int line, int column,
                           const std::string& hint) { warn(code, message, line, column, hint); };
    }

    TweeImport run() {
        if (text_.size() > kMaxTweeBytes) {
            warn(
                "LP410",
                "the file is " + std::to_string(text_.size()) + " bytes; the limit is " + std::to_string(kMaxTweeBytes),
                1, 1, "split the story");
            return std::move(result_);
        }
        split_passages();
        if (passages_.empty()) {
            warn("LP400", "no passages found (a passage starts with ':: Name')", 1, 1);
            return std::move(result_);
        }
        assign_ids();
        for (const TweePassage& p : init_) read_twee_init(p, ctx_);
        for (TweePassage& p : passages_) convert_twee_body(p, ctx_);
        emit();
        return std::move(result_);
    }

private:
    void warn(const char* code, const std::string& message, int line, int column, const std::string& hint = "") {
        const DiagnosticInfo* info = find_diagnostic_info(code);
        const Severity sev = info ? info->severity : Severity::Error;
        if (result_.diagnostics.size() < 500)
            result_.diagnostics.push_back({code, sev, message, file_, line, column, hint});
    }

    void split_passages() {
        std::size_t pos = 0;
        int lineno = 0;
        TweePassage* current = nullptr;
        bool warned_outside = false;
        std::set<std::string> names;
        bool skip = false;
        while (pos <= text_.size()) {
            std::size_t nl = text_.find('\n', pos);
            if (nl == std::string_view::npos) nl = text_.size();
            std::string_view line = text_.substr(pos, nl - pos);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            ++lineno;
            pos = nl + 1;
            if (text::find_invalid_utf8(line) != std::string_view::npos) {
                warn("LP401", "line is not valid UTF-8 and was skipped", lineno, 1);
                continue;
            }
            if (line.substr(0, 2) == "::") {
                TweePassage p;
                p.line = lineno;
                p.body_first_line = lineno + 1;
                std::string_view rest = line.substr(2);
                std::size_t i = 0;
                while (i < rest.size() && !(rest[i] == '[' || rest[i] == '{')) {
                    if (rest[i] == '\\') ++i;
                    ++i;
                }
                p.name = unescape_name(rest.substr(0, std::min(i, rest.size())));
                if (i < rest.size() && rest[i] == '[') {
                    std::size_t close = rest.find(']', i);
                    std::string_view tags =
                        rest.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
                    std::size_t t = 0;
                    while (t < tags.size()) {
                        while (t < tags.size() && text::is_space(tags[t])) ++t;
                        std::size_t s = t;
                        while (t < tags.size() && !text::is_space(tags[t])) ++t;
                        if (t > s) p.tags.emplace_back(tags.substr(s, t - s));
                    }
                }
                skip = false;
                for (const auto& tag : p.tags)
                    if (tag == "script" || tag == "stylesheet") {
                        warn("LP401", "passage '" + p.name + "' is a " + tag + " passage; it is not imported", lineno,
                             1);
                        skip = true;
                    }
                if (p.name.empty()) {
                    warn("LP401", "passage without a name was skipped", lineno, 1);
                    skip = true;
                }
                if (!skip && !names.insert(p.name).second) {
                    warn("LP405", "passage '" + p.name + "' is defined twice; the second one is ignored", lineno, 4);
                    skip = true;
                }
                if (skip) {
                    current = nullptr;
                    continue;
                }
                passages_.push_back(std::move(p));
                current = &passages_.back();
                continue;
            }
            if (!current) {
                if (!skip && !warned_outside && !text::trim(line).empty()) {
                    warn("LP408", "text before the first passage is ignored", lineno, 1);
                    warned_outside = true;
                }
                continue;
            }
            current->raw.emplace_back(line);
        }
        // Special passages.
        std::vector<TweePassage> story;
        for (TweePassage& p : passages_) {
            if (p.name == "StoryTitle") {
                for (const auto& l : p.raw)
                    if (title_.empty() && !text::trim(l).empty()) title_ = std::string(text::trim(l));
            } else if (p.name == "StoryData") {
                std::string body;
                for (const auto& l : p.raw) body += l + "\n";
                nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
                if (j.is_discarded() || !j.is_object()) warn("LP402", "StoryData is not a JSON object", p.line, 1);
                else if (auto s = j.find("start"); s != j.end() && s->is_string()) start_name_ = s->get<std::string>();
                start_line_ = p.line;
            } else if (const char* role = special_role(p)) {
                if (std::string(role) == "init") init_.push_back(std::move(p));
                else warn("LP401", "passage '" + p.name + "' is " + role + "; it is not imported", p.line, 1, "");
            } else {
                story.push_back(std::move(p));
            }
        }
        passages_ = std::move(story);
        if (passages_.empty() && !init_.empty()) warn("LP400", "no story passages found, only initial values", 1, 1);
    }

    // What a special passage does in SugarCube or Harlowe (so it is no node), or nullptr.
    static const char* special_role(const TweePassage& p) {
        if (p.name == "StoryInit") return "init";
        for (const std::string& tag : p.tags) {
            if (tag == "startup") return "init";
            if (tag == "widget") return "a SugarCube widget definition";
            if (tag == "header" || tag == "footer" || tag.rfind("debug-", 0) == 0)
                return "shown around every passage (a Harlowe header, footer or debug passage)";
            if (tag == "Twine.private") return "private to Twine";
        }
        static const char* const around[] = {"StoryCaption", "StoryMenu",      "StoryBanner",   "StorySubtitle",
                                             "StoryAuthor",  "StoryInterface", "StoryShare",    "PassageReady",
                                             "PassageDone",  "PassageHeader",  "PassageFooter", "StorySettings"};
        for (const char* name : around)
            if (p.name == name) return "a SugarCube special passage shown or run around every passage";
        return nullptr;
    }

    // Ids from names; a clash gets _2, _3, ... Each base remembers the last number it tried (the
    // ids it skipped stay taken), so many passages with one base cost linear time, not quadratic.
    void assign_ids() {
        std::set<std::string> ids;
        std::map<std::string, int> next_suffix;
        for (TweePassage& p : passages_) {
            std::string id = make_id(p.name);
            if (ids.count(id)) {
                const std::string base = id;
                int& n = next_suffix.emplace(base, 2).first->second;
                for (id = base + "_" + std::to_string(n); ids.count(id); id = base + "_" + std::to_string(++n)) {}
                ++n;
            }
            ids.insert(id);
            ctx_.ids.insert(id);
            p.id = id;
            by_name_[p.name] = id;
            if (id != p.name)
                warn("LP404", "passage '" + p.name + "' becomes node '" + id + "'", p.line, 4,
                     "node ids use letters, digits and '_'");
        }
    }

    // The passages reached from `start` through the links that were translated.
    // A choice's or divert's node id, or "" when its passage does not exist.
    std::string resolve(const TweeItem& item) const {
        if (item.to_id) return item.target;
        auto it = by_name_.find(item.target);
        return it == by_name_.end() ? std::string() : it->second;
    }

    // The passages reached from `start` through the choices and diverts that were translated.
    std::set<std::string> reachable(const std::string& start) const {
        std::map<std::string, const TweePassage*> by_id;
        for (const TweePassage& p : passages_) by_id[p.id] = &p;
        std::map<std::string, std::string> step_to;
        for (const TweeStep& step : ctx_.steps) step_to[step.id] = step.target;
        std::set<std::string> seen{start};
        std::vector<std::string> todo{start};
        while (!todo.empty()) {
            auto it = by_id.find(todo.back());
            todo.pop_back();
            if (it == by_id.end()) continue;
            for (const TweeItem& item : it->second->items) {
                if (item.kind != TweeItem::Kind::Choice && item.kind != TweeItem::Kind::Divert) continue;
                std::string target = resolve(item);
                if (auto step = step_to.find(target); step != step_to.end()) {
                    auto id = by_name_.find(step->second);
                    target = id == by_name_.end() ? std::string() : id->second;
                }
                if (!target.empty() && seen.insert(target).second) todo.push_back(target);
            }
        }
        return seen;
    }

    // LP411 for each thing kept out that changes the story's logic: a condition that guarded text or
    // a way on, a link or goto macro. A condition that guarded neither is only LP401.
    void report_kept_out(const std::string& start) {
        const std::set<std::string> reached = reachable(start);
        for (const TweeKeptOut& k : ctx_.kept_out) {
            std::string names, lost;
            for (const std::string& t : k.targets) {
                if (names.find("'" + t + "'") != std::string::npos) continue;
                names += (names.empty() ? "'" : ", '") + t + "'";
                auto id = by_name_.find(t);
                if (id != by_name_.end() && !reached.count(id->second)) lost += (lost.empty() ? "'" : ", '") + t + "'";
            }
            std::string message = (k.condition ? "the condition '" : "the way on '") + k.macro + "'";
            if (!k.condition && !names.empty()) message += " (to " + names + ")";
            message += " is not translated";
            if (k.never_closed) message += " and never closed";
            if (k.condition && !k.shows_text && k.targets.empty()) {
                warn("LP401", message + "; it guarded no text and no link", k.line, k.column, twee_macro_hint("if"));
                continue;
            }
            if (k.condition)
                message += "; what it guards" + (names.empty() ? "" : " (with its ways on to " + names + ")");
            else message += "; it";
            message += " is kept out of the story as a NOT IMPORTED comment";
            if (!lost.empty()) message += "; " + lost + " can no longer be reached";
            std::string hint = k.condition ? "rewrite it with 'var' and if/elif/else/endif (§6, §12)"
                                           : "write it as a choice: '+ text -> node' (§10)";
            if (!k.condition && !k.label.empty() && k.targets.size() == 1) {
                auto id = by_name_.find(k.targets.front());
                hint = "write it as a choice: '+ " + k.label + " -> " +
                       (id != by_name_.end() ? id->second : make_id(k.targets.front())) + "' (§10)";
            }
            warn("LP411", message, k.line, k.column, hint);
        }
    }

    void emit() {
        std::string& out = result_.lure_text;
        std::string title = title_.empty() ? std::string("Imported story") : title_;
        std::string start;
        if (!start_name_.empty()) {
            auto it = by_name_.find(start_name_);
            if (it == by_name_.end())
                warn("LP407", "StoryData start passage '" + start_name_ + "' does not exist", start_line_, 1);
            else start = it->second;
        }
        if (start.empty()) {
            auto it = by_name_.find("Start");
            start = it != by_name_.end() ? it->second : passages_.front().id;
        }
        report_kept_out(start);
        const std::string characters = find_speakers();
        out += "// Imported from " + file_ + " (Twee 3). Review the warnings, then add the header details.\n";
        if (has_errors(result_.diagnostics))
            out +=
                "// What could not be translated is kept out of the story in comments marked NOT IMPORTED:\n"
                "// rewrite each one in .lure before you play the story (lure import-twee lists them).\n";
        out += "scenario: " + slug(title) + "\n";
        out += "title: " + title + "\n";
        out += "start: " + start + "\n";
        out += variables();
        out += characters;
        for (const TweePassage& p : passages_) emit_node(p);
        for (const TweeStep& step : ctx_.steps) {
            out += "\n== " + step.id + " [narration]\n";
            for (const std::string& line : step.lines) out += line + "\n";
            auto it = by_name_.find(step.target);
            out += "-> " + (it != by_name_.end() ? it->second : make_id(step.target)) + "\n";
        }
        result_.passages = static_cast<int>(passages_.size());
        result_.links = ctx_.ways_on_imported;
        result_.ways_on = ctx_.ways_on;
        result_.ways_on_imported = ctx_.ways_on_imported;
    }

    // `var` lines: initial values from StoryInit, else the type's zero (a variable only shown in
    // text is a string, one never compared or set to anything else a bool).
    std::string variables() const {
        std::string out;
        for (const auto& [name, v] : ctx_.vars) {
            std::string value = v.initial;
            if (value.empty()) {
                switch (v.type) {
                    case TweeType::Int: value = "0"; break;
                    case TweeType::String: value = "\"\""; break;
                    case TweeType::Bool: value = "false"; break;
                    case TweeType::Unknown: value = v.printed ? "\"\"" : "false"; break;
                }
            }
            out += "var " + name + " = " + value + "\n";
        }
        return out.empty() ? out : "\n" + out;
    }

    void emit_node(const TweePassage& p) {
        std::string& out = result_.lure_text;
        // Messages from characters belong in a chat (a narration screen shows no speakers), unless a
        // tag names the channel.
        std::string channel = "narration";
        for (const TweeItem& item : p.items)
            if (item.kind == TweeItem::Kind::Text && !item.speaker.empty()) channel = "chat";
        std::string ending;
        for (const auto& tag : p.tags) {
            if (channel_from_name(tag)) channel = tag;
            if (tag.rfind("ending-", 0) == 0 && ending_class_from_name(tag.substr(7))) ending = tag.substr(7);
        }
        // A passage whose only ways on were kept out is no ending: it stays a dead end (LP202)
        // until the author writes them.
        if (ending.empty() && !p.has_way_on() && !p.lost_way_on) {
            ending = "safe";
            warn("LP409", "passage '" + p.name + "' has no links; it is imported as 'ending safe'", p.line, 1,
                 "tag the passage ending-harmed / ending-got-help / ending-safe to choose the class");
        }
        out += "\n== " + p.id + " [" + channel + "]" + (ending.empty() ? "" : " ending " + ending) + "\n";
        bool text = false;
        for (const TweeItem& item : p.items) text |= item.kind == TweeItem::Kind::Text;
        if (!text) out += ending.empty() ? "narrator: ...\n" : "narrator: The end.\n";
        for (const TweeItem& item : p.items) {
            const std::string indent(static_cast<std::size_t>(item.depth) * 2, ' ');
            switch (item.kind) {
                case TweeItem::Kind::Comment: out += "// NOT IMPORTED: " + item.text + "\n"; break;
                case TweeItem::Kind::Text:
                    out += indent + (item.speaker.empty() ? std::string("narrator") : item.speaker) + ": " + item.text +
                           "\n";
                    break;
                case TweeItem::Kind::Code: out += indent + item.text + "\n"; break;
                case TweeItem::Kind::Choice:
                case TweeItem::Kind::Divert: {
                    if (!ending.empty()) break;  // an ending tag wins over its links
                    std::string target = resolve(item);
                    if (target.empty()) {
                        warn("LP403", "link to passage '" + item.target + "', which does not exist", item.line,
                             item.column);
                        target = make_id(item.target);
                    }
                    if (item.kind == TweeItem::Kind::Divert) out += indent + "-> " + target + "\n";
                    else
                        out += indent + (item.once ? "* " : "+ ") + replace_arrows(escape_text(item.text)) + " -> " +
                               target + "\n";
                    break;
                }
            }
        }
    }

    // Lines such as "Mara: Come to Milan!" (also ''Mara:'' or **Mara:**) become Mara's messages when
    // the same name starts at least two lines; returns the character blocks to write.
    std::string find_speakers() {
        std::map<std::string, int> uses;
        for (TweePassage& p : passages_)
            for (TweeItem& item : p.items)
                if (item.kind == TweeItem::Kind::Text) {
                    std::string name, rest;
                    if (split_speaker(item.text, name, rest)) ++uses[name];
                }
        std::map<std::string, std::string> ids;
        std::set<std::string> taken{"narrator", "you"};
        std::string blocks;
        for (const auto& [name, count] : uses) {
            if (count < 2) continue;
            if (name == "You") {
                ids[name] = "you";
                continue;
            }
            std::string id;
            for (char c : name)
                id += text::is_ident_char(c) ? static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) : '_';
            id = make_id(id);
            for (int n = 2; !taken.insert(id).second; ++n) id = make_id(name) + "_" + std::to_string(n);
            ids[name] = id;
            std::string initials;
            for (std::size_t w = 0; w < name.size() && text::codepoints(initials) < 2; w = name.find(' ', w)) {
                while (w < name.size() && name[w] == ' ') ++w;
                if (w >= name.size()) break;
                std::size_t len = 1;
                while (w + len < name.size() && (static_cast<unsigned char>(name[w + len]) & 0xC0) == 0x80) ++len;
                initials += name.substr(w, len);
            }
            blocks += "\ncharacter " + id + "\n  name: " + name + "\n  initials: " + initials + "\n";
        }
        if (blocks.empty()) return "";
        for (TweePassage& p : passages_)
            for (TweeItem& item : p.items) {
                std::string name, rest;
                if (item.kind != TweeItem::Kind::Text || !split_speaker(item.text, name, rest)) continue;
                auto id = ids.find(name);
                if (id == ids.end()) continue;
                item.speaker = id->second;
                item.text = rest;
            }
        return "\n// Speakers found in lines such as \"Name: text\"; check their names and initials.\n" +
               blocks.substr(1);
    }

    // "Mara: text" -> ("Mara", "text"): one to three capitalised words, at most 32 bytes, then ':'
    // and a space; bold marks ('' or **) around the name or the colon are dropped.
    static bool split_speaker(const std::string& line, std::string& name, std::string& rest) {
        std::string_view s = line;
        auto strip_mark = [](std::string_view& v) {
            if (v.substr(0, 2) == "''" || v.substr(0, 2) == "**") v.remove_prefix(2);
        };
        strip_mark(s);
        std::size_t colon = s.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > 34) return false;
        std::string_view who = s.substr(0, colon);
        std::string_view after = s.substr(colon + 1);
        if (who.size() >= 2 && (who.substr(who.size() - 2) == "''" || who.substr(who.size() - 2) == "**"))
            who.remove_suffix(2);
        strip_mark(after);
        if (after.empty() || after[0] != ' ' || text::trim(after).empty() || who.empty() || who.size() > 32)
            return false;
        int words = 0;
        bool word_start = true;
        for (char c : who) {
            const unsigned char u = static_cast<unsigned char>(c);
            if (c == ' ') {
                word_start = true;
                continue;
            }
            if (word_start) {
                if (!((c >= 'A' && c <= 'Z') || u >= 0xC0)) return false;
                ++words;
                word_start = false;
            } else if (!(text::is_alpha(c) || c == '-' || c == '\'' || u >= 0x80)) {
                return false;
            }
        }
        if (words < 1 || words > 3 || who.back() == ' ') return false;
        name = std::string(who);
        rest = std::string(text::trim(after));
        return true;
    }

    std::string_view text_;
    std::string file_;
    TweeImport result_;
    std::vector<TweePassage> passages_;
    std::map<std::string, std::string> by_name_;
    std::vector<TweePassage> init_;  // StoryInit and Harlowe startup passages
    TweeContext ctx_;
    std::string title_, start_name_;
    int start_line_ = 1;
};

}  // namespace

TweeImport import_twee(std::string_view twee_text, const std::string& filename) {
    return Importer(twee_text, filename).run();
}

}  // namespace lure
