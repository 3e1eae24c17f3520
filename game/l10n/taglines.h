// The attract screen's tagline in every shipped language, from <assets>/l10n/taglines.tsv (written at
// build time from each ui.po by scripts/l10n-taglines.sh), so the attract screen can cycle through the
// enabled languages without loading their catalogues. Plus the timing of that cycle.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

// The tagline's English source text (taglines.cpp, marked N_ for ui.pot); its translations are
// ordinary ui.po entries. cmake/L10n.cmake passes the same text to scripts/l10n-taglines.sh.
extern const char* const kAttractTagline;

struct Tagline {
  std::string language;  // "pl"
  std::string text;      // "Zbyt piękne, żeby było prawdziwe?"
};

// "<code>\t<text>" lines; '#' lines and malformed lines are skipped. Never throws.
std::map<std::string, std::string> parse_taglines(std::string_view tsv);
// Reads <assets>/l10n/taglines.tsv; a missing file gives an empty map.
std::map<std::string, std::string> load_taglines(const std::string& assets_dir);
// The taglines of the enabled languages, in their order; a language without one is left out, and
// when none is left, the English tagline alone.
std::vector<Tagline> taglines_for(const std::map<std::string, std::string>& all, const std::vector<std::string>& enabled);

struct TaglineFrame {
  int index = 0;      // which tagline to show
  float alpha = 1.f;  // 0..1: fades out and in between two taglines (always 1 with reduced motion)
};
// Normal motion: a new tagline every kTaglinePeriod seconds with a short cross-fade. Reduced motion:
// no fade, a switch every kTaglineCalmPeriod seconds.
inline constexpr double kTaglinePeriod = 3.5, kTaglineCalmPeriod = 8.0;
TaglineFrame tagline_frame(double clock, int count, bool reduced_motion);
