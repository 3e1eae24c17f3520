// The languages Lureproof ships or plans to ship, with their own names (endonyms): the one list of
// languages in the project (the kiosk's known languages, the language picker, the glyph collection).
#include "lure/l10n.h"

namespace lure {

namespace {
struct Language {
    const char* code;
    const char* endonym;  // nullptr: the fonts carry none of its script, so the picker shows the code
    bool shipped;
    bool right_to_left = false;  // written right to left (and shaped): drawn through platform::complex_text
};
// Shipped languages first, English first; then the planned ones (docs/localisation.md: the top
// victim nationalities in the EC's Fifth Report, plus Pidgin and Darija), which a kiosk may enable
// before Lureproof ships them: the UI then falls back to English, but the picker still names them.
const Language kLanguages[] = {
    {"en", "English", true},        {"ro", "Română", true},   {"bg", "Български", true},   {"pl", "Polski", true},
    {"uk", "Українська", true},     {"fr", "Français", true}, {"de", "Deutsch", true},     {"it", "Italiano", true},
    {"es", "Español", true},        {"el", "Ελληνικά", true}, {"pt", "Português", true},   {"nl", "Nederlands", true},
    {"hu", "Magyar", true},         {"cs", "Čeština", true},  {"sk", "Slovenčina", true},  {"ru", "Русский", true},
    {"ar", "العربية", false, true}, {"zh", nullptr, false},   {"vi", "Tiếng Việt", false}, {"pcm", "Naijá", false},
    {"ary", nullptr, false, true},  {"sq", "Shqip", false},
};

std::vector<std::string> codes(bool shipped_only) {
    std::vector<std::string> v;
    for (const Language& l : kLanguages)
        if (l.shipped || !shipped_only) v.emplace_back(l.code);
    return v;
}
}  // namespace

const std::vector<std::string>& shipped_languages() {
    static const std::vector<std::string> shipped = codes(true);
    return shipped;
}

const std::vector<std::string>& planned_languages() {
    static const std::vector<std::string> planned = codes(false);
    return planned;
}

std::string language_endonym(std::string_view code) {
    for (const Language& l : kLanguages)
        if (code == l.code && l.endonym) return l.endonym;
    return std::string(code);
}

bool language_right_to_left(std::string_view code) {
    for (const Language& l : kLanguages)
        if (code == l.code) return l.right_to_left;
    return false;
}

}  // namespace lure
