// The Studio editor's syntax colours (ui/theme.h code_colours) keep WCAG AA contrast (4.5:1) with
// the editor's background, and the line numbers with the gutter.
#include "ui/theme.h"

#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

using namespace lureproof;

namespace {
double channel(unsigned v) {
  const double c = double(v) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(ImU32 c) {
  return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}
double contrast(ImU32 a, ImU32 b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
}  // namespace

TEST_CASE("contrast of a known pair (WCAG's white on black is 21:1)") {
  CHECK(contrast(IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 255)) == doctest::Approx(21.0));
  CHECK(contrast(IM_COL32(118, 118, 118, 255), IM_COL32(255, 255, 255, 255)) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("every syntax colour reaches AA against the editor background") {
  const CodeColours& c = code_colours();
  const std::vector<std::pair<const char*, ImU32>> colours = {
      {"text", c.text},         {"comment", c.comment},   {"header_key", c.header_key},
      {"keyword", c.keyword},   {"node_id", c.node_id},   {"channel", c.channel},
      {"ending", c.ending},     {"property", c.property}, {"speaker", c.speaker},
      {"choice", c.choice},     {"tag", c.tag},           {"condition", c.condition},
      {"variable", c.variable}, {"caret", c.caret}};
  for (const auto& [name, colour] : colours) {
    CAPTURE(name);
    CHECK(contrast(colour, c.background) >= 4.5);
  }
  CHECK(contrast(c.line_number, c.gutter) >= 4.5);
  CHECK(contrast(c.line_number_current, c.gutter_line) >= 4.5);
}
