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

namespace lure {

namespace {

struct Link { std::string text, target; int line = 0, column = 0; };

// What the importer keeps out of the playable story because it cannot translate it: a condition
// with what it guards, or a way on written as a macro. Reported (LP411) once every passage is read.
struct KeptOut {
    std::string macro;                 // the opening macro as written, cut at 40 bytes
    bool condition = false;            // a condition (else a link or goto macro)
    bool never_closed = false;
    bool shows_text = false;           // it guarded text a visitor would have seen
    int line = 0, column = 0;
    std::vector<std::string> targets;  // the passages its links and gotos name
    std::string label;                 // a link macro's text
};

// One line of a node: text (a narrator or speaker line) or a NOT IMPORTED comment.
struct Item {
    bool comment = false;
    std::string text;                  // as written in the Twee file (escaped when emitted)
    std::string speaker;               // a character id, once speakers are found
};

// An open region of a passage: a SugarCube macro with a body, or a Harlowe hook.
struct Guard {
    bool keeps_out = true;             // false: a Harlowe changer's hook, whose text is kept
    bool hook = false;                 // closed by ']' (Harlowe) instead of a closing tag
    std::string closing;               // SugarCube closing tag, "/if"
    int depth = 0;                     // '[' nested inside the hook
};

struct Passage {
    std::string name, id;
    std::vector<std::string> tags;
    std::vector<Item> items;
    std::vector<Link> links;
    int line = 0;
    int body_first_line = 0;
    std::vector<std::string> raw;      // raw body lines
    bool lost_way_on = false;          // a link or goto macro was kept out
};

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
        if (s[i] == '-' && i + 1 < s.size() && s[i + 1] == '>') { out += "→"; ++i; }
        else out += s[i];
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
    Importer(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    TweeImport run() {
        if (text_.size() > kMaxTweeBytes) {
            warn("LP410", "the file is " + std::to_string(text_.size()) + " bytes; the limit is " +
                 std::to_string(kMaxTweeBytes), 1, 1, "split the story");
            return std::move(result_);
        }
        split_passages();
        if (passages_.empty()) {
            warn("LP400", "no passages found (a passage starts with ':: Name')", 1, 1);
            return std::move(result_);
        }
        assign_ids();
        for (Passage& p : passages_) convert(p);
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
        Passage* current = nullptr;
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
                Passage p;
                p.line = lineno;
                p.body_first_line = lineno + 1;
                std::string_view rest = line.substr(2);
                std::size_t i = 0;
                while (i < rest.size() && !(rest[i] == '[' || rest[i] == '{')) { if (rest[i] == '\\') ++i; ++i; }
                p.name = unescape_name(rest.substr(0, std::min(i, rest.size())));
                if (i < rest.size() && rest[i] == '[') {
                    std::size_t close = rest.find(']', i);
                    std::string_view tags = rest.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
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
                        warn("LP401", "passage '" + p.name + "' is a " + tag + " passage; it is not imported", lineno, 1);
                        skip = true;
                    }
                if (p.name.empty()) { warn("LP401", "passage without a name was skipped", lineno, 1); skip = true; }
                if (!skip && !names.insert(p.name).second) {
                    warn("LP405", "passage '" + p.name + "' is defined twice; the second one is ignored", lineno, 4);
                    skip = true;
                }
                if (skip) { current = nullptr; continue; }
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
        std::vector<Passage> story;
        for (Passage& p : passages_) {
            if (p.name == "StoryTitle") {
                for (const auto& l : p.raw) if (title_.empty() && !text::trim(l).empty()) title_ = std::string(text::trim(l));
            } else if (p.name == "StoryData") {
                std::string body;
                for (const auto& l : p.raw) body += l + "\n";
                nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
                if (j.is_discarded() || !j.is_object()) warn("LP402", "StoryData is not a JSON object", p.line, 1);
                else if (auto s = j.find("start"); s != j.end() && s->is_string()) start_name_ = s->get<std::string>();
                start_line_ = p.line;
            } else {
                story.push_back(std::move(p));
            }
        }
        passages_ = std::move(story);
    }

    // Ids from names; a clash gets _2, _3, ... Each base remembers the last number it tried (the
    // ids it skipped stay taken), so many passages with one base cost linear time, not quadratic.
    void assign_ids() {
        std::set<std::string> ids;
        std::map<std::string, int> next_suffix;
        for (Passage& p : passages_) {
            std::string id = make_id(p.name);
            if (ids.count(id)) {
                const std::string base = id;
                int& n = next_suffix.emplace(base, 2).first->second;
                for (id = base + "_" + std::to_string(n); ids.count(id); id = base + "_" + std::to_string(++n)) {}
                ++n;
            }
            ids.insert(id);
            p.id = id;
            by_name_[p.name] = id;
            if (id != p.name)
                warn("LP404", "passage '" + p.name + "' becomes node '" + id + "'", p.line, 4,
                     "node ids use letters, digits and '_'");
        }
    }

    // Reads a passage's body: links, text, and the macros, variables and HTML it cannot translate.
    // A condition or a way on written as a macro is kept out of the story whole (LP411, a NOT
    // IMPORTED comment); other macros are dropped where they stand (LP401).
    void convert(Passage& p) {
        std::vector<Guard> guards;
        int keeping_out = 0;                 // open guards that keep their content out
        std::size_t owner = 0;               // kept_out_ record of the outermost such guard
        std::size_t from_line = 0, from_byte = 0;  // where that region starts in p.raw
        for (std::size_t li = 0; li < p.raw.size(); ++li) {
            const std::string& line = p.raw[li];
            int lineno = p.body_first_line + static_cast<int>(li);
            // Columns are counted on from the last one asked for (positions only grow along a
            // line), so a line with a million links is still read in linear time.
            std::size_t counted_bytes = 0;
            int counted_points = 0;
            auto col = [&](std::size_t byte) {
                if (byte < counted_bytes) counted_bytes = 0, counted_points = 0;
                counted_points += text::codepoints(std::string_view(line).substr(counted_bytes, byte - counted_bytes));
                counted_bytes = byte;
                return 1 + counted_points;
            };
            std::string kept;
            // A dropped macro leaves two spaces where it stood ("You owe <<print $debt>> euros."): one stays.
            auto flush = [&] {
                std::string t;
                for (char c : text::trim(kept))
                    if (!(c == ' ' && !t.empty() && t.back() == ' ')) t += c;
                if (!t.empty()) p.items.push_back({false, std::move(t), {}});
                kept.clear();
            };
            // Opens a region; the outermost one that keeps out starts a record and a comment.
            auto open = [&](Guard g, std::size_t at, const std::string& macro, bool condition,
                            std::string_view args, TweeMacro kind) {
                if (g.keeps_out) {
                    if (keeping_out++ == 0) {
                        flush();
                        owner = kept_out_.size();
                        kept_out_.push_back({macro, condition, false, false, lineno, col(at), {}, twee_macro_label(args)});
                        from_line = li, from_byte = at;
                    }
                    add_targets_to(owner, kind, args);
                    if (kind == TweeMacro::LinkWithBody) p.lost_way_on = true;
                }
                guards.push_back(std::move(g));
            };
            // Closes the innermost region; the outermost keeping-out one becomes a comment.
            auto close = [&](std::size_t end) {
                const bool keeps_out = guards.back().keeps_out;
                guards.pop_back();
                if (keeps_out && --keeping_out == 0) comment_out(p, from_line, from_byte, li, end);
            };
            std::size_t i = 0;
            std::size_t next_gt = line.find('>');
            while (i < line.size()) {
                if (line.compare(i, 2, "[[") == 0) {
                    std::size_t close_at = line.find("]]", i + 2);
                    if (close_at == std::string::npos) {
                        warn("LP406", "link '[[' is never closed with ']]'", lineno, col(i));
                        if (!keeping_out) kept += line.substr(i);
                        break;
                    }
                    std::string inner = line.substr(i + 2, close_at - i - 2);
                    Link link;
                    link.line = lineno;
                    link.column = col(i);
                    if (std::size_t setter = inner.find("]["); setter != std::string::npos) {
                        if (!keeping_out)
                            warn("LP401", "setter link part '" + inner.substr(setter) + "' is not translated", lineno,
                                 col(i + 2 + setter));
                        inner = inner.substr(0, setter);
                    }
                    std::size_t arrow = inner.rfind("->"), back = inner.find("<-"), bar = inner.find('|');
                    if (arrow != std::string::npos) { link.text = inner.substr(0, arrow); link.target = inner.substr(arrow + 2); }
                    else if (back != std::string::npos) { link.target = inner.substr(0, back); link.text = inner.substr(back + 2); }
                    else if (bar != std::string::npos) { link.text = inner.substr(0, bar); link.target = inner.substr(bar + 1); }
                    else { link.text = inner; link.target = inner; }
                    link.text = std::string(text::trim(link.text));
                    link.target = std::string(text::trim(link.target));
                    if (link.text.empty()) link.text = link.target;
                    if (keeping_out) {
                        kept_out_[owner].targets.push_back(link.target);
                        p.lost_way_on = true;
                    } else {
                        p.links.push_back(std::move(link));
                        ++result_.links;
                    }
                    i = close_at + 2;
                    continue;
                }
                if (line.compare(i, 2, "<<") == 0) {
                    std::size_t close_at = line.find(">>", i + 2);
                    std::size_t end = close_at == std::string::npos ? line.size() : close_at + 2;
                    const std::string macro = line.substr(i, std::min<std::size_t>(end - i, 40));
                    std::string name = twee_macro_name(line, i + 2);
                    const std::size_t args_from = i + 2 + name.size();
                    const std::size_t args_end = close_at == std::string::npos ? line.size() : close_at;
                    const std::string_view args = std::string_view(line).substr(args_from, args_end - args_from);
                    if (name.rfind("end", 0) == 0 && !twee_closing_tag(name.substr(3)).empty()) name = "/" + name.substr(3);
                    const TweeMacro kind = classify_twee_macro(name);
                    if (name.size() > 1 && name[0] == '/') {
                        if (!guards.empty() && !guards.back().hook && guards.back().closing == name) close(end);
                        else if (!keeping_out) warn("LP401", "closing tag '" + macro + "' has no opening macro", lineno, col(i));
                    } else if (!twee_closing_tag(name).empty() && (kind == TweeMacro::Condition || kind == TweeMacro::LinkWithBody)) {
                        open({true, false, twee_closing_tag(name), 0}, i, macro, kind == TweeMacro::Condition, args, kind);
                    } else if (kind == TweeMacro::GoTo) {
                        keep_out_now(p, keeping_out, owner, lineno, col(i), li, i, end, macro, args, kind);
                    } else if (!keeping_out) {
                        warn("LP401", "macro '" + macro + "' is not translated", lineno, col(i), twee_macro_hint(name));
                    }
                    i = end;
                    continue;
                }
                if (line[i] == '(' && i + 1 < line.size() && text::is_alpha(line[i + 1])) {
                    std::size_t k = i + 1;
                    while (k < line.size() && (text::is_ident_char(line[k]) || line[k] == '-')) ++k;
                    if (k < line.size() && line[k] == ':') {
                        int depth = 0;
                        std::size_t end = i;
                        for (; end < line.size(); ++end) {
                            if (line[end] == '(') ++depth;
                            else if (line[end] == ')' && --depth == 0) { ++end; break; }
                        }
                        const std::string macro = line.substr(i, std::min<std::size_t>(end - i, 40));
                        const std::string name = line.substr(i + 1, k - i - 1);
                        const std::string_view args = std::string_view(line).substr(k + 1, end > k + 1 ? end - k - 1 : 0);
                        TweeMacro kind = classify_twee_macro(name);
                        if (kind == TweeMacro::Branch) kind = TweeMacro::Condition;  // (else:) guards its hook
                        // A changer's hook follows at once: "(if: $x)[text]"; "[[" is a link, "[[[" a hook with one.
                        const bool hook = end < line.size() && line[end] == '[' &&
                                          (line.compare(end, 2, "[[") != 0 || line.compare(end, 3, "[[[") == 0);
                        if (kind == TweeMacro::GoTo) {
                            keep_out_now(p, keeping_out, owner, lineno, col(i), li, i, end, macro, args, kind);
                        } else if (hook && (kind == TweeMacro::Condition || kind == TweeMacro::LinkWithBody)) {
                            open({true, true, {}, 0}, i, macro, kind == TweeMacro::Condition, args, kind);
                            ++end;
                        } else {
                            if (!keeping_out)
                                warn("LP401", "Harlowe macro '" + macro + "' is not translated", lineno, col(i),
                                     twee_macro_hint(name));
                            if (hook) {
                                open({false, true, {}, 0}, i, macro, false, args, kind);
                                ++end;
                            }
                        }
                        i = end;
                        continue;
                    }
                }
                if (!guards.empty() && guards.back().hook && (line[i] == '[' || line[i] == ']')) {
                    Guard& g = guards.back();
                    if (line[i] == ']' && g.depth == 0) {
                        close(i + 1);
                        ++i;
                        continue;
                    }
                    g.depth += line[i] == '[' ? 1 : -1;
                }
                if ((line[i] == '$' || (line[i] == '_' && (i == 0 || text::is_space(line[i - 1])))) && i + 1 < line.size() &&
                    text::is_alpha(line[i + 1])) {
                    std::size_t k = i + 1;
                    while (k < line.size() && text::is_ident_char(line[k])) ++k;
                    if (!keeping_out)
                        warn("LP401", "story variable '" + line.substr(i, k - i) + "' is not translated", lineno, col(i),
                             "declare a var and interpolate it as {name}");
                    i = k;
                    continue;
                }
                if (line[i] == '<' && i + 1 < line.size() && (text::is_alpha(line[i + 1]) || line[i + 1] == '/')) {
                    if (next_gt != std::string::npos && next_gt < i) next_gt = line.find('>', i);
                    std::size_t close_at = next_gt;  // cached so a line full of '<a' stays linear
                    if (close_at != std::string::npos) {
                        if (!keeping_out)
                            warn("LP401", "HTML '" + line.substr(i, std::min<std::size_t>(close_at + 1 - i, 40)) + "' is not translated",
                                 lineno, col(i));
                        i = close_at + 1;
                        continue;
                    }
                }
                if (keeping_out) kept_out_[owner].shows_text |= !text::is_space(line[i]);
                else kept += line[i];
                ++i;
            }
            flush();
        }
        // A region still open at the end of the passage ends there.
        if (keeping_out) {
            kept_out_[owner].never_closed = true;
            comment_out(p, from_line, from_byte, p.raw.size() - 1, p.raw.empty() ? 0 : p.raw.back().size());
        }
    }

    // A way on written as one macro (<<goto>>, (link-goto:)): kept out on its own, or as part of the
    // region around it.
    void keep_out_now(Passage& p, int keeping_out, std::size_t owner, int lineno, int column, std::size_t li,
                      std::size_t at, std::size_t end, const std::string& macro, std::string_view args, TweeMacro kind) {
        p.lost_way_on = true;
        if (keeping_out) {
            add_targets_to(owner, kind, args);
            return;
        }
        kept_out_.push_back({macro, false, false, false, lineno, column, {}, twee_macro_label(args)});
        add_targets_to(kept_out_.size() - 1, kind, args);
        p.items.push_back({true, p.raw[li].substr(at, end - at), {}});
    }

    void add_targets_to(std::size_t record, TweeMacro kind, std::string_view args) {
        if (kind != TweeMacro::GoTo && kind != TweeMacro::LinkWithBody) return;
        for (std::string& t : twee_macro_targets(kind, args)) kept_out_[record].targets.push_back(std::move(t));
    }

    // The raw text from (l0, b0) to (l1, b1) becomes NOT IMPORTED comment lines of the node.
    void comment_out(Passage& p, std::size_t l0, std::size_t b0, std::size_t l1, std::size_t b1) {
        for (std::size_t l = l0; l <= l1 && l < p.raw.size(); ++l) {
            const std::string& raw = p.raw[l];
            const std::size_t from = l == l0 ? std::min(b0, raw.size()) : 0;
            const std::size_t to = l == l1 ? std::min(b1, raw.size()) : raw.size();
            std::string_view part = text::trim(std::string_view(raw).substr(from, to > from ? to - from : 0));
            if (!part.empty()) p.items.push_back({true, std::string(part), {}});
        }
    }

    // The passages reached from `start` through the links that were translated.
    std::set<std::string> reachable(const std::string& start) const {
        std::map<std::string, const Passage*> by_id;
        for (const Passage& p : passages_) by_id[p.id] = &p;
        std::set<std::string> seen{start};
        std::vector<std::string> todo{start};
        while (!todo.empty()) {
            auto it = by_id.find(todo.back());
            todo.pop_back();
            if (it == by_id.end()) continue;
            for (const Link& l : it->second->links) {
                auto target = by_name_.find(l.target);
                if (target != by_name_.end() && seen.insert(target->second).second) todo.push_back(target->second);
            }
        }
        return seen;
    }

    // LP411 for each thing kept out that changes the story's logic: a condition that guarded text or
    // a way on, a link or goto macro. A condition that guarded neither is only LP401.
    void report_kept_out(const std::string& start) {
        const std::set<std::string> reached = reachable(start);
        for (const KeptOut& k : kept_out_) {
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
            if (k.condition) message += "; what it guards" + (names.empty() ? "" : " (with its ways on to " + names + ")");
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
            if (it == by_name_.end()) warn("LP407", "StoryData start passage '" + start_name_ + "' does not exist", start_line_, 1);
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
            out += "// What could not be translated is kept out of the story in comments marked NOT IMPORTED:\n"
                   "// rewrite each one in .lure before you play the story (lure import-twee lists them).\n";
        out += "scenario: " + slug(title) + "\n";
        out += "title: " + title + "\n";
        out += "start: " + start + "\n";
        out += characters;
        for (const Passage& p : passages_) {
            std::string channel = "narration";
            std::string ending;
            for (const auto& tag : p.tags) {
                if (channel_from_name(tag)) channel = tag;
                if (tag.rfind("ending-", 0) == 0 && ending_class_from_name(tag.substr(7))) ending = tag.substr(7);
            }
            // A passage whose only ways on were kept out is no ending: it stays a dead end (LP202)
            // until the author writes them.
            if (ending.empty() && p.links.empty() && !p.lost_way_on) {
                ending = "safe";
                warn("LP409", "passage '" + p.name + "' has no links; it is imported as 'ending safe'", p.line, 1,
                     "tag the passage ending-harmed / ending-got-help / ending-safe to choose the class");
            }
            out += "\n== " + p.id + " [" + channel + "]" + (ending.empty() ? "" : " ending " + ending) + "\n";
            bool text = false;
            for (const Item& item : p.items) {
                if (item.comment) {
                    out += "// NOT IMPORTED: " + item.text + "\n";
                    continue;
                }
                text = true;
                out += (item.speaker.empty() ? std::string("narrator") : item.speaker) + ": " + escape_text(item.text) + "\n";
            }
            if (!text && ending.empty()) out += "narrator: ...\n";
            if (!ending.empty()) {
                if (!text) out += "narrator: The end.\n";
                continue;
            }
            for (const Link& link : p.links) {
                auto it = by_name_.find(link.target);
                std::string target = it != by_name_.end() ? it->second : make_id(link.target);
                if (it == by_name_.end())
                    warn("LP403", "link to passage '" + link.target + "', which does not exist", link.line, link.column);
                std::string label = replace_arrows(escape_text(link.text));
                out += "+ " + label + " -> " + target + "\n";
            }
        }
        result_.passages = static_cast<int>(passages_.size());
    }

    // Lines such as "Mara: Come to Milan!" (also ''Mara:'' or **Mara:**) become Mara's messages when
    // the same name starts at least two lines; returns the character blocks to write.
    std::string find_speakers() {
        std::map<std::string, int> uses;
        for (Passage& p : passages_)
            for (Item& item : p.items)
                if (!item.comment) {
                    std::string name, rest;
                    if (split_speaker(item.text, name, rest)) ++uses[name];
                }
        std::map<std::string, std::string> ids;
        std::set<std::string> taken{"narrator", "you"};
        std::string blocks;
        for (const auto& [name, count] : uses) {
            if (count < 2) continue;
            if (name == "You") { ids[name] = "you"; continue; }
            std::string id;
            for (char c : name) id += text::is_ident_char(c) ? static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) : '_';
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
        for (Passage& p : passages_)
            for (Item& item : p.items) {
                std::string name, rest;
                if (item.comment || !split_speaker(item.text, name, rest)) continue;
                auto id = ids.find(name);
                if (id == ids.end()) continue;
                item.speaker = id->second;
                item.text = rest;
            }
        return "\n// Speakers found in lines such as \"Name: text\"; check their names and initials.\n" + blocks.substr(1);
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
        if (who.size() >= 2 && (who.substr(who.size() - 2) == "''" || who.substr(who.size() - 2) == "**")) who.remove_suffix(2);
        strip_mark(after);
        if (after.empty() || after[0] != ' ' || text::trim(after).empty() || who.empty() || who.size() > 32) return false;
        int words = 0;
        bool word_start = true;
        for (char c : who) {
            const unsigned char u = static_cast<unsigned char>(c);
            if (c == ' ') { word_start = true; continue; }
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
    std::vector<Passage> passages_;
    std::map<std::string, std::string> by_name_;
    std::vector<KeptOut> kept_out_;
    std::string title_, start_name_;
    int start_line_ = 1;
};

}  // namespace

TweeImport import_twee(std::string_view twee_text, const std::string& filename) {
    return Importer(twee_text, filename).run();
}

}  // namespace lure
