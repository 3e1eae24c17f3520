// Debian's `hb-shape` (libharfbuzz-bin) as the reference for Arabic shaping tests (issue #21): runs it
// on a font and a line, right to left in Arabic, and parses the glyphs it prints. Used by
// tests/game/test_text_shaper.cpp and tests/ui/test_arabic_text.cpp.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>
#include <regex>
#include <string>
#include <vector>

namespace lureproof_test {

struct HbGlyph {
  unsigned glyph = 0;
  int x_offset = 0, y_offset = 0, advance = 0;  // font units
};

// `text` as one shell word: in single quotes, a quote inside closed, escaped and reopened.
inline std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// What the program `hb_shape` prints for `text` in `font`, right to left, in Arabic ("[gid@x,y+adv|...]"),
// glyph by glyph from left to right as drawn. The command failing or printing no glyph fails the test.
inline std::vector<HbGlyph> hb_shape_arabic(const std::string& hb_shape, const std::string& font,
                                            const std::string& text) {
  const std::string command = shell_quoted(hb_shape) +
                              " --no-glyph-names --no-clusters --language=ar --direction=rtl " + shell_quoted(font) +
                              " " + shell_quoted(text);
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE_MESSAGE(pipe != nullptr, command);
  std::string out;
  char chunk[512];
  while (size_t n = fread(chunk, 1, sizeof chunk, pipe)) out.append(chunk, n);
  REQUIRE_MESSAGE(pclose(pipe) == 0, command << " printed: " << out);
  std::vector<HbGlyph> glyphs;
  static const std::regex item(R"((\d+)(?:@(-?\d+),(-?\d+))?\+(-?\d+))");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), item); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    glyphs.push_back({unsigned(std::stoul(m[1])), m[2].matched ? std::stoi(m[2]) : 0,
                      m[3].matched ? std::stoi(m[3]) : 0, std::stoi(m[4])});
  }
  REQUIRE_MESSAGE(!glyphs.empty(), command << " printed: " << out);
  return glyphs;
}

// The glyph ids alone, left to right.
inline std::vector<unsigned> glyph_ids(const std::vector<HbGlyph>& glyphs) {
  std::vector<unsigned> ids;
  for (const HbGlyph& g : glyphs) ids.push_back(g.glyph);
  return ids;
}

}  // namespace lureproof_test
