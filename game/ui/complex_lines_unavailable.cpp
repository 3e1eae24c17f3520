// A web edition that does not offer Arabic (web/kiosk.toml) draws no complex text (complex_lines.h) and
// carries none of its code (game/CMakeLists.txt).
#include "ui/complex_lines.h"

namespace lureproof {

void select_complex_text(const std::string&, const std::string&) {}
bool complex_lines_active() { return false; }
bool right_to_left_ui() { return false; }
bool draws_complex(std::string_view) { return false; }
void set_complex_bold_fonts(std::vector<const ImFont*>) {}
float complex_line_width(ImFont*, float, std::string_view) { return 0.f; }
void measure_complex_paragraphs(float, std::string_view, ImFont*) {}
void draw_complex_line(ImDrawList*, ImFont*, float, std::string_view, ImVec2, ImU32) {}
const LineImageCache* complex_line_cache() { return nullptr; }

}  // namespace lureproof
