// Text in a script Dear ImGui cannot draw (Arabic: shaped, right to left; issue #21), one line at a
// time: measured for the line breaker and drawn as a coverage image that ui/ places like a glyph
// (docs/architecture.md "Right-to-left, shaped text"). Natively TextShaper draws it (HarfBuzz,
// FriBidi, stb_truetype: complex_text_native.cpp); in the browser the page's 2D canvas does, with the
// same font files (complex_text_web.cpp); without a display nothing is loaded (platform_headless.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lureproof::platform::complex_text {

// Makes `fonts` (font files, most preferred first; the last is the UI face whose size `pixels`
// means, as for ImGui) the faces for lines in `language` (a code such as "ar"), whose base direction is
// right to left when `right_to_left`. Replaces what was loaded. False, with `error`, when a file is
// missing or not a font. The web loads the faces asynchronously: see ready().
bool load(const std::vector<std::string>& fonts, const std::string& language, bool right_to_left, std::string& error);
// The bold cuts of load()'s fonts, in the same order, for bold lines (headings, names); replaced by
// the next load(). Without them a bold line is drawn in the regular faces. False, with `error`, as load().
bool load_bold(const std::vector<std::string>& fonts, std::string& error);
// Faces are loaded and usable (the web: once the browser has them).
bool ready();
// Forgets the faces (a language without complex text was chosen).
void unload();

// The advance width of one line (no newline) at `pixels`, in the bold faces when `bold`; 0 without faces.
float measure(std::string_view line, float pixels, bool bold = false);

struct LineImage {
  int width = 0, height = 0;            // pixels of `coverage`
  float baseline = 0.f;                 // from the top
  float origin_x = 0.f;                 // from the left edge to where the line's advance starts
  float advance = 0.f;                  // as measure()
  std::vector<unsigned char> coverage;  // width x height, 0..255
  std::vector<unsigned> glyphs;         // the glyph ids drawn, left to right, where known (natively)
};
// One line shaped, in visual order, drawn at `pixels` (in the bold faces when `bold`); empty without faces.
LineImage render(std::string_view line, float pixels, bool bold = false);

}  // namespace lureproof::platform::complex_text
