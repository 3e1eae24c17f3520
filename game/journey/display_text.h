// Text as the game can draw it: the glyph ranges of the bundled fonts, and a cleaner that drops
// what they cannot show (emoji, flags, variation selectors) so nothing renders as a box.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lureproof {

// Zero-terminated pairs of inclusive ranges, in the format Dear ImGui's font loader takes.
const std::uint16_t* supported_glyph_ranges();
bool glyph_supported(std::uint32_t codepoint);
// Removes unsupported code points, then collapses the doubled spaces that leaves behind.
std::string displayable(std::string_view utf8);

}  // namespace lureproof
