// UI translation for the game: tr("English") returns the current language's text from
// assets/l10n/<lang>/ui.mo, or the English text itself when there is none. xgettext extracts tr/trn.
#pragma once

#include <string>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/l10n.h"

// Marks a literal for extraction where it is stored (static tables) and translated later with tr().
#define N_(english) english

namespace lureproof {

// The translation of `english` (no context). The pointer stays valid for the whole program run.
const char* tr(const char* english);
// The plural form for n ("%d red flag spotted" / "%d red flags spotted"); format the result yourself.
const char* trn(const char* singular, const char* plural, long n);

// Switches the UI language ("en" = the source text). Catalogues are loaded once and kept, so
// switching back and forth is cheap and earlier tr() pointers never dangle. Returns warnings
// (L10N001 missing, L10N002 broken ...); the UI then falls back to English for that language.
std::vector<lure::Diagnostic> set_ui_language(const std::string& code, const std::string& assets_dir);
const std::string& ui_language();
const lure::Catalog& ui_catalog();
// Where a language's catalogue lives: <assets_dir>/l10n/<code>/<name>.mo
std::string catalog_path(const std::string& assets_dir, const std::string& code, const std::string& name);

// printf into a std::string, for translated formats: tr_format(trn("%d flag", "%d flags", n), n).
// Translations of formats are checked by msgfmt --check (xgettext marks them c-format).
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
std::string
tr_format(const char* format, ...);

}  // namespace lureproof
