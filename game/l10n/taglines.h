// The attract screen's tagline in every shipped language, from <assets>/l10n/taglines.tsv (written at
// build time from each ui.po by scripts/build-steps/l10n-taglines.sh), so the attract screen can cycle through the
// enabled languages without loading their catalogues. Plus the timing of that cycle.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

// The tagline's English source text (taglines.cpp, marked N_ for ui.pot); its translations are
// ordinary ui.po entries. cmake/L10n.cmake passes the same text to scripts/build-steps/l10n-taglines.sh.
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
std::vector<Tagline> taglines_for(const std::map<std::string, std::string>& all,
                                  const std::vector<std::string>& enabled);

struct TaglineFrame {
  int index = 0;                // which tagline to show
  float alpha = 1.f;            // 0..1: a new tagline fades in (always 1 with reduced motion)
  double next_change_in = 1e9;  // seconds until the next tagline or the end of the fade: no frame is needed before
};
// Normal motion: a new tagline every kTaglinePeriod seconds, fading in over kTaglineFade seconds and
// then still (the attract screen draws nothing in between). Reduced motion: no fade, a switch every
// kTaglineCalmPeriod seconds.
inline constexpr double kTaglinePeriod = 8.0, kTaglineFade = 0.25, kTaglineCalmPeriod = 12.0;
TaglineFrame tagline_frame(double clock, int count, bool reduced_motion);

}  // namespace lureproof
