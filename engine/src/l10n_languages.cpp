// The shipped languages and their own names (endonyms) for the language picker.
#include "lure/l10n.h"

#include <utility>

namespace lure {

namespace {
const std::pair<const char*, const char*> kEndonyms[] = {
    {"en", "English"},  {"ro", "Română"},  {"bg", "Български"}, {"pl", "Polski"},   {"uk", "Українська"},
    {"fr", "Français"}, {"de", "Deutsch"}, {"it", "Italiano"},  {"es", "Español"}, {"el", "Ελληνικά"},
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
    return std::string(code);
}

}  // namespace lure
