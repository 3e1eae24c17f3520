// A reader for gettext .po files: entries with msgctxt/msgid/msgid_plural/msgstr[n], fuzzy flags,
// continued strings, C escapes and the position of every piece; obsolete (#~) entries and other
// comments are skipped. Also fills a Catalog from it, the way msgfmt would.
#include "lure/l10n_po.h"

#include "text_utils.h"

namespace lure {
namespace {

constexpr std::size_t kMaxPoBytes = 64u * 1024u * 1024u;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Decodes one escape at raw[i] (just after the backslash) into out; advances i past it. False when bad.
bool decode_escape(std::string_view raw, std::size_t& i, std::string& out) {
    if (i >= raw.size()) return false;
    switch (raw[i]) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        default: {
            if (raw[i] < '0' || raw[i] > '7') return false;
            int v = 0, n = 0;
            while (n < 3 && i < raw.size() && raw[i] >= '0' && raw[i] <= '7') {
                v = v * 8 + (raw[i] - '0');
                ++i;
                ++n;
            }
            out += static_cast<char>(v);
            return true;
        }
    }
    ++i;
    return true;
}

// Decodes one "..." literal; false when malformed.
bool unquote(std::string_view s, std::string& out) {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
    s = s.substr(1, s.size() - 2);
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '"') return false;
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        ++i;
        if (!decode_escape(s, i, out)) return false;
    }
    return true;
}

}  // namespace

PoFile parse_po(std::string_view text) {
    PoFile file;
    if (text.size() > kMaxPoBytes) {
        file.error = "file larger than 64 MB";
        file.error_line = file.error_column = 1;
        return file;
    }
    PoEntry entry;
    bool started = false, has_msgstr = false, next_fuzzy = false;
    std::string* field = nullptr;
    std::vector<PoPiece>* pieces = nullptr;  // positions kept for msgstr / msgstr[0] only
    std::string ignored;
    auto finish = [&]() {
        if (started && has_msgstr) {
            if (entry.source.empty() && !entry.has_context) {
                if (file.header_line == 0) {
                    file.header = entry.translation;
                    file.header_line = entry.line;
                }
            } else {
                if (!entry.plurals.empty()) entry.translation = entry.plurals.front();
                file.entries.push_back(std::move(entry));
            }
        }
        entry = PoEntry();
        started = has_msgstr = false;
        field = nullptr;
        pieces = nullptr;
    };
    auto fail = [&](const std::string& why, int line, int column) {
        file.error = why;
        file.error_line = line;
        file.error_column = column;
    };
    int number = 0;
    std::size_t pos = 0;
    while (pos <= text.size() && file.error.empty()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view full = text.substr(pos, end - pos);
        std::string_view line = trim(full);
        pos = end + 1;
        ++number;
        if (line.empty()) {
            field = nullptr;
            pieces = nullptr;
            continue;
        }
        const int column = static_cast<int>(full.find_first_not_of(" \t")) + 1;
        if (line[0] == '#') {
            if (has_msgstr) finish();
            field = nullptr;
            pieces = nullptr;
            if (line.size() > 1 && line[1] == ',' && line.find("fuzzy") != std::string_view::npos) next_fuzzy = true;
            continue;  // "#~" obsolete entries and all other comments are skipped
        }
        if (line[0] == '"') {
            if (!field || !unquote(line, *field)) {
                fail("unexpected or malformed string", number, column);
                continue;
            }
            if (pieces) pieces->push_back({number, column + 1, std::string(line.substr(1, line.size() - 2))});
            continue;
        }
        std::size_t space = line.find_first_of(" \t");
        std::string_view keyword = line.substr(0, space);
        std::string_view value = space == std::string_view::npos ? std::string_view() : trim(line.substr(space));
        const int value_column = column + static_cast<int>(line.size() - value.size());
        if (keyword == "msgctxt" || (keyword == "msgid" && (has_msgstr || !started))) {
            if (has_msgstr) finish();
            if (!started) {
                started = true;
                entry.line = number;
                entry.fuzzy = next_fuzzy;
                next_fuzzy = false;
            }
        }
        pieces = nullptr;
        if (keyword == "msgctxt") {
            entry.has_context = true;
            field = &entry.context;
            entry.context_line = number;
            entry.context_column = value_column + 1;
        } else if (keyword == "msgid") {
            field = &entry.source;
        } else if (keyword == "msgid_plural") {
            field = &entry.source_plural;
        } else if (keyword == "msgstr") {
            field = &entry.translation;
            pieces = &entry.translation_pieces;
            has_msgstr = true;
        } else if (keyword.rfind("msgstr[", 0) == 0 && keyword.size() > 8 && keyword.back() == ']') {
            if (entry.plurals.size() > 64) {
                fail("too many plural forms", number, column);
                break;
            }
            entry.plurals.emplace_back();
            field = &entry.plurals.back();
            if (entry.plurals.size() == 1) pieces = &entry.translation_pieces;
            has_msgstr = true;
        } else {
            fail("unknown keyword '" + std::string(keyword) + "'", number, column);
            break;
        }
        if (!started) {
            fail("'" + std::string(keyword) + "' before msgid", number, column);
            break;
        }
        if (!unquote(value, *field)) {
            fail("malformed string", number, value_column);
            break;
        }
        if (pieces) pieces->push_back({number, value_column + 1, std::string(value.substr(1, value.size() - 2))});
    }
    if (file.error.empty()) finish();
    return file;
}

std::string po_header_field(const PoFile& po, std::string_view field) {
    std::string_view h = po.header;
    while (!h.empty()) {
        const std::size_t nl = h.find('\n');
        std::string_view line = h.substr(0, nl);
        h = nl == std::string_view::npos ? std::string_view() : h.substr(nl + 1);
        const std::size_t colon = line.find(':');
        if (colon != std::string_view::npos && line.substr(0, colon) == field)
            return std::string(trim(line.substr(colon + 1)));
    }
    return "";
}

std::pair<int, int> po_position(const PoEntry& entry, std::size_t offset) {
    std::size_t decoded = 0;
    for (const PoPiece& piece : entry.translation_pieces) {
        std::string scratch;
        for (std::size_t i = 0; i < piece.raw.size();) {
            if (decoded + scratch.size() >= offset)
                return {piece.line, piece.column + text::codepoints(std::string_view(piece.raw).substr(0, i))};
            if (piece.raw[i] != '\\') {
                scratch += piece.raw[i++];
                continue;
            }
            ++i;
            if (!decode_escape(piece.raw, i, scratch)) break;
        }
        decoded += scratch.size();
    }
    if (entry.translation_pieces.empty()) return {entry.line, 1};
    const PoPiece& last = entry.translation_pieces.back();
    return {last.line, last.column + text::codepoints(last.raw)};
}

}  // namespace lure

namespace lure {

bool Catalog::load_po(std::string_view text, const std::string& name, std::vector<Diagnostic>& warnings) {
    reset(name);
    const PoFile po = parse_po(text);
    if (!po.error.empty()) {
        warnings.push_back({"L10N002", Severity::Warning,
                            "broken catalogue (" + po.error + "); showing the source text", name, po.error_line,
                            po.error_column, "fix the .po file there (lure l10n check shows every problem)"});
        return false;
    }
    header_text_ = po.header;
    entries_.reserve(po.entries.size());
    for (const PoEntry& e : po.entries) {
        if (e.fuzzy || e.translation.empty()) continue;
        std::string value = e.translation;
        for (std::size_t k = 1; k < e.plurals.size(); ++k) value += std::string(1, '\0') + e.plurals[k];
        entries_.emplace(e.has_context ? e.context + '\x04' + e.source : e.source, std::move(value));
    }
    return finish_load(name, warnings).empty();
}

}  // namespace lure
