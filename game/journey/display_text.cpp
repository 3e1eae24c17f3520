// displayable(): UTF-8 decoding, emoji stand-ins, glyph filtering (the subset fonts' own ranges,
// generated at build time into game/l10n) and whitespace tidying.
#include "journey/display_text.h"

#include "journey/emoji_text.h"
#include "l10n/glyph_ranges.h"

#include <algorithm>
#include <vector>

namespace lureproof {

int decode_utf8(std::string_view s, size_t i, std::uint32_t& cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + size_t(len) > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + size_t(k)]) & 0x3F);
  return len;
}

std::string first_character(std::string_view s) {
  if (s.empty()) return {};
  std::uint32_t cp = 0;
  return std::string(s.substr(0, size_t(decode_utf8(s, 0, cp))));
}

const std::uint16_t* supported_glyph_ranges() { return font_glyph_ranges(); }

namespace {
bool g_arabic = false;
std::vector<std::uint32_t>& supplement_glyphs() {  // sorted
  static std::vector<std::uint32_t> glyphs;
  return glyphs;
}
}  // namespace
void set_arabic_supported(bool on) { g_arabic = on; }

void add_supported_glyphs(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = 0;
    i += size_t(decode_utf8(utf8, i, cp));
    std::vector<std::uint32_t>& glyphs = supplement_glyphs();
    const auto at = std::lower_bound(glyphs.begin(), glyphs.end(), cp);
    if (cp != 0xFFFD && (at == glyphs.end() || *at != cp)) glyphs.insert(at, cp);
  }
}

bool glyph_supported(std::uint32_t cp) {
  if (g_arabic && ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x200C && cp <= 0x200F) || (cp >= 0x2066 && cp <= 0x2069)))
    return true;
  if (cp == '\n' || font_has_glyph(cp)) return true;
  return std::binary_search(supplement_glyphs().begin(), supplement_glyphs().end(), cp);
}

namespace {
bool is_word_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}
bool starts_sentence_or_number(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool is_punctuation(std::uint32_t cp) {
  return cp == '!' || cp == '?' || cp == ',' || cp == '.' || cp == ':' || cp == ';';
}
}  // namespace

std::string displayable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool dropped = false;       // something unsupported (an emoji) was removed since the last kept character
  bool source_space = false;  // the previous code point of the source was a space
  for (size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const int len = decode_utf8(s, i, cp);
    size_t emoji = 0, emoji_bytes = 0;
    if (cp >= 0x80 && content_emoji().match(s, i, emoji, emoji_bytes)) {
      // An emoji the atlas draws becomes its stand-in (journey/emoji_text.h); one it lacks is dropped.
      if (emoji_drawn(emoji)) {
        out += emoji_stand_in(emoji);
        dropped = false;
      } else {
        dropped = true;
      }
      i += emoji_bytes;
      continue;
    }
    if (glyph_supported(cp)) {
      // A space that a removed emoji left before punctuation goes ("PAID <van>!" -> "PAID!"); a space
      // the text itself has there stays (French "Ça t'intéresse ?", "Génial <party> !").
      if (is_punctuation(cp) && !source_space && !out.empty() && out.back() == ' ') out.pop_back();
      // An emoji between two words used as a separator ("7 & 9 <ball> 600 €", "ourselves <smile> Start")
      // becomes a dash, so the words do not run together into a different meaning.
      if (cp != ' ' && dropped && !out.empty() && out.back() == ' ' && out.size() >= 2 &&
          is_word_char(static_cast<unsigned char>(out[out.size() - 2])) &&
          starts_sentence_or_number(static_cast<unsigned char>(s[i])))
        out += "– ";
      if (cp != ' ') dropped = false;
      const bool space = cp == ' ';
      if (!(space && (out.empty() || out.back() == ' ' || out.back() == '\n'))) out.append(s.substr(i, size_t(len)));
    } else if (cp != 0xFE0F && cp != 0x200D) {
      dropped = true;
    }
    source_space = cp == ' ';
    i += size_t(len);
  }
  // A space left at the end or before a line break by a removed emoji.
  std::string tidy;
  tidy.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == ' ' && (i + 1 == out.size() || out[i + 1] == '\n')) continue;
    tidy += out[i];
  }
  return tidy;
}

}  // namespace lureproof
