// Language packs: one language's catalogues (hash-keyed, compact: lure::Catalog) in a single file, so the
// web edition fetches a language only when a visitor picks it (scripts/build-steps/l10n-pack.py writes them).
// Format: "LUREPACK 1\n", one "<bytes> <file name>\n" line per file, an empty line, then the files'
// bytes in the same order. Plain C++ (no SDL): the platform module fetches, this unpacks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

struct LanguagePackFile {
  std::string name;        // a bare file name such as "ui.mo" (no directories)
  std::string_view bytes;  // points into the pack passed to parse_language_pack()
};

// Splits `pack` into its files. Returns false (and an explanation in `error`) for anything that is
// not a well-formed pack: wrong header, a name with a path or odd characters, sizes that do not add
// up to the data that follows. Never reads outside `pack`.
bool parse_language_pack(std::string_view pack, std::vector<LanguagePackFile>& files, std::string& error);

// Parses `pack` and writes its files into `dir` (created, with its parents, if missing). Nothing is
// written unless the whole pack is well-formed.
bool unpack_language_pack(std::string_view pack, const std::string& dir, std::string& error);

}  // namespace lureproof
