// GNU .mo catalogues: bounds-checked reading (either byte order), context and plural lookups.
// A missing or broken file is a warning (data), never a crash: lookups then return the source text.
#include "lure/l10n.h"

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace lure {

namespace {

constexpr std::uint32_t kMagic = 0x950412deu;
constexpr std::size_t kMaxMoBytes = 64u * 1024u * 1024u;
constexpr std::uint32_t kMaxStrings = 1000000u;

Diagnostic warning(const char* code, std::string message, const std::string& file, std::string hint = "") {
    return {code, Severity::Warning, std::move(message), file, 0, 0, std::move(hint)};
}

std::uint32_t read_u32(std::string_view b, std::size_t at, bool big_endian) {
    auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + k])); };
    return big_endian ? (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3)
                      : (byte(3) << 24) | (byte(2) << 16) | (byte(1) << 8) | byte(0);
}

std::string key_of(std::string_view context, std::string_view msgid) {
    std::string key;
    key.reserve(context.size() + msgid.size() + 1);
    if (!context.empty()) {
        key.append(context);
        key.push_back('\x04');
    }
    key.append(msgid);
    return key;
}

// The n-th '\0'-separated form of a translation ("" when there is no such form).
std::string_view form(const std::string& forms, int n) {
    std::string_view rest = forms;
    for (int i = 0; i < n; ++i) {
        std::size_t z = rest.find('\0');
        if (z == std::string_view::npos) return {};
        rest = rest.substr(z + 1);
    }
    return rest.substr(0, rest.find('\0'));
}

// The language packs' compact catalogue (scripts/build-steps/l10n-pack.py): kKeyedMagic, the header text, then per
// string the 8 hex digits of its key (l10n_key_hash) and its translation ('\0'-joined plural forms).
// The header and every string end with a 0xff byte, which UTF-8 text never contains.
constexpr std::string_view kKeyedMagic = "LUREKEYS 1\n";

bool read_keyed(std::string_view b, std::unordered_map<std::string, std::string>& entries, std::string& header,
                std::string& why) {
    std::size_t end = b.find('\xff');
    if (end == std::string_view::npos) {
        why = "keyed catalogue: its header has no end";
        return false;
    }
    header = std::string(b.substr(0, end));
    b.remove_prefix(end + 1);
    while (!b.empty()) {
        if (entries.size() >= kMaxStrings) {
            why = "too many strings";
            return false;
        }
        end = b.find('\xff');
        const std::string at = "keyed catalogue: string " + std::to_string(entries.size());
        if (end == std::string_view::npos || end < 8) {
            why = at + " is cut short";
            return false;
        }
        for (char c : b.substr(0, 8)) {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                why = at + " has no 8 hex digit key";
                return false;
            }
        }
        entries.emplace(std::string(b.substr(0, 8)), std::string(b.substr(8, end - 8)));
        b.remove_prefix(end + 1);
    }
    return true;
}

}  // namespace

void Catalog::reset(const std::string& name) {
    entries_.clear();
    header_text_.clear();
    language_.clear();
    hashed_keys_ = false;
    name_ = name;
    plural_ = PluralRule();
}

bool Catalog::load_mo(std::string_view b, const std::string& name, std::vector<Diagnostic>& warnings) {
    reset(name);
    auto broken = [&](const std::string& why) {
        entries_.clear();
        warnings.push_back(warning("L10N002", "broken catalogue (" + why + "); showing the source text", name,
                                   "recompile it with: msgfmt --check -o file.mo file.po"));
        return false;
    };
    if (b.size() > kMaxMoBytes) return broken("file larger than 64 MB");
    if (b.substr(0, kKeyedMagic.size()) == kKeyedMagic) {
        std::string why;
        if (!read_keyed(b.substr(kKeyedMagic.size()), entries_, header_text_, why)) return broken(why);
        if (header("X-Lureproof-Keys").empty()) return broken("a keyed catalogue without X-Lureproof-Keys");
        why = finish_load(name, warnings);
        return why.empty() || broken(why);
    }
    if (b.size() < 28) return broken("file too short for a .mo header");
    bool big = false;
    if (read_u32(b, 0, false) == kMagic) big = false;
    else if (read_u32(b, 0, true) == kMagic) big = true;
    else return broken("not a GNU .mo file: wrong magic number");
    std::uint32_t revision = read_u32(b, 4, big);
    if ((revision >> 16) > 1) return broken("unsupported .mo revision " + std::to_string(revision >> 16));
    std::uint32_t count = read_u32(b, 8, big);
    std::uint32_t originals = read_u32(b, 12, big), translations = read_u32(b, 16, big);
    if (count > kMaxStrings) return broken("too many strings");
    auto table_ok = [&](std::uint32_t at) {
        return static_cast<std::uint64_t>(at) + static_cast<std::uint64_t>(count) * 8u <= b.size();
    };
    if (!table_ok(originals) || !table_ok(translations)) return broken("string table outside the file");
    auto string_at = [&](std::uint32_t table, std::uint32_t i, std::string_view& out) {
        std::uint32_t len = read_u32(b, table + i * 8u, big), off = read_u32(b, table + i * 8u + 4u, big);
        if (static_cast<std::uint64_t>(off) + len > b.size()) return false;
        out = b.substr(off, len);
        return true;
    };
    entries_.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string_view original, translation;
        if (!string_at(originals, i, original) || !string_at(translations, i, translation))
            return broken("string " + std::to_string(i) + " points outside the file");
        std::string_view key = original.substr(0, original.find('\0'));  // drop msgid_plural
        if (key.empty()) {
            header_text_ = std::string(translation);
            continue;
        }
        entries_.emplace(std::string(key), std::string(translation));
    }
    const std::string why = finish_load(name, warnings);
    return why.empty() || broken(why);
}

std::string Catalog::finish_load(const std::string& name, std::vector<Diagnostic>& warnings) {
    const std::string keys = header("X-Lureproof-Keys");
    if (!keys.empty() && keys != "fnv1a64-32") return "unknown key scheme '" + keys + "'";
    hashed_keys_ = !keys.empty();
    language_ = header("Language");
    std::string content_type = header("Content-Type");
    if (!content_type.empty() && content_type.find("charset=UTF-8") == std::string::npos &&
        content_type.find("charset=utf-8") == std::string::npos)
        warnings.push_back(warning("L10N004", "catalogue is not UTF-8 (" + content_type + ")", name,
                                   "save the .po as UTF-8 and set charset=UTF-8 in its header"));
    std::string forms = header("Plural-Forms");
    if (!forms.empty()) {
        std::string error;
        if (!plural_.parse(forms, error))
            warnings.push_back(warning("L10N003", "unusable Plural-Forms: " + error + "; using n != 1", name,
                                       "copy the Plural-Forms line for the language from the gettext manual"));
    }
    return "";
}

std::string Catalog::header(std::string_view field) const {
    std::string_view h = header_text_;
    while (!h.empty()) {
        std::size_t nl = h.find('\n');
        std::string_view line = h.substr(0, nl);
        if (line.size() > field.size() && line.substr(0, field.size()) == field && line[field.size()] == ':') {
            std::string_view v = line.substr(field.size() + 1);
            while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            return std::string(v);
        }
        if (nl == std::string_view::npos) break;
        h.remove_prefix(nl + 1);
    }
    return {};
}

std::string l10n_key_hash(std::string_view key) {
    std::uint64_t h = 0xcbf29ce484222325u;  // FNV-1a 64, of which the low 32 bits are kept
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    static const char digits[] = "0123456789abcdef";
    std::string hex(8, '0');
    for (int i = 7; i >= 0; --i, h >>= 4) hex[static_cast<std::size_t>(i)] = digits[h & 0xf];
    return hex;
}

const std::string* Catalog::find(std::string_view context, std::string_view msgid) const {
    auto it = entries_.find(hashed_keys_ ? l10n_key_hash(key_of(context, msgid)) : key_of(context, msgid));
    if (it == entries_.end() || it->second.empty() || it->second[0] == '\0') return nullptr;
    return &it->second;
}

std::string_view Catalog::get(std::string_view context, std::string_view msgid) const {
    const std::string* t = find(context, msgid);
    return t ? form(*t, 0) : msgid;
}

std::string_view Catalog::get_plural(std::string_view context, std::string_view singular, std::string_view plural,
                                     unsigned long n) const {
    if (const std::string* t = find(context, singular)) {
        std::string_view f = form(*t, plural_.index(n));
        if (!f.empty()) return f;
    }
    return n == 1 ? singular : plural;
}

Catalog load_catalog(const std::string& path, std::vector<Diagnostic>& warnings) {
    Catalog catalog;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        warnings.push_back(warning("L10N001", "no catalogue at " + path + "; showing the source text", path,
                                   "build the .mo files (cmake --build ...) or check the language code"));
        return catalog;
    }
    std::string bytes;
    char buffer[16384];
    std::size_t got = 0;
    bool too_big = false;
    while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > kMaxMoBytes) {
            too_big = true;
            break;
        }
    }
    std::fclose(f);
    if (too_big) bytes.resize(kMaxMoBytes + 1);
    catalog.load_mo(bytes, path, warnings);
    return catalog;
}

}  // namespace lure
