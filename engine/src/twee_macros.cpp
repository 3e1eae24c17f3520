// Which Twine macros decide what is shown or where the story goes, and the passages they name.
#include "twee_macros.h"

#include <initializer_list>

#include "text_utils.h"

namespace lure {

namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

// The quoted strings ("..." or '...') of a macro's arguments, in order.
std::vector<std::string> quoted(std::string_view args) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const char q = args[i];
        if (q != '"' && q != '\'') continue;
        std::string s;
        std::size_t k = i + 1;
        for (; k < args.size() && args[k] != q; ++k) {
            if (args[k] == '\\' && k + 1 < args.size()) ++k;
            s += args[k];
        }
        out.push_back(s);
        i = k;
    }
    return out;
}

}  // namespace

std::string twee_macro_name(const std::string& line, std::size_t at) {
    std::size_t end = at;
    if (end < line.size() && line[end] == '/') ++end;
    while (end < line.size() && (text::is_ident_char(line[end]) || line[end] == '-')) ++end;
    return line.substr(at, end - at);
}

TweeMacro classify_twee_macro(std::string_view name) {
    if (one_of(name, {"if", "unless", "switch", "else-if", "elseif"})) return TweeMacro::Condition;
    if (one_of(name, {"else", "case", "default"})) return TweeMacro::Branch;
    if (one_of(name, {"link", "button", "click", "link-reveal", "link-repeat", "link-rerun", "click-replace",
                      "click-append", "click-prepend", "link-replace", "link-append", "link-prepend"}))
        return TweeMacro::LinkWithBody;
    if (one_of(name, {"goto", "actions", "choice", "link-goto", "click-goto", "link-reveal-goto", "go-to"}))
        return TweeMacro::GoTo;
    if (one_of(name, {"back", "return", "undo", "link-undo"})) return TweeMacro::Back;
    return TweeMacro::Other;
}

std::string twee_closing_tag(std::string_view name) {
    if (one_of(name, {"if", "unless", "switch", "link", "button", "click"})) return "/" + std::string(name);
    return "";
}

std::vector<std::string> twee_macro_targets(TweeMacro kind, std::string_view args) {
    std::vector<std::string> targets;
    for (std::size_t open = args.find("[["); open != std::string_view::npos; open = args.find("[[", open + 2)) {
        const std::size_t close = args.find("]]", open + 2);
        if (close == std::string_view::npos) break;
        std::string_view inner = args.substr(open + 2, close - open - 2);
        if (std::size_t setter = inner.find("]["); setter != std::string_view::npos) inner = inner.substr(0, setter);
        if (std::size_t arrow = inner.rfind("->"); arrow != std::string_view::npos) inner = inner.substr(arrow + 2);
        else if (std::size_t back = inner.find("<-"); back != std::string_view::npos) inner = inner.substr(0, back);
        else if (std::size_t bar = inner.find('|'); bar != std::string_view::npos) inner = inner.substr(bar + 1);
        targets.emplace_back(text::trim(inner));
        open = close;
    }
    if (!targets.empty()) return targets;
    std::vector<std::string> q = quoted(args);
    if (q.size() >= (kind == TweeMacro::LinkWithBody ? 2u : 1u)) targets.push_back(q.back());
    return targets;
}

std::string twee_macro_label(std::string_view args) {
    std::vector<std::string> q = quoted(args);
    return q.empty() ? std::string() : q.front();
}

}  // namespace lure
