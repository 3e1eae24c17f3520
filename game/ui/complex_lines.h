// Lines of text in a right-to-left, shaped UI language (Arabic; issue #21) measured and drawn through
// platform::complex_text and the line image cache instead of ImGui's glyphs (ui/text_layout.cpp).
// The web build links complex_lines_unavailable.cpp (never active) when it does not offer Arabic.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace lureproof {

class LineImageCache;

// On a change of UI language: loads the Arabic face and the UI face for a right-to-left language
// (lure::language_right_to_left), unloads them otherwise. A missing font is reported on stderr once
// and leaves ImGui's glyphs in use.
void select_complex_text(const std::string& language, const std::string& assets_dir);
// Lines are measured and drawn here (a right-to-left language's faces are loaded).
bool complex_lines_active();
// The UI language is written right to left (text aligns to the right), whether or not its faces loaded.
bool right_to_left_ui();
// One line's advance at `size` (ImGui's font size); 0 when not active.
float complex_line_width(float size, std::string_view line);
// Draws one line with its advance starting at `pos.x` and its top at `pos.y` (as ImGui's AddText would
// with `font`), tinted `colour`. A line the cache cannot hold this frame is not drawn.
void draw_complex_line(ImDrawList* dl, ImFont* font, float size, std::string_view line, ImVec2 pos, ImU32 colour);
// The cache of drawn lines (tests); nullptr until a line was drawn.
const LineImageCache* complex_line_cache();

}  // namespace lureproof
