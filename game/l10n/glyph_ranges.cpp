// font_glyph_ranges(): the table written by scripts/build-steps/l10n-glyphs.py (see cmake/Fonts.cmake).
#include "l10n/glyph_ranges.h"

namespace lureproof {

namespace {
const std::uint16_t kRanges[] = {
#include "font_glyph_ranges.inc"
};
}  // namespace

const std::uint16_t* font_glyph_ranges() { return kRanges; }

bool font_has_glyph(std::uint32_t cp) {
  for (const std::uint16_t* r = kRanges; r[0]; r += 2)
    if (cp >= r[0] && cp <= r[1]) return true;
  return false;
}

}  // namespace lureproof
