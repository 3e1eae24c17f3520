// Twee 3 -> .lure: passages become nodes (tags naming a channel or `ending-<class>` are honoured),
// links become sticky choices, text becomes narrator lines. Macros, variables and HTML that have
// no .lure equivalent are dropped with an LP401 warning at their position.
#include "lure/twee.h"

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "lure/scenario.h"
#include "text_utils.h"
#include "twee_hints.h"

namespace lure {

namespace {

struct Link { std::string text, target; int line = 0, column = 0; };

struct Passage {
    std::string name, id;
    std::vector<std::string> tags;
    std::vector<std::string> lines;  // cleaned narrator lines
    std::vector<Link> links;
    int line = 0;
    int body_first_line = 0;
    std::vector<std::string> raw;    // raw body lines
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
        const std::string c(code);
        Severity sev = c == "LP400" || c == "LP405" || c == "LP410" ? Severity::Error : Severity::Warning;
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

    void convert(Passage& p) {
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
            std::size_t i = 0;
            std::size_t next_gt = line.find('>');
            while (i < line.size()) {
                if (line.compare(i, 2, "[[") == 0) {
                    std::size_t close = line.find("]]", i + 2);
                    if (close == std::string::npos) {
                        warn("LP406", "link '[[' is never closed with ']]'", lineno, col(i));
                        kept += line.substr(i);
                        break;
                    }
                    std::string inner = line.substr(i + 2, close - i - 2);
                    Link link;
                    link.line = lineno;
                    link.column = col(i);
                    if (std::size_t setter = inner.find("]["); setter != std::string::npos) {
                        warn("LP401", "setter link part '" + inner.substr(setter) + "' is not translated", lineno, col(i + 2 + setter));
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
                    p.links.push_back(std::move(link));
                    ++result_.links;
                    i = close + 2;
                    continue;
                }
                if (line.compare(i, 2, "<<") == 0) {
                    std::size_t close = line.find(">>", i + 2);
                    std::size_t end = close == std::string::npos ? line.size() : close + 2;
                    warn("LP401", "macro '" + line.substr(i, std::min<std::size_t>(end - i, 40)) + "' is not translated", lineno, col(i),
                         twee_macro_hint(twee_macro_name(line, i + 2)));
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
                        warn("LP401", "Harlowe macro '" + line.substr(i, std::min<std::size_t>(end - i, 40)) + "' is not translated",
                             lineno, col(i), twee_macro_hint(line.substr(i + 1, k - i - 1)));
                        i = end;
                        continue;
                    }
                }
                if ((line[i] == '$' || (line[i] == '_' && (i == 0 || text::is_space(line[i - 1])))) && i + 1 < line.size() &&
                    text::is_alpha(line[i + 1])) {
                    std::size_t k = i + 1;
                    while (k < line.size() && text::is_ident_char(line[k])) ++k;
                    warn("LP401", "story variable '" + line.substr(i, k - i) + "' is not translated", lineno, col(i),
                         "declare a var and interpolate it as {name}");
                    i = k;
                    continue;
                }
                if (line[i] == '<' && i + 1 < line.size() && (text::is_alpha(line[i + 1]) || line[i + 1] == '/')) {
                    if (next_gt != std::string::npos && next_gt < i) next_gt = line.find('>', i);
                    std::size_t close = next_gt;  // cached so a line full of '<a' stays linear
                    if (close != std::string::npos) {
                        warn("LP401", "HTML '" + line.substr(i, std::min<std::size_t>(close + 1 - i, 40)) + "' is not translated",
                             lineno, col(i));
                        i = close + 1;
                        continue;
                    }
                }
                kept += line[i];
                ++i;
            }
            std::string_view t = text::trim(kept);
            if (!t.empty()) p.lines.push_back(escape_text(t));
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
        out += "// Imported from " + file_ + " (Twee 3). Review the warnings, then add the header details.\n";
        out += "scenario: " + slug(title) + "\n";
        out += "title: " + title + "\n";
        out += "start: " + start + "\n";
        for (const Passage& p : passages_) {
            std::string channel = "narration";
            std::string ending;
            for (const auto& tag : p.tags) {
                if (channel_from_name(tag)) channel = tag;
                if (tag.rfind("ending-", 0) == 0 && ending_class_from_name(tag.substr(7))) ending = tag.substr(7);
            }
            if (ending.empty() && p.links.empty()) {
                ending = "safe";
                warn("LP409", "passage '" + p.name + "' has no links; it is imported as 'ending safe'", p.line, 1,
                     "tag the passage ending-harmed / ending-got-help / ending-safe to choose the class");
            }
            out += "\n== " + p.id + " [" + channel + "]" + (ending.empty() ? "" : " ending " + ending) + "\n";
            for (const auto& l : p.lines) out += "narrator: " + l + "\n";
            if (p.lines.empty() && ending.empty()) out += "narrator: ...\n";
            if (!ending.empty()) {
                if (p.lines.empty()) out += "narrator: The end.\n";
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

    std::string_view text_;
    std::string file_;
    TweeImport result_;
    std::vector<Passage> passages_;
    std::map<std::string, std::string> by_name_;
    std::string title_, start_name_;
    int start_line_ = 1;
};

}  // namespace

TweeImport import_twee(std::string_view twee_text, const std::string& filename) {
    return Importer(twee_text, filename).run();
}

}  // namespace lure
