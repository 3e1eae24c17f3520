// HyphenationTable: parsing the build step's word list and looking words up.
#include "l10n/hyphenation.h"

namespace lureproof {

bool HyphenationTable::parse(std::string_view text, std::string& error) {
  words_.clear();
  return add(text, error);
}

bool HyphenationTable::add(std::string_view text, std::string& error) {
  constexpr std::string_view header = "LUREHYPH 1\n";
  if (text.substr(0, header.size()) != header) {
    error = "line 1: expected \"LUREHYPH 1\"";
    return false;
  }
  size_t at = header.size();
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    std::string word;
    std::vector<size_t> breaks;
    bool ok = !line.empty() && line.front() != '=' && line.back() != '=';
    for (size_t i = 0; ok && i < line.size(); ++i) {
      if (line[i] != '=') {
        word += line[i];
        continue;
      }
      ok = line[i + 1] != '=';  // never past the end: the line does not end with '='
      breaks.push_back(word.size());
    }
    if (ok && !breaks.empty()) words_.emplace(std::move(word), std::move(breaks));
  }
  return true;
}

const std::vector<size_t>* HyphenationTable::breaks(std::string_view word) const {
  if (words_.empty()) return nullptr;
  const auto it = words_.find(std::string(word));
  return it == words_.end() ? nullptr : &it->second;
}

}  // namespace lureproof
