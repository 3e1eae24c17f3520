// The languages a run offers when its config does not list `languages`: every shipped language whose
// catalogues are complete, read from <assets>/l10n/languages.tsv (written by the build with msgcmp,
// scripts/build-steps/l10n-complete.sh). English is always among them and always first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

// "<code>\tcomplete" and "<code>\tincomplete\t<why>" lines ('#' lines and malformed lines are skipped)
// -> the complete codes, in the order of lure::planned_languages() (the picker's order; codes it does
// not know come last, in file order), "en" first even when the file leaves it out. Never throws.
std::vector<std::string> parse_complete_languages(std::string_view tsv);
// Reads <assets>/l10n/languages.tsv and keeps the shipped languages (lure::shipped_languages(): a
// complete language that is not switched on yet is not offered); a missing or unreadable file gives {"en"}.
std::vector<std::string> load_complete_languages(const std::string& assets_dir);

}  // namespace lureproof
