// The shipped languages and their own names (endonyms) for the language picker and the attract screen;
// the one list of endonyms in the project (the game and the glyph collection use it).
#include "lure/l10n.h"

#include <utility>

namespace lure {

namespace {
const std::pair<const char*, const char*> kEndonyms[] = {
    {"en", "English"},  {"ro", "Română"},  {"bg", "Български"}, {"pl", "Polski"},   {"uk", "Українська"},
    {"fr", "Français"}, {"de", "Deutsch"}, {"it", "Italiano"},  {"es", "Español"}, {"el", "Ελληνικά"},
};
// Languages a kiosk may enable before Lureproof ships them (CONTENT.md section 7): the UI then falls
// back to English, but the picker still names the language in its own words.
const std::pair<const char*, const char*> kOtherEndonyms[] = {
    {"ru", "Русский"},  {"hu", "Magyar"},  {"nl", "Nederlands"}, {"pt", "Português"}, {"cs", "Čeština"},
    {"sk", "Slovenčina"}, {"vi", "Tiếng Việt"}, {"sr", "Srpski"}, {"hr", "Hrvatski"},   {"lt", "Lietuvių"},
};
}  // namespace

const std::vector<std::string>& shipped_languages() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> v;
        for (const auto& [code, name] : kEndonyms) v.emplace_back(code);
        return v;
    }();
    return codes;
}

std::string language_endonym(std::string_view code) {
    for (const auto& [c, name] : kEndonyms)
        if (code == c) return name;
    for (const auto& [c, name] : kOtherEndonyms)
        if (code == c) return name;
    return std::string(code);
}

}  // namespace lure
