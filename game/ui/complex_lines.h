// Lines of text in a right-to-left, shaped UI language (Arabic; issue #21) measured and drawn through
// platform::complex_text and the line image cache instead of ImGui's glyphs (ui/text_layout.cpp).
// The web build links complex_lines_unavailable.cpp (never active) when it does not offer Arabic.
// No other code draws text with ImGui: a mirrored frame counts the glyphs ImGui drew (ui/mirror.h).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

class LineImageCache;

// The UI language (App calls it every frame; only a change does anything). Loads the Arabic face and
// the UI face for any language, with the base direction of the language (lure::language_right_to_left):
// in a left-to-right UI a line that holds Arabic (the picker's "العربية") is still drawn shaped. A
// missing font is reported on stderr once and leaves ImGui's glyphs in use (Arabic then dropped).
void select_complex_text(const std::string& language, const std::string& assets_dir);
// Every line is measured and drawn here: a right-to-left language whose faces loaded.
bool complex_lines_active();
// The UI language is written right to left (its screens are mirrored: ui/mirror.h), whether or not its
// faces loaded.
bool right_to_left_ui();
// `line` is measured and drawn here: every line while complex_lines_active(), else a line holding a
// character of a complex script (Arabic) when the faces loaded.
bool draws_complex(std::string_view line);
// The UI's bold faces (Theme::load_fonts: body bold, heading, title): their lines are shaped in the
// bold Arabic face.
void set_complex_bold_fonts(std::vector<const ImFont*> fonts);
// One line's advance at `size` (ImGui's font size) in `font`'s weight; 0 without faces.
float complex_line_width(ImFont* font, float size, std::string_view line);
// Before breaking `text` into lines: measures each of its paragraphs whole in `font`'s weight (regular
// without one), so that the platform can measure the words and lines the line breaker asks for inside
// them from that one shaping (natively).
void measure_complex_paragraphs(float size, std::string_view text, ImFont* font = nullptr);
// Draws one line with its advance starting at `pos.x` and its top at `pos.y` (as ImGui's AddText would
// with `font`), tinted `colour`. A line the cache cannot hold this frame is not drawn.
void draw_complex_line(ImDrawList* dl, ImFont* font, float size, std::string_view line, ImVec2 pos, ImU32 colour);
// The cache of drawn lines (tests); nullptr until a line was drawn.
const LineImageCache* complex_line_cache();

}  // namespace lureproof
