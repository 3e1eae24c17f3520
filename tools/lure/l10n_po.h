// A small reader for gettext .po files (what `lure l10n stats` needs: context, source, translation,
// fuzzy flag). Plain C++ with no CLI dependencies, so it can move into engine/ next to l10n.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lure {

struct PoEntry {
    bool has_context = false;
    std::string context;      // msgctxt
    std::string source;       // msgid
    std::string translation;  // msgstr (msgstr[0] for plural entries)
    bool fuzzy = false;
    int line = 0;             // where the entry starts
};

struct PoFile {
    std::vector<PoEntry> entries;  // without the header entry and obsolete (#~) entries
    std::string error;             // "" when the file was read completely
    int error_line = 0;
};

PoFile parse_po(std::string_view text);

}  // namespace lure
