// A small reader for gettext .po files: entries with msgctxt/msgid/msgstr, fuzzy flags, continued
// strings and C escapes; obsolete (#~) entries and other comments are skipped.
#include "l10n_po.h"

namespace lure {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Decodes one "..." literal; false when malformed.
bool unquote(std::string_view s, std::string& out) {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
    s = s.substr(1, s.size() - 2);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"') return false;
        if (c != '\\') { out += c; continue; }
        if (++i >= s.size()) return false;
        switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'v': out += '\v'; break;
            case '\\': out += '\\'; break;
            case '"': out += '"'; break;
            default:
                if (s[i] >= '0' && s[i] <= '7') {
                    int v = 0, n = 0;
                    while (n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7') { v = v * 8 + (s[i] - '0'); ++i; ++n; }
                    --i;
                    out += static_cast<char>(v);
                } else {
                    return false;
                }
        }
    }
    return true;
}

}  // namespace

PoFile parse_po(std::string_view text) {
    PoFile file;
    PoEntry entry;
    bool started = false, has_msgstr = false, next_fuzzy = false;
    std::string* field = nullptr;
    std::string ignored;  // msgid_plural and msgstr[1..]: read, not kept
    auto finish = [&]() {
        if (started && has_msgstr && !(entry.source.empty() && !entry.has_context)) file.entries.push_back(entry);
        entry = PoEntry();
        started = has_msgstr = false;
        field = nullptr;
    };
    int number = 0;
    std::size_t pos = 0;
    while (pos <= text.size() && file.error.empty()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        ++number;
        if (line.empty()) { field = nullptr; continue; }
        if (line[0] == '#') {
            if (has_msgstr) finish();
            field = nullptr;
            if (line.size() > 1 && line[1] == ',' && line.find("fuzzy") != std::string_view::npos) next_fuzzy = true;
            continue;  // "#~" obsolete entries and all other comments are skipped
        }
        if (line[0] == '"') {
            if (!field || !unquote(line, *field)) { file.error = "unexpected or malformed string"; file.error_line = number; }
            continue;
        }
        std::size_t space = line.find_first_of(" \t");
        std::string_view keyword = line.substr(0, space);
        std::string_view value = space == std::string_view::npos ? std::string_view() : trim(line.substr(space));
        if (keyword == "msgctxt" || (keyword == "msgid" && (has_msgstr || !started))) {
            if (has_msgstr) finish();
            if (!started) { started = true; entry.line = number; entry.fuzzy = next_fuzzy; next_fuzzy = false; }
        }
        if (keyword == "msgctxt") { entry.has_context = true; field = &entry.context; }
        else if (keyword == "msgid") field = &entry.source;
        else if (keyword == "msgid_plural") { ignored.clear(); field = &ignored; }
        else if (keyword == "msgstr" || keyword == "msgstr[0]") { field = &entry.translation; has_msgstr = true; }
        else if (keyword.rfind("msgstr[", 0) == 0) { ignored.clear(); field = &ignored; has_msgstr = true; }
        else { file.error = "unknown keyword '" + std::string(keyword) + "'"; file.error_line = number; break; }
        if (!started) { file.error = "'" + std::string(keyword) + "' before msgid"; file.error_line = number; break; }
        if (!unquote(value, *field)) { file.error = "malformed string"; file.error_line = number; }
    }
    if (file.error.empty()) finish();
    return file;
}

}  // namespace lure
