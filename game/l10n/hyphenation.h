// Where the long words of one language may break, computed at build time from Debian's hyphenation
// dictionaries (scripts/build-steps/l10n-hyphenation.py, libhyphen) for every word the game can show.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lureproof {

// File format (<assets>/l10n/<lang>/hyphenation.txt, also in the web's language pack):
// "LUREHYPH 1\n", then one word a line with '=' at each place it may break ("Über=sprin=gen").
class HyphenationTable {
 public:
  // Replaces the table with the words of `text`. Returns false (and why, with the line) for a wrong
  // header; malformed word lines (empty parts, '=' at an edge) are skipped, never trusted.
  bool parse(std::string_view text, std::string& error);
  // Adds the words of `text` (the same format) to the table: a story's table on the web, merged into
  // its language's when the story opens. A word already known keeps its break points.
  bool add(std::string_view text, std::string& error);
  // Byte offsets inside `word` (as it is written, case included) where it may break, ascending;
  // nullptr when the table does not know the word.
  const std::vector<size_t>* breaks(std::string_view word) const;
  size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, std::vector<size_t>> words_;
};

// The file name of a language's table inside its l10n directory.
inline constexpr const char* kHyphenationFile = "hyphenation.txt";
// The web edition's table of one story's words beside it, from the story's translation pack (the UI
// pack's table has the UI's, the quiz's and the story picker's; cmake/L10n.cmake).
inline std::string story_hyphenation_file(const std::string& story) { return story + ".hyphenation.txt"; }

// The current UI language's table (tr.h's set_ui_language loads it; empty for English or when the
// file is missing).
const HyphenationTable& ui_hyphenation();

// Merges the table of the story `story` in `code` (<assets_dir>/l10n/<code>/story_hyphenation_file(story)),
// when there is one (the web edition's), into that language's table; called as the story's
// translation is loaded (l10n/scenario_text.h). Natively the language's table has every word already.
void add_story_hyphenation(const std::string& code, const std::string& assets_dir, const std::string& story);

}  // namespace lureproof
