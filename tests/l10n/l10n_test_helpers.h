// Shared helpers for l10n tests: fixture paths, reading files, a tiny .po/.pot reader for checks.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lure/lure.h"
#include "lure/l10n.h"

namespace l10n_test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline lure::Catalog fixture_catalog(std::vector<lure::Diagnostic>& warnings) {
    return lure::load_catalog(std::string(LURE_L10N_FIXTURES) + "/fixture.mo", warnings);
}

// One entry of a .po/.pot file (enough for checks; the real tooling is gettext's).
struct PoEntry {
    std::string context, msgid, msgid_plural;
    std::vector<std::string> msgstr;
    std::vector<std::string> comments;  // translator comments ("# ..."), without the "# "
    bool fuzzy = false, obsolete = false;
};

inline std::string po_unquote(const std::string& line) {
    std::size_t a = line.find('"'), b = line.rfind('"');
    std::string out;
    if (a == std::string::npos || b <= a) return out;
    for (std::size_t i = a + 1; i < b; ++i) {
        if (line[i] == '\\' && i + 1 < b) {
            char c = line[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += line[i];
        }
    }
    return out;
}

inline std::vector<PoEntry> read_po(const std::string& path) {
    std::vector<PoEntry> out;
    std::istringstream in(read_file(path));
    std::string line;
    PoEntry cur;
    std::string* target = nullptr;
    bool fuzzy_next = false;
    std::vector<std::string> comments_next;
    auto flush = [&] {
        if (!cur.msgid.empty() || !cur.msgstr.empty()) out.push_back(cur);
        cur = PoEntry();
        target = nullptr;
    };
    while (std::getline(in, line)) {
        if (line.rfind("#~", 0) == 0) continue;  // obsolete entries are not shipped
        if (line.rfind("#,", 0) == 0) {
            if (target) flush();
            fuzzy_next = line.find("fuzzy") != std::string::npos;
            continue;
        }
        if (line == "#" || line.rfind("# ", 0) == 0) {  // translator comment: belongs to the next entry
            if (target) flush();
            comments_next.push_back(line.size() > 2 ? line.substr(2) : std::string());
            continue;
        }
        if (line.empty() || line[0] == '#') { continue; }
        if (line.rfind("msgctxt ", 0) == 0) {
            if (target) flush();
            cur.fuzzy = fuzzy_next;
            fuzzy_next = false;
            cur.comments = std::move(comments_next);
            comments_next.clear();
            cur.context = po_unquote(line);
            target = &cur.context;
        } else if (line.rfind("msgid_plural ", 0) == 0) {
            cur.msgid_plural = po_unquote(line);
            target = &cur.msgid_plural;
        } else if (line.rfind("msgid ", 0) == 0) {
            if (target && target != &cur.context) flush();
            if (!target) {
                cur.fuzzy = fuzzy_next;
                fuzzy_next = false;
                cur.comments = std::move(comments_next);
                comments_next.clear();
            }
            cur.msgid = po_unquote(line);
            target = &cur.msgid;
        } else if (line.rfind("msgstr", 0) == 0) {
            cur.msgstr.push_back(po_unquote(line));
            target = &cur.msgstr.back();
        } else if (line[0] == '"' && target) {
            *target += po_unquote(line);
        }
    }
    if (target) flush();
    return out;
}

// Language folders under assets/l10n (everything but templates/).
inline std::vector<std::string> shipped_language_dirs() {
    std::vector<std::string> langs;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(std::string(LURE_SOURCE_ASSETS) + "/l10n", ec))
        if (e.is_directory() && e.path().filename() != "templates") langs.push_back(e.path().filename().string());
    std::sort(langs.begin(), langs.end());
    return langs;
}

inline std::vector<std::string> scenario_files() {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(std::string(LURE_SOURCE_ASSETS) + "/scenarios", ec))
        if (e.is_regular_file() && e.path().extension() == ".lure") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace l10n_test
