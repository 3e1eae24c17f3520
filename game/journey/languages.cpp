// Own names of the languages Lureproof is likely to ship (CONTENT.md §7).
#include "journey/languages.h"

#include <utility>

std::string language_own_name(const std::string& code) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"en", "English"},    {"ro", "Română"},  {"bg", "Български"}, {"pl", "Polski"},     {"uk", "Українська"},
      {"ru", "Русский"},    {"fr", "Français"}, {"de", "Deutsch"},  {"it", "Italiano"},   {"es", "Español"},
      {"el", "Ελληνικά"},   {"hu", "Magyar"},  {"nl", "Nederlands"}, {"pt", "Português"}, {"cs", "Čeština"},
      {"sk", "Slovenčina"}, {"vi", "Tiếng Việt"}, {"sr", "Srpski"}, {"hr", "Hrvatski"},   {"lt", "Lietuvių"},
  };
  for (const auto& [c, name] : kNames)
    if (code == c) return name;
  return code;
}
