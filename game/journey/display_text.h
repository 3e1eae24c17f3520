// Text as the game can draw it: the glyph ranges of the bundled fonts, and a cleaner that turns the
// emoji the atlas draws into their stand-ins (journey/emoji_text.h) and drops what nothing can show
// (other emoji, stray selectors and joiners) so nothing renders as a box.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lureproof {

// Zero-terminated pairs of inclusive ranges, in the format Dear ImGui's font loader takes.
const std::uint16_t* supported_glyph_ranges();
bool glyph_supported(std::uint32_t codepoint);
// While on, the Arabic block and the bidirectional controls (U+200C-200F, U+2066-2069) are supported
// too: ui/complex_lines.h draws them shaped (a right-to-left UI language with its faces loaded).
void set_arabic_supported(bool on);
// Adds the characters of `utf8` to the supported ones: a font supplement merged into the atlas (the
// web edition's letters of a language its base fonts lack, ui/theme.h add_font_supplement). Kept for
// the rest of the run, as the supplement is.
void add_supported_glyphs(std::string_view utf8);
// Decodes one UTF-8 sequence at s[i]; returns its length (1 for invalid bytes, decoded as U+FFFD).
int decode_utf8(std::string_view s, size_t i, std::uint32_t& cp);
// The first whole character of `s` (an avatar's initial: "Ana" -> "A", "ريتا" -> "ر"); empty for "".
std::string first_character(std::string_view s);
// Maps the drawn emoji to their stand-ins, removes unsupported code points, then collapses the
// doubled spaces that leaves behind.
std::string displayable(std::string_view utf8);

}  // namespace lureproof
