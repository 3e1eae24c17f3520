// Rich text: emphasis runs, greedy word wrapping across fonts (long words break as in ui/text_layout.h), drawing.
#include "ui/rich_text.h"

#include "journey/display_text.h"
#include "journey/emoji_text.h"
#include "ui/complex_lines.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"

#include <algorithm>

namespace lureproof {

std::vector<RichRun> rich_runs(const std::string& text, const std::vector<lure::Span>& emphasis) {
  std::vector<RichRun> runs;
  size_t at = 0;
  auto add = [&](size_t b, size_t e, bool bold) {
    if (e <= b || b >= text.size()) return;
    const std::string_view raw = std::string_view(text).substr(b, std::min(e, text.size()) - b);
    std::string part = displayable(raw);
    // displayable() trims; spaces at the edges of an emphasis run separate it from its neighbours.
    if (!part.empty() && raw.front() == ' ') part.insert(part.begin(), ' ');
    if (!part.empty() && raw.back() == ' ' && part.back() != ' ') part += ' ';
    if (!part.empty()) runs.push_back({std::move(part), bold});
  };
  std::vector<lure::Span> spans = emphasis;
  std::sort(spans.begin(), spans.end(), [](const lure::Span& a, const lure::Span& b) { return a.begin < b.begin; });
  for (const lure::Span& s : spans) {
    if (s.begin < at) continue;
    add(at, s.begin, false);
    add(s.begin, s.end, true);
    at = s.end;
  }
  add(at, text.size(), false);
  return runs;
}

namespace {
// Where `part` is in `plain` at or after `from` (npos when it is not).
size_t plain_has(const std::string& plain, size_t from, std::string_view part) {
  return from > plain.size() ? std::string::npos : plain.find(part, from);
}

// Right to left and shaped (ui/complex_lines.h): whole lines, each at the left edge as
// draw_text_block would (the mirrored frame puts them at the right: ui/mirror.h); the emphasis is not
// drawn (one face).
RichLayout layout_complex(const std::vector<RichRun>& runs, ImFont* regular, float wrap) {
  RichLayout out;
  for (const RichRun& run : runs) out.plain += run.text;
  const TextBlock block = layout_text(regular, regular->FontSize, out.plain, wrap, 1.25f);
  size_t at = 0;  // where the next line starts in `plain` (the layout check's text box: draw_rich)
  for (size_t i = 0; i < block.lines.size(); ++i) {
    const std::string& line = block.lines[i];
    // A line ending in a '-' that `plain` lacks there ends inside a word the line breaker broke.
    const bool hyphen = !line.empty() && line.back() == '-' && plain_has(out.plain, at, line) == std::string::npos;
    const std::string_view own = hyphen ? std::string_view(line).substr(0, line.size() - 1) : std::string_view(line);
    const size_t begin = plain_has(out.plain, at, own);
    if (begin != std::string::npos) at = begin + own.size();
    out.pieces.push_back({line, ImVec2(line_x(block, i, 0.f, 0.f, 0.f), block.line_h * float(i)), false,
                          begin == std::string::npos ? at : begin, hyphen});
  }
  if (!block.lines.empty())
    out.size = ImVec2(block.size.x, block.line_h * float(block.lines.size() - 1) + regular->FontSize * 1.2f);
  return out;
}
}  // namespace

RichLayout layout_rich(const std::vector<RichRun>& runs, ImFont* regular, ImFont* bold, float wrap) {
  if (complex_lines_active()) return layout_complex(runs, regular, wrap);
  RichLayout out;
  const float line_h = regular->FontSize * 1.25f;
  float x = 0.f, y = 0.f, max_x = 0.f;
  for (const RichRun& run : runs) {
    const size_t run_at = out.plain.size();  // where this run starts in `plain`
    out.plain += run.text;
    ImFont* f = run.bold ? bold : regular;
    const std::string& t = run.text;
    size_t i = 0;
    while (i < t.size()) {
      if (t[i] == '\n') {
        x = 0.f;
        y += line_h;
        ++i;
        continue;
      }
      // One word plus its trailing spaces.
      size_t e = i;
      while (e < t.size() && t[e] != ' ' && t[e] != '\n') ++e;
      size_t e_space = e;
      while (e_space < t.size() && t[e_space] == ' ') ++e_space;
      std::string word = t.substr(i, e - i);
      float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, word.c_str()).x;
      const float space_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, " ").x * float(e_space - e);
      if (x > 0.f && x + w > wrap) {
        x = 0.f;
        y += line_h;
      }
      // A word wider than the line (a long compound, a link) breaks like any wrapped text
      // (ui/text_layout.h): after its '-' or '/', at a hyphenation point, else where it must.
      size_t word_at = run_at + i;
      if (w > wrap) {
        const TextBlock pieces = layout_text(f, f->FontSize, word, wrap);
        size_t used = 0;  // bytes of `word` on the lines so far
        for (size_t l = 0; l + 1 < pieces.lines.size(); ++l) {
          const std::string& line = pieces.lines[l];
          // A '-' the word has (broken after it) or one the line breaker drew.
          const bool hyphen = !line.empty() && line.back() == '-' && word.compare(used, line.size(), line) != 0;
          out.pieces.push_back({line, ImVec2(x, y), run.bold, word_at + used, hyphen});
          used += line.size() - (hyphen ? 1 : 0);
          max_x = std::max(max_x, x + pieces.widths[l]);
          x = 0.f;
          y += line_h;
        }
        if (!pieces.lines.empty()) word = pieces.lines.back(), w = pieces.widths.back(), word_at += used;
      }
      out.pieces.push_back({word, ImVec2(x, y), run.bold, word_at, false});
      max_x = std::max(max_x, x + w);
      x += w + space_w;
      i = e_space;
    }
  }
  out.size = ImVec2(max_x, out.pieces.empty() ? 0.f : y + regular->FontSize * 1.2f);
  return out;
}

void draw_rich(ImDrawList* dl, const RichLayout& layout, ImFont* regular, ImFont* bold, ImVec2 o, ImU32 colour) {
  for (const RichPiece& p : layout.pieces) {
    ImFont* f = p.bold ? bold : regular;
    draw_line(dl, f, f->FontSize, ImVec2(o.x + p.pos.x, o.y + p.pos.y), colour, p.text);
  }
  if (!layout.plain.empty()) trace_text(layout.plain);
  if (!layout.plain.empty() && tracing_accessible() && ui_trace().quiet == 0)
    trace_message("t:" + layout.plain, {}, real_emoji(layout.plain));
  if (!tracing_layout() || layout.plain.empty()) return;
  // The layout check's text box: the plain text with the line breaker's hyphens, in lines of pieces.
  // A line starting inside a word counts as a word broken there unless a hyphen ends the line before.
  std::string text;
  std::vector<TracedLine> lines;
  size_t copied = 0;  // bytes of `plain` in `text`
  for (const RichPiece& p : layout.pieces) {
    if (p.begin >= copied) text.append(layout.plain, copied, p.begin - copied);
    const size_t begin = text.size();
    text += p.text;
    copied = std::max(copied, p.begin + p.text.size() - (p.hyphen ? 1 : 0));
    ImFont* f = p.bold ? bold : regular;
    const ImVec2 a(o.x + p.pos.x, o.y + p.pos.y);
    const ImVec2 b(a.x + text_width(f, f->FontSize, p.text), a.y + f->FontSize);
    if (!lines.empty() && lines.back().min.y == a.y) {
      lines.back().end = text.size();
      lines.back().max = ImVec2(std::max(lines.back().max.x, b.x), std::max(lines.back().max.y, b.y));
    } else {
      lines.push_back({begin, text.size(), a, b});
    }
  }
  if (copied < layout.plain.size()) text.append(layout.plain, copied);
  if (!lines.empty()) trace_text_box(dl, text, lines);
}

}  // namespace lureproof
