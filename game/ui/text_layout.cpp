// Text layout: the line breaker measured with an ImGui font, and drawing of the lines.
#include "ui/text_layout.h"

#include "l10n/hyphenation.h"
#include "ui/complex_lines.h"
#include "ui/line_breaker.h"
#include "ui/text_layout_cache.h"

#include <algorithm>
#include <cfloat>

namespace lureproof {

float text_width(ImFont* font, float size, std::string_view text) {
  if (text.empty()) return 0.f;
  if (draws_complex(text)) return complex_line_width(font, size, text);  // shaped (Arabic)
  return font->CalcTextSizeA(size, FLT_MAX, 0.f, text.data(), text.data() + text.size()).x;
}

namespace {
TextLayoutCache& cache() {
  static TextLayoutCache kept;
  return kept;
}

TextBlock break_into_lines(ImFont* font, float size, std::string_view text, float wrap, float line_spacing,
                           const HyphenationTable& hyphenation) {
  TextBlock block;
  block.line_h = size * line_spacing;
  const MeasureText measure = [&](std::string_view s) { return text_width(font, size, s); };
  measure_complex_paragraphs(size, text, font);  // shaped text: each paragraph shaped once, its pieces read from it
  const std::vector<TextLine> lines = break_lines(text, wrap, measure, &hyphenation);
  block.lines = line_texts(text, lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    block.widths.push_back(text_width(font, size, block.lines[i]));
    block.size.x = std::max(block.size.x, block.widths.back());
    block.broken_word = block.broken_word || lines[i].hyphen;
  }
  block.size.y = block.line_h * float(lines.size());
  return block;
}
}  // namespace

const TextBlock& layout_text(ImFont* font, float size, std::string_view text, float wrap, float line_spacing) {
  // A new UI language brings its own table: the layouts of the last one are not needed any more.
  static const HyphenationTable* language = nullptr;
  const HyphenationTable& hyphenation = ui_hyphenation();
  if (language != &hyphenation) cache().clear(), language = &hyphenation;
  return cache().get({font, size, wrap, line_spacing, &hyphenation, text},
                     [&] { return break_into_lines(font, size, text, wrap, line_spacing, hyphenation); });
}

void text_layout_end_frame() { cache().end_frame(); }
void clear_text_layouts() { cache().clear(); }
TextLayoutStats text_layout_stats() { return {cache().size(), cache().hits(), cache().misses()}; }

void draw_line(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view line) {
  if (line.empty()) return;
  if (draws_complex(line)) draw_complex_line(dl, font, size, line, pos, colour);
  else dl->AddText(font, size, pos, colour, line.data(), line.data() + line.size());
}

void draw_text_block(ImDrawList* dl, ImFont* font, float size, const TextBlock& block, ImVec2 pos, ImU32 colour,
                     float align, float width) {
  for (size_t i = 0; i < block.lines.size(); ++i)
    draw_line(dl, font, size, ImVec2(line_x(block, i, pos.x, align, width), pos.y + block.line_h * float(i)), colour,
              block.lines[i]);
}

float line_x(const TextBlock& block, size_t i, float x, float align, float width) {
  // Right to left, the whole frame is mirrored (ui/mirror.h): a line at the left edge of its block
  // ends up at the right edge of the mirrored block.
  return x + (width - block.widths[i]) * align;
}

}  // namespace lureproof
