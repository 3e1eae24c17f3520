// The code points the bundled (subset) fonts carry, as Dear ImGui glyph ranges: generated at build
// time from the subset fonts, so the atlas and the fonts always cover the same set.
#pragma once

#include <cstdint>

namespace lureproof {

// Inclusive pairs, zero-terminated (the format ImFontAtlas::AddFontFromFileTTF takes).
const std::uint16_t* font_glyph_ranges();
bool font_has_glyph(std::uint32_t codepoint);

}  // namespace lureproof
