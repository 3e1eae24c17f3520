// A Twee passage body -> .lure lines. Links and navigation macros become choices and diverts, simple
// <<set>>/<<if>> (and Harlowe's (set:)/(if:)) become assignments and conditions, naked variables
// become {interpolations}. What has no .lure equivalent and decides what a visitor sees or where the
// story goes is kept out whole as NOT IMPORTED comments; other macros are dropped with LP401.
#include <optional>

#include "text_utils.h"
#include "twee_hints.h"
#include "twee_macros.h"
#include "twee_passage.h"

namespace lure {

namespace {

constexpr std::size_t kMaxBodyScan = 4096;  // a link's body is looked for this far along its line

// An open region of a passage.
struct Guard {
    enum class Type { KeepOut, Transparent, If } type = Type::KeepOut;
    bool hook = false;    // Harlowe: closed by ']' instead of a closing tag
    std::string closing;  // SugarCube closing tag, "/if"
    int depth = 0;        // '[' nested inside the hook
};

// A link or button whose body only sets variables and goes somewhere: it becomes a choice.
struct LinkParts {
    std::string label, target;
    std::vector<std::string> sets;
};

// Reads [[text|target][setter]] in a macro's arguments, or its quoted strings.
bool link_from_args(std::string_view args, LinkParts& out, TweeVars& vars) {
    const std::size_t open = args.find("[[");
    if (open != std::string_view::npos) {
        const std::size_t close = args.find("]]", open + 2);
        if (close == std::string_view::npos) return false;
        std::string_view inner = args.substr(open + 2, close - open - 2);
        if (std::size_t setter = inner.find("]["); setter != std::string_view::npos) {
            std::optional<std::vector<std::string>> sets = twee_assignments(inner.substr(setter + 2), false, vars);
            if (!sets) return false;
            out.sets = *sets;
            inner = inner.substr(0, setter);
        }
        std::size_t arrow = inner.rfind("->"), back = inner.find("<-"), bar = inner.find('|');
        if (arrow != std::string_view::npos) {
            out.label = inner.substr(0, arrow);
            out.target = inner.substr(arrow + 2);
        } else if (back != std::string_view::npos) {
            out.target = inner.substr(0, back);
            out.label = inner.substr(back + 2);
        } else if (bar != std::string_view::npos) {
            out.label = inner.substr(0, bar);
            out.target = inner.substr(bar + 1);
        } else out.label = out.target = std::string(inner);
        out.label = std::string(text::trim(out.label));
        out.target = std::string(text::trim(out.target));
        return true;
    }
    out.label = twee_macro_label(args);
    std::vector<std::string> t = twee_macro_targets(TweeMacro::LinkWithBody, args);
    if (!t.empty()) out.target = t.front();
    return !out.label.empty();
}

// A link body made only of (set:)/<<set>> and one (goto:)/<<goto>>, and spaces.
bool read_link_body(std::string_view body, LinkParts& out, TweeVars& vars) {
    std::size_t i = 0;
    while (i < body.size()) {
        if (text::is_space(body[i])) {
            ++i;
            continue;
        }
        const bool sugar = body.compare(i, 2, "<<") == 0;
        const bool harlowe = body[i] == '(';
        if (!sugar && !harlowe) return false;
        const std::size_t end = sugar ? body.find(">>", i) : body.find(')', i);
        if (end == std::string_view::npos) return false;
        std::string_view inside = body.substr(i + (sugar ? 2 : 1), end - i - (sugar ? 2 : 1));
        std::size_t k = 0;
        while (k < inside.size() && (text::is_ident_char(inside[k]) || inside[k] == '-')) ++k;
        const std::string_view name = inside.substr(0, k);
        std::string_view args = inside.substr(k);
        if (harlowe) {
            if (args.empty() || args[0] != ':') return false;
            args.remove_prefix(1);
        }
        if (name == "set" || name == "put") {
            std::optional<std::vector<std::string>> sets = twee_assignments(args, name == "put", vars);
            if (!sets) return false;
            out.sets.insert(out.sets.end(), sets->begin(), sets->end());
        } else if (name == "goto" && out.target.empty()) {
            std::vector<std::string> t = twee_macro_targets(TweeMacro::GoTo, args);
            if (t.empty()) return false;
            out.target = t.front();
        } else {
            return false;
        }
        i = end + (sugar ? 2 : 1);
    }
    return true;
}

// The end of the Harlowe hook that opens at line[open] ('['), or npos when it is not on this line
// within kMaxBodyScan bytes.
std::size_t hook_end(const std::string& line, std::size_t open) {
    int depth = 0;
    const std::size_t limit = std::min(line.size(), open + kMaxBodyScan);
    for (std::size_t k = open; k < limit; ++k) {
        if (line[k] == '[') ++depth;
        else if (line[k] == ']' && --depth == 0) return k;
    }
    return std::string::npos;
}

class BodyReader {
public:
    BodyReader(TweePassage& p, TweeContext& ctx) : p_(p), ctx_(ctx) {}

    void run() {
        for (li_ = 0; li_ < p_.raw.size(); ++li_) read_line();
        settle();
        for (; !guards_.empty(); guards_.pop_back()) {
            if (guards_.back().type != Guard::Type::If) continue;
            ctx_.warn("LP401", "a condition is never closed; it ends with the passage", p_.line, 1,
                      "close it with <</if>>");
            code("endif", --if_depth_);
        }
        if (keeping_out_) {
            ctx_.kept_out[owner_].never_closed = true;
            comment_out(p_.raw.empty() ? 0 : p_.raw.size() - 1, p_.raw.empty() ? 0 : p_.raw.back().size());
        }
    }

private:
    // ---- output --------------------------------------------------------------------------------
    void code(const std::string& line, int depth) { p_.items.push_back({TweeItem::Kind::Code, line, {}, {}, depth}); }

    void flush() {
        std::string t;
        for (char c : text::trim(kept_))
            if (!(c == ' ' && !t.empty() && t.back() == ' ')) t += c;  // a dropped macro leaves two spaces
        if (!t.empty()) p_.items.push_back({TweeItem::Kind::Text, std::move(t), {}, {}, if_depth_});
        kept_.clear();
    }

    // Twine text stays text in .lure: '{', '}', '#' and '\\' are escaped.
    void append(std::string_view t) {
        for (char c : t) {
            if (c == '{' || c == '}' || c == '#' || c == '\\') kept_ += '\\';
            kept_ += c;
        }
    }

    // A Harlowe (if:)[...] chain ends at the first thing that is not (else-if:) or (else:).
    void settle() {
        if (!pending_endif_) return;
        pending_endif_ = false;
        flush();
        code("endif", --if_depth_);
    }

    void choice(const LinkParts& link, bool once, int column) {
        settle();
        flush();
        TweeItem item{
            TweeItem::Kind::Choice, link.label.empty() ? link.target : link.label, link.target, {}, if_depth_};
        item.once = once;
        item.line = lineno(), item.column = column;
        if (!link.sets.empty()) {  // the assignments happen in a step node on the way
            std::string id = p_.id + "_then";
            for (int n = 2; !ctx_.ids.insert(id).second; ++n) id = p_.id + "_then_" + std::to_string(n);
            ctx_.steps.push_back({id, link.sets, link.target});
            item.target = id;
            item.to_id = true;
        }
        p_.items.push_back(std::move(item));
        ++ctx_.ways_on;
        ++ctx_.ways_on_imported;
    }

    void divert(const std::string& target, int column) {
        settle();
        flush();
        TweeItem item{TweeItem::Kind::Divert, {}, target, {}, if_depth_};
        item.line = lineno(), item.column = column;
        p_.items.push_back(std::move(item));
        ++ctx_.ways_on;
        ++ctx_.ways_on_imported;
    }

    // ---- regions -------------------------------------------------------------------------------
    // Opens a region that keeps its content out; the outermost one starts a record and a comment.
    void keep_out(Guard g, std::size_t at, const std::string& macro, bool condition, std::string_view args,
                  TweeMacro kind) {
        if (keeping_out_++ == 0) {
            settle();
            flush();
            owner_ = ctx_.kept_out.size();
            ctx_.kept_out.push_back({macro, condition, false, false, lineno(), col(at), {}, twee_macro_label(args)});
            from_line_ = li_, from_byte_ = at;
        }
        lost(kind, args);
        g.type = Guard::Type::KeepOut;
        guards_.push_back(std::move(g));
    }

    // A way on that is kept out: its passages are noted for LP411. A link that names no passage (it
    // reveals or replaces text, or holds a goto that counts on its own) is no way on.
    void lost(TweeMacro kind, std::string_view args) {
        if (kind != TweeMacro::GoTo && kind != TweeMacro::LinkWithBody) return;
        std::vector<std::string> targets = twee_macro_targets(kind, args);
        if (targets.empty() && kind == TweeMacro::LinkWithBody) return;
        ctx_.ways_on += std::max<int>(1, static_cast<int>(targets.size()));
        p_.lost_way_on = true;
        for (std::string& t : targets) ctx_.kept_out[owner_].targets.push_back(std::move(t));
    }

    // A single macro kept out on its own (or as part of the region around it).
    void keep_out_one(std::size_t at, std::size_t end, const std::string& macro, bool condition, std::string_view args,
                      TweeMacro kind) {
        if (keeping_out_) {
            lost(kind, args);
            return;
        }
        settle();
        flush();
        owner_ = ctx_.kept_out.size();
        ctx_.kept_out.push_back({macro, condition, false, condition, lineno(), col(at), {}, twee_macro_label(args)});
        lost(kind, args);
        p_.items.push_back({TweeItem::Kind::Comment, line().substr(at, end - at)});
    }

    void close(std::size_t end) {
        Guard g = std::move(guards_.back());
        guards_.pop_back();
        if (g.type == Guard::Type::KeepOut) {
            if (--keeping_out_ == 0) comment_out(li_, end);
        } else if (g.type == Guard::Type::If) {
            flush();
            if (g.hook) pending_endif_ = true;  // an (else-if:) or (else:) may follow
            else code("endif", --if_depth_);
        }
    }

    // The raw text from the region's start to (l1, b1) becomes NOT IMPORTED comment lines.
    void comment_out(std::size_t l1, std::size_t b1) {
        for (std::size_t l = from_line_; l <= l1 && l < p_.raw.size(); ++l) {
            const std::string& raw = p_.raw[l];
            const std::size_t from = l == from_line_ ? std::min(from_byte_, raw.size()) : 0;
            const std::size_t to = l == l1 ? std::min(b1, raw.size()) : raw.size();
            std::string_view part = text::trim(std::string_view(raw).substr(from, to > from ? to - from : 0));
            if (!part.empty()) p_.items.push_back({TweeItem::Kind::Comment, std::string(part)});
        }
    }

    // An (if:)/<<if>> chain: a translated condition opens an `if`; an untranslatable one is kept out.
    // `branch` is "elif"/"else" for a later branch of an open chain.
    void condition(std::string_view expr, const std::string& branch, Guard g, std::size_t at, std::size_t end,
                   const std::string& macro, bool negate) {
        std::optional<std::string> x;
        if (branch != "else") x = twee_expression(expr, ctx_.vars);
        if (x && negate) x = "not (" + *x + ")";
        g.type = Guard::Type::If;
        if (branch.empty()) {
            if (!x) {
                keep_out(std::move(g), at, macro, true, expr, TweeMacro::Condition);
                return;
            }
            settle();
            flush();
            code("if " + *x, if_depth_++);
            guards_.push_back(std::move(g));
            return;
        }
        flush();
        if (branch == "else") code("else", if_depth_ - 1);
        else if (x) code("elif " + *x, if_depth_ - 1);
        else {  // this branch never shows until the author rewrites its condition
            code("elif false", if_depth_ - 1);
            keep_out_one(at, end, macro, true, expr, TweeMacro::Condition);
        }
        if (g.hook) guards_.push_back(std::move(g));
    }

    // ---- reading -------------------------------------------------------------------------------
    const std::string& line() const { return p_.raw[li_]; }
    int lineno() const { return p_.body_first_line + static_cast<int>(li_); }
    // Columns are counted on from the last one asked for (positions only grow along a line), so a
    // line with a million links is still read in linear time.
    int col(std::size_t byte) {
        if (byte < counted_bytes_) counted_bytes_ = 0, counted_points_ = 0;
        counted_points_ += text::codepoints(std::string_view(line()).substr(counted_bytes_, byte - counted_bytes_));
        counted_bytes_ = byte;
        return 1 + counted_points_;
    }

    void read_line() {
        counted_bytes_ = 0, counted_points_ = 0;
        next_gt_ = line().find('>');
        next_close_.clear();
        const std::string& s = line();
        std::size_t i = 0;
        while (i < s.size()) {
            if (s.compare(i, 2, "[[") == 0) {
                i = read_link(i);
                continue;
            }
            if (s.compare(i, 2, "<<") == 0) {
                i = read_sugarcube(i);
                continue;
            }
            if (s[i] == '(' && i + 1 < s.size() && text::is_alpha(s[i + 1])) {
                std::size_t k = i + 1;
                while (k < s.size() && (text::is_ident_char(s[k]) || s[k] == '-')) ++k;
                if (k < s.size() && s[k] == ':') {
                    i = read_harlowe(i, k);
                    continue;
                }
            }
            if (!guards_.empty() && guards_.back().hook && (s[i] == '[' || s[i] == ']')) {
                Guard& g = guards_.back();
                if (s[i] == ']' && g.depth == 0) {
                    close(i + 1);
                    ++i;
                    continue;
                }
                g.depth += s[i] == '[' ? 1 : -1;
            }
            if (s[i] == '$' && i + 1 < s.size() && text::is_alpha(s[i + 1])) {
                i = read_variable(i);
                continue;
            }
            if (s[i] == '_' && (i == 0 || text::is_space(s[i - 1])) && i + 1 < s.size() && text::is_alpha(s[i + 1])) {
                std::size_t k = i + 1;
                while (k < s.size() && text::is_ident_char(s[k])) ++k;
                if (!keeping_out_)
                    ctx_.warn("LP401", "temporary variable '" + s.substr(i, k - i) + "' is not translated", lineno(),
                              col(i), "use a var and write {name} in the text (§6, §9)");
                i = k;
                continue;
            }
            if (s[i] == '<' && i + 1 < s.size() && (text::is_alpha(s[i + 1]) || s[i + 1] == '/')) {
                if (next_gt_ != std::string::npos && next_gt_ < i) next_gt_ = s.find('>', i);
                if (next_gt_ != std::string::npos) {  // cached so a line full of '<a' stays linear
                    if (!keeping_out_)
                        ctx_.warn(
                            "LP401",
                            "HTML '" + s.substr(i, std::min<std::size_t>(next_gt_ + 1 - i, 40)) + "' is not translated",
                            lineno(), col(i), "");
                    i = next_gt_ + 1;
                    continue;
                }
            }
            if (keeping_out_) {
                ctx_.kept_out[owner_].shows_text |= !text::is_space(s[i]);
            } else {
                if (!text::is_space(s[i])) settle();
                append(std::string_view(s).substr(i, 1));
            }
            ++i;
        }
        flush();
    }

    std::size_t read_link(std::size_t i) {
        const std::string& s = line();
        const std::size_t close_at = s.find("]]", i + 2);
        if (close_at == std::string::npos) {
            ctx_.warn("LP406", "link '[[' is never closed with ']]'", lineno(), col(i), "");
            if (!keeping_out_) append(std::string_view(s).substr(i));
            return s.size();
        }
        LinkParts link;
        if (keeping_out_) {
            link_from_args(s.substr(i, close_at + 2 - i), link, ctx_.vars);
            ++ctx_.ways_on;
            p_.lost_way_on = true;
            ctx_.kept_out[owner_].targets.push_back(link.target);
            return close_at + 2;
        }
        const int column = col(i);
        if (!link_from_args(s.substr(i, close_at + 2 - i), link, ctx_.vars)) {
            // A setter it cannot translate: the link still goes where it went, without the setter.
            const std::size_t setter = s.find("][", i);
            ctx_.warn("LP401", "setter link part '" + s.substr(setter, close_at - setter) + "' is not translated",
                      lineno(), col(setter + 2), "use 'var' and '~' lines (§6, §11)");
            std::string plain = s.substr(i, setter - i) + "]]";
            link = {};
            link_from_args(plain, link, ctx_.vars);
        }
        choice(link, false, column);
        return close_at + 2;
    }

    std::size_t read_variable(std::size_t i) {
        const std::string& s = line();
        std::size_t k = i + 1;
        while (k < s.size() && text::is_ident_char(s[k])) ++k;
        // "$name." ends a sentence; "$name.length" and "$list[0]" read a property or an index.
        const bool plain =
            k >= s.size() || !((s[k] == '.' && k + 1 < s.size() && text::is_alpha(s[k + 1])) || s[k] == '[');
        if (keeping_out_) return k;
        if (!plain) {
            ctx_.warn("LP401", "story variable '" + s.substr(i, k - i + 1) + "...' is not translated", lineno(), col(i),
                      "declare a var and interpolate it as {name}");
            return k;
        }
        settle();
        const std::string name = twee_var_name(s.substr(i, k - i));
        ctx_.vars[name].printed = true;
        kept_ += "{" + name + "}";
        return k;
    }

    // The closing tag's position for a SugarCube macro with a body, cached along the line.
    std::size_t next_closing(const std::string& tag, std::size_t from) {
        std::size_t& at = next_close_[tag];
        if (at == 0 || (at != std::string::npos && at < from)) at = line().find("<<" + tag + ">>", from);
        return at;
    }

    std::size_t read_sugarcube(std::size_t i) {
        const std::string& s = line();
        const std::size_t close_at = s.find(">>", i + 2);
        const std::size_t end = close_at == std::string::npos ? s.size() : close_at + 2;
        const std::string macro = s.substr(i, std::min<std::size_t>(end - i, 40));
        std::string name = twee_macro_name(s, i + 2);
        const std::size_t args_from = i + 2 + name.size();
        const std::size_t args_end = close_at == std::string::npos ? s.size() : close_at;
        const std::string_view args = std::string_view(s).substr(args_from, args_end - args_from);
        if (name.rfind("end", 0) == 0 && !twee_closing_tag(name.substr(3)).empty()) name = "/" + name.substr(3);
        const TweeMacro kind = classify_twee_macro(name);
        const bool top_if = !guards_.empty() && guards_.back().type == Guard::Type::If && !guards_.back().hook;

        if (name.size() > 1 && name[0] == '/') {
            if (!guards_.empty() && !guards_.back().hook && guards_.back().closing == name) close(end);
            else if (!keeping_out_)
                ctx_.warn("LP401", "closing tag '" + macro + "' has no opening macro", lineno(), col(i), "");
            return end;
        }
        if (keeping_out_) {  // inside a kept-out region only the structure and the ways on are followed
            if (!twee_closing_tag(name).empty())
                guards_.push_back({Guard::Type::KeepOut, false, twee_closing_tag(name)});
            lost(kind, args);
            return end;
        }
        if (name == "if" || name == "unless") {
            condition(args, "", {Guard::Type::If, false, twee_closing_tag(name)}, i, end, macro, name == "unless");
        } else if ((name == "elseif" || name == "else") && top_if) {
            condition(args, name == "else" ? "else" : "elif", {Guard::Type::If, false, "/if"}, i, end, macro, false);
        } else if (name == "switch") {
            keep_out({Guard::Type::KeepOut, false, "/switch"}, i, macro, true, args, kind);
        } else if (kind == TweeMacro::LinkWithBody && !twee_closing_tag(name).empty()) {
            return read_link_macro(i, end, name, macro, args);
        } else if (name == "goto") {
            std::vector<std::string> t = twee_macro_targets(kind, args);
            if (t.empty()) keep_out_one(i, end, macro, false, args, kind);
            else divert(t.front(), col(i));
        } else if (name == "actions" || name == "choice") {
            read_actions(args, col(i));
        } else if (name == "set") {
            if (std::optional<std::vector<std::string>> sets = twee_assignments(args, false, ctx_.vars)) {
                settle();
                flush();
                for (const std::string& l : *sets) code(l, if_depth_);
            } else {
                ctx_.warn("LP401", "macro '" + macro + "' is not translated", lineno(), col(i), twee_macro_hint(name));
            }
        } else if ((name == "print" || name == "=" || name == "-") && print(args)) {
            // the value is in the text
        } else if (kind == TweeMacro::GoTo || kind == TweeMacro::LinkWithBody) {
            keep_out_one(i, end, macro, false, args, kind);
        } else {
            ctx_.warn("LP401", "macro '" + macro + "' is not translated", lineno(), col(i), twee_macro_hint(name));
        }
        return end;
    }

    // <<link "text" "passage">>body<</link>> (or <<button>>) whose body only sets and goes.
    std::size_t read_link_macro(std::size_t i, std::size_t end, const std::string& name, const std::string& macro,
                                std::string_view args) {
        const std::string closing = twee_closing_tag(name);
        const std::size_t close_at = next_closing(closing, end);
        LinkParts link;
        if (close_at != std::string::npos && close_at - end <= kMaxBodyScan && link_from_args(args, link, ctx_.vars) &&
            read_link_body(std::string_view(line()).substr(end, close_at - end), link, ctx_.vars) &&
            !link.target.empty()) {
            choice(link, false, col(i));
            return close_at + closing.size() + 4;
        }
        keep_out({Guard::Type::KeepOut, false, closing}, i, macro, false, args, TweeMacro::LinkWithBody);
        return end;
    }

    // <<actions [[a]] [[b|P]]>> / <<choice [[x]]>>: choices taken once.
    void read_actions(std::string_view args, int column) {
        for (std::size_t open = args.find("[["); open != std::string_view::npos; open = args.find("[[", open + 2)) {
            const std::size_t close = args.find("]]", open + 2);
            if (close == std::string_view::npos) break;
            LinkParts link;
            if (link_from_args(args.substr(open, close + 2 - open), link, ctx_.vars)) choice(link, true, column);
            open = close;
        }
    }

    // <<print $x>> / (print: $x): the value in the text.
    bool print(std::string_view args) {
        std::string_view a = text::trim(args);
        if (a.size() < 2 || a[0] != '$') return false;
        for (char c : a.substr(1))
            if (!text::is_ident_char(c)) return false;
        settle();
        const std::string name = twee_var_name(a);
        ctx_.vars[name].printed = true;
        kept_ += "{" + name + "}";
        return true;
    }

    std::size_t read_harlowe(std::size_t i, std::size_t k) {
        const std::string& s = line();
        int depth = 0;
        std::size_t end = i;
        for (; end < s.size(); ++end) {
            if (s[end] == '(') ++depth;
            else if (s[end] == ')' && --depth == 0) {
                ++end;
                break;
            }
        }
        const std::string macro = s.substr(i, std::min<std::size_t>(end - i, 40));
        const std::string name = s.substr(i + 1, k - i - 1);
        const std::string_view args = std::string_view(s).substr(k + 1, end > k + 1 ? end - k - 2 : 0);
        TweeMacro kind = classify_twee_macro(name);
        // A changer's hook follows at once: "(if: $x)[text]"; "[[" is a link, "[[[" a hook with one.
        const bool hook =
            end < s.size() && s[end] == '[' && (s.compare(end, 2, "[[") != 0 || s.compare(end, 3, "[[[") == 0);
        const bool chain = name == "else-if" || name == "elseif" || name == "else";
        if (!(chain && hook && pending_endif_) && !keeping_out_) settle();

        if (keeping_out_) {
            if (hook) guards_.push_back({Guard::Type::KeepOut, true});
            else lost(kind, args);
            return hook ? end + 1 : end;
        }
        if (hook && (name == "if" || name == "unless")) {
            condition(args, "", {Guard::Type::If, true}, i, end, macro, name == "unless");
            return end + 1;
        }
        if (hook && chain && pending_endif_) {
            pending_endif_ = false;
            condition(args, name == "else" ? "else" : "elif", {Guard::Type::If, true}, i, end, macro, false);
            return end + 1;
        }
        if (hook && (kind == TweeMacro::Condition || kind == TweeMacro::Branch)) {  // a stray (else:)
            keep_out({Guard::Type::KeepOut, true}, i, macro, true, args, kind);
            return end + 1;
        }
        if (hook && kind == TweeMacro::LinkWithBody) {
            const std::size_t close = hook_end(s, end);
            LinkParts link;
            link.label = twee_macro_label(args);
            if (close != std::string::npos && !link.label.empty() &&
                read_link_body(std::string_view(s).substr(end + 1, close - end - 1), link, ctx_.vars) &&
                !link.target.empty()) {
                choice(link, false, col(i));
                return close + 1;
            }
            keep_out({Guard::Type::KeepOut, true}, i, macro, false, args, kind);
            return end + 1;
        }
        if (kind == TweeMacro::GoTo) {
            std::vector<std::string> t = twee_macro_targets(kind, args);
            if (t.empty()) keep_out_one(i, end, macro, false, args, kind);
            else if (name == "goto" || name == "go-to") divert(t.front(), col(i));
            else {
                LinkParts link{name == "click-goto" ? t.front() : twee_macro_label(args), t.front(), {}};
                choice(link, false, col(i));
            }
            if (hook) {  // (link-reveal-goto:)'s hook is shown before going: dropped
                ctx_.warn("LP401", "the hook of '" + macro + "' is not translated", lineno(), col(end), "");
                guards_.push_back({Guard::Type::Transparent, true});
                return end + 1;
            }
            return end;
        }
        if (name == "set" || name == "put") {
            if (std::optional<std::vector<std::string>> sets = twee_assignments(args, name == "put", ctx_.vars)) {
                flush();
                for (const std::string& l : *sets) code(l, if_depth_);
                return end;
            }
        } else if (name == "print" && print(args)) {
            return end;
        }
        ctx_.warn("LP401", "Harlowe macro '" + macro + "' is not translated", lineno(), col(i), twee_macro_hint(name));
        if (hook) {
            guards_.push_back({Guard::Type::Transparent, true});
            return end + 1;
        }
        return end;
    }

    TweePassage& p_;
    TweeContext& ctx_;
    std::vector<Guard> guards_;
    int keeping_out_ = 0;                        // open regions that keep their content out
    std::size_t owner_ = 0;                      // kept_out record of the outermost one
    std::size_t from_line_ = 0, from_byte_ = 0;  // where that region starts in p.raw
    int if_depth_ = 0;
    bool pending_endif_ = false;
    std::size_t li_ = 0;
    std::string kept_;
    std::size_t counted_bytes_ = 0;
    int counted_points_ = 0;
    std::size_t next_gt_ = std::string::npos;
    std::map<std::string, std::size_t> next_close_;
};

}  // namespace

void convert_twee_body(TweePassage& p, TweeContext& ctx) { BodyReader(p, ctx).run(); }

void read_twee_init(const TweePassage& p, TweeContext& ctx) {
    for (std::size_t li = 0; li < p.raw.size(); ++li) {
        const std::string& line = p.raw[li];
        for (std::size_t at = 0; at < line.size();) {
            const bool sugar = line.compare(at, 6, "<<set ") == 0;
            const bool harlowe = line.compare(at, 5, "(set:") == 0 || line.compare(at, 5, "(put:") == 0;
            if (!sugar && !harlowe) {
                ++at;
                continue;
            }
            const std::size_t end = sugar ? line.find(">>", at) : line.find(')', at);
            if (end == std::string::npos) break;
            const std::size_t from = at + (sugar ? 6 : 5);
            std::optional<std::vector<std::string>> sets = twee_assignments(
                std::string_view(line).substr(from, end - from), line.compare(at, 5, "(put:") == 0, ctx.vars, true);
            if (!sets || !sets->empty())
                ctx.warn("LP401",
                         "an initial value in '" + p.name +
                             "' is not a plain value; the variable starts at its type's default",
                         p.body_first_line + static_cast<int>(li), 1, "give it a literal: <<set $x to 0>>");
            at = end + 1;
        }
    }
}

}  // namespace lure
