// Text broken into lines for one font at one size (ui/line_breaker with the UI language's
// hyphenation, l10n/hyphenation.h), measured before drawing: the widgets and screens wrap with it
// instead of ImGui's wrapping, which breaks inside words.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

// Lines of centred text (text_centred) are this many font sizes apart; left-aligned text 1.
inline constexpr float kCentredLineSpacing = 1.2f;
// A big button's text drawn one step smaller rather than wrapped (widgets.h, big_button).
inline constexpr float kButtonTextStep = 0.85f;

struct TextBlock {
  std::vector<std::string> lines;  // a line that ends inside a word ends with its '-'
  std::vector<float> widths;       // of each line
  float line_h = 0.f;              // distance between two lines' tops
  ImVec2 size;                     // widest line x (lines x line_h)
  bool broken_word = false;        // some word did not fit on a line of its own
};

float text_width(ImFont* font, float size, std::string_view text);
// `text` as the fonts can draw it (displayable()) broken into lines no wider than `wrap` (<= 0: only
// at newlines), lines `line_spacing` x `size` apart. Kept between frames (ui/text_layout_cache.h):
// the reference is valid until the end of the frame (ui/text_layout_cache.h); copy it to keep it longer.
const TextBlock& layout_text(ImFont* font, float size, std::string_view text, float wrap, float line_spacing = 1.f);
// The end of a UI frame (ui::end_frame): layouts no frame used for a while are dropped.
void text_layout_end_frame();
// The fonts were rebuilt (Theme::load_fonts: text size, UI scale, glyphs or emoji): every kept layout goes.
void clear_text_layouts();
// For tests and benchmarks: layouts kept, and the lookups that found one (hits) or laid a text out.
struct TextLayoutStats {
  size_t kept = 0;
  long hits = 0, misses = 0;
};
TextLayoutStats text_layout_stats();
// Draws `block` from `pos` (its top left), each line at `align` of the free room in `width` (0 left,
// 0.5 centred: `width` is the column the lines are centred in). In a right-to-left UI language the
// frame is mirrored afterwards (ui/mirror.h), so 0 is the right edge on screen.
void draw_text_block(ImDrawList* dl, ImFont* font, float size, const TextBlock& block, ImVec2 pos, ImU32 colour,
                     float align = 0.f, float width = 0.f);
// One line of text with its top left at `pos`: shaped (ui/complex_lines.h) when it needs it, else with
// ImGui's glyphs. Every text the UI draws goes through here, never ImDrawList::AddText.
void draw_line(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view line);
// Where draw_text_block starts line `i` of `block` drawn from `x` (the layout trace records the same).
float line_x(const TextBlock& block, size_t i, float x, float align, float width);

}  // namespace lureproof
