// The current UI catalogue and tr()/trn(); loaded catalogues are cached for the program's lifetime.
#include "l10n/tr.h"

#include "l10n/hyphenation.h"
#include "lure/file_source.h"

#include <cstdarg>
#include <cstdio>
#include <map>

namespace lureproof {

namespace {
struct UiState {
  std::map<std::string, lure::Catalog> loaded;  // by language code (node-based: stable addresses)
  const lure::Catalog* current = nullptr;
  std::map<std::string, HyphenationTable> hyphenation;  // by language code, loaded with the catalogue
  const HyphenationTable* current_hyphenation = nullptr;
  std::string code = "en";
};
UiState& state() {
  static UiState s;
  return s;
}
// A language's hyphenation table, read on first use. A missing or broken table only costs the
// dictionary's break points (long words then break where they must, with a hyphen): no warning.
HyphenationTable& hyphenation_of(const std::string& code, const std::string& assets_dir) {
  auto [hy, added] = state().hyphenation.emplace(code, HyphenationTable{});
  if (added) {
    std::string error;
    if (const std::optional<std::string> text =
            lure::DiskFileSource().read(assets_dir + "/l10n/" + code + "/" + kHyphenationFile))
      hy->second.parse(*text, error);
  }
  return hy->second;
}
const lure::Catalog& empty_catalog() {
  static const lure::Catalog empty;
  return empty;
}
}  // namespace

const char* tr(const char* english) {
  const lure::Catalog* c = state().current;
  if (!c || !english) return english;
  const std::string* t = c->find({}, english);
  return t ? t->c_str() : english;  // the singular form ends at the first NUL
}

const char* trn(const char* singular, const char* plural, long n) {
  const unsigned long count = n < 0 ? static_cast<unsigned long>(-n) : static_cast<unsigned long>(n);
  const lure::Catalog* c = state().current;
  if (!c) return count == 1 ? singular : plural;
  // get_plural returns a view into the catalogue's storage (NUL-terminated forms) or an argument.
  return c->get_plural({}, singular, plural, count).data();
}

std::string catalog_path(const std::string& assets_dir, const std::string& code, const std::string& name) {
  return assets_dir + "/l10n/" + code + "/" + name + ".mo";
}

std::vector<lure::Diagnostic> set_ui_language(const std::string& code, const std::string& assets_dir) {
  std::vector<lure::Diagnostic> warnings;
  UiState& s = state();
  s.code = code;
  if (code == "en" || code.empty()) {
    s.current = nullptr;
    s.current_hyphenation = nullptr;
    return warnings;
  }
  auto it = s.loaded.find(code);
  if (it == s.loaded.end())
    it = s.loaded.emplace(code, lure::load_catalog(catalog_path(assets_dir, code, "ui"), warnings)).first;
  s.current = &it->second;
  s.current_hyphenation = &hyphenation_of(code, assets_dir);
  return warnings;
}

void add_story_hyphenation(const std::string& code, const std::string& assets_dir, const std::string& story) {
  if (code == "en" || code.empty()) return;
  const std::string path = assets_dir + "/l10n/" + code + "/" + story_hyphenation_file(story);
  std::string error;
  if (const std::optional<std::string> text = lure::DiskFileSource().read(path))
    hyphenation_of(code, assets_dir).add(*text, error);
}

const HyphenationTable& ui_hyphenation() {
  static const HyphenationTable empty;
  return state().current_hyphenation ? *state().current_hyphenation : empty;
}

const std::string& ui_language() { return state().code; }
const lure::Catalog& ui_catalog() { return state().current ? *state().current : empty_catalog(); }

std::string tr_format(const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  const int n = std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (n < 0) return format;
  if (static_cast<std::size_t>(n) < sizeof buffer) return std::string(buffer, static_cast<std::size_t>(n));
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  va_start(args, format);
  std::vsnprintf(out.data(), out.size(), format, args);
  va_end(args);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace lureproof
