// Text boxes for the layout check (ui_trace.h): the lines a text is drawn in and what holds it.
// Native only: the web build links layout_trace_unavailable.cpp (the check runs natively).
#include "ui/ui_trace.h"

#include "ui/text_layout.h"

#include <imgui_internal.h>  // the window's root and flags

#include <algorithm>
#include <cstring>

namespace lureproof {

std::vector<TracedLine> wrapped_lines(ImFont* font, float size, ImVec2 pos, const std::string& text, float wrap) {
  // ImFont::RenderText's walk (imgui_draw.cpp, 1.86): wrap at CalcWordWrapPositionA, skip the blanks
  // after a wrap (and one '\n'), a '\n' starts a line, at least one character per wrapped line.
  std::vector<TracedLine> lines;
  const float scale = size / font->FontSize;
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  const char* s = begin;
  float y = pos.y;
  while (s <= end) {
    const char* eol = static_cast<const char*>(memchr(s, '\n', size_t(end - s)));
    if (!eol) eol = end;
    bool wrapped = false;
    if (wrap > 0.f) {
      const char* w = font->CalcWordWrapPositionA(scale, s, end, wrap);
      if (w == s && s < end) ++w;
      while (w < end && (static_cast<unsigned char>(*w) & 0xC0) == 0x80) ++w;  // whole characters
      if (w < eol) eol = w, wrapped = true;
    }
    const float width = text_width(font, size, std::string_view(s, size_t(eol - s)));
    lines.push_back({size_t(s - begin), size_t(eol - begin), ImVec2(pos.x, y), ImVec2(pos.x + width, y + size)});
    y += size;
    if (eol >= end) break;
    s = eol;
    if (wrapped) {
      while (s < end && (*s == ' ' || *s == '\t')) ++s;
      if (s < end && *s == '\n') ++s;
    } else {
      ++s;  // the '\n'
    }
  }
  return lines;
}

namespace {
const char* root_window_name() {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  return window->RootWindow ? window->RootWindow->Name : window->Name;
}
}  // namespace

void trace_container_box(ImVec2 min, ImVec2 max) { ui_trace().containers.push_back({min, max, root_window_name()}); }

void trace_text_box(ImDrawList* dl, const std::string& text, const std::vector<TracedLine>& lines,
                    const UiBox* container) {
  UiTrace& t = ui_trace();
  UiTextBox box;
  box.text = text;
  box.min = ImVec2(FLT_MAX, FLT_MAX);
  box.max = ImVec2(-FLT_MAX, -FLT_MAX);
  for (size_t i = 0; i < lines.size(); ++i) {
    const TracedLine& l = lines[i];
    if (l.end == l.begin) continue;  // an empty line draws nothing
    box.min = ImVec2(std::min(box.min.x, l.min.x), std::min(box.min.y, l.min.y));
    box.max = ImVec2(std::max(box.max.x, l.max.x), std::max(box.max.y, l.max.y));
    if (i > 0 && l.begin > 0 && text[l.begin - 1] != '\n') box.breaks.push_back(l.begin);
  }
  if (box.min.x > box.max.x) return;  // nothing visible
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  box.window = root_window_name();
  box.scrolls = (window->Flags & ImGuiWindowFlags_ChildWindow) != 0;
  box.clip_min = dl->GetClipRectMin();
  box.clip_max = dl->GetClipRectMax();
  box.title = t.title_depth > 0;
  if (container) {
    box.pans = container->pans;
    box.container_min = container->min;
    box.container_max = container->max;
  } else {
    box.container_min = window->Pos;
    box.container_max = ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y);
    box.container_scrolls = box.scrolls;
    float best = FLT_MAX;
    for (const UiBox& c : t.containers) {
      const float area = (c.max.x - c.min.x) * (c.max.y - c.min.y);
      if (c.window == box.window && box.min.x >= c.min.x && box.min.x < c.max.x && box.min.y >= c.min.y &&
          box.min.y < c.max.y && area < best) {
        best = area;
        box.container_scrolls = false;
        box.container_min = c.min;
        box.container_max = c.max;
      }
    }
  }
  for (const UiTrace::Cut& cut : t.cuts)
    if (cut.shown == text) {
      box.full = cut.full;
      box.full_lines = cut.full_lines;
    }
  t.text_boxes.push_back(std::move(box));
}

void trace_text_block(ImDrawList* dl, const TextBlock& block, float size, ImVec2 pos, float align, float width,
                      const UiBox* container) {
  std::string text;
  std::vector<TracedLine> lines;
  for (size_t i = 0; i < block.lines.size(); ++i) {
    if (i > 0 && !text.empty() && text.back() != '-') text += ' ';
    const float x = line_x(block, i, pos.x, align, width), y = pos.y + block.line_h * float(i);
    lines.push_back(
        {text.size(), text.size() + block.lines[i].size(), ImVec2(x, y), ImVec2(x + block.widths[i], y + size)});
    text += block.lines[i];
  }
  trace_text_box(dl, text, lines, container);
}

}  // namespace lureproof
