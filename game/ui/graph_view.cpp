// Graph view: the layered layout measured in the theme's fonts, and the map's drawing (edges with
// arrowheads, the route, roads not taken, marks, labels, flag icons, the Studio's authoring marks).
#include "ui/graph_view.h"

#include "ui/icons.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lureproof {

namespace {

// A label wrapped at its spaces; a word wider than the column breaks as any wrapped text does
// (ui/text_layout.h: after its '-' or '/', at a hyphenation point, with a '-').
std::vector<std::string> wrap_label(ImFont* font, float size, const std::string& text, float wrap) {
  return layout_text(font, size, text, wrap).lines;
}

ImVec2 to_im(lure::LayoutPoint p, ImVec2 origin, float margin) {
  return ImVec2(origin.x + margin + p.x, origin.y + margin + p.y);
}

void arrowhead(ImDrawList* dl, ImVec2 from, ImVec2 tip, float size, ImU32 colour) {
  const float dx = tip.x - from.x, dy = tip.y - from.y, len = std::sqrt(dx * dx + dy * dy);
  if (len < 1e-3f) return;
  const float ux = dx / len, uy = dy / len;
  const ImVec2 base(tip.x - ux * size, tip.y - uy * size);
  dl->AddTriangleFilled(tip, ImVec2(base.x - uy * size * 0.5f, base.y + ux * size * 0.5f),
                        ImVec2(base.x + uy * size * 0.5f, base.y - ux * size * 0.5f), colour);
}

void dashed(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float thick, float dash) {
  const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
  for (float t = 0.f; t < len; t += dash * 2.f) {
    const float t1 = std::min(len, t + dash);
    dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len), ImVec2(a.x + dx * t1 / len, a.y + dy * t1 / len),
                colour, thick);
  }
}

}  // namespace

ImVec2 MapLayout::centre(ImVec2 origin, int v) const { return to_im(laid.centres[size_t(v)], origin, margin); }

ImVec4 MapLayout::label_box(ImVec2 origin, int v) const {
  const lure::LayoutBox& b = laid.labels[size_t(v)];
  return ImVec4(origin.x + margin + b.x, origin.y + margin + b.y, origin.x + margin + b.x + b.w,
                origin.y + margin + b.y + b.h);
}

MapLayout layout_map(const lure::Graph& g, ImFont* font, float font_size, float wrap, bool vertical, const Theme& theme,
                     float layer_gap) {
  MapLayout out;
  out.font = font;
  out.font_size = font_size;
  out.line_height = font_size * 1.15f;
  out.vertical = vertical;
  out.margin = theme.sp(22.f);
  std::vector<lure::LayoutPoint> sizes;
  for (const auto& v : g.vertices) {
    out.label_lines.push_back(wrap_label(font, font_size, v.label, wrap));
    float w = 0.f;
    for (const std::string& l : out.label_lines.back()) w = std::max(w, text_width(font, font_size, l));
    sizes.push_back({std::ceil(w), out.line_height * float(out.label_lines.back().size())});
  }
  lure::LayoutSettings s;
  s.vertical = vertical;
  s.node_size = theme.sp(18.f);
  s.label_gap = theme.sp(5.f);
  s.node_gap = theme.sp(16.f);
  s.layer_gap = theme.sp(layer_gap);
  out.laid = lure::layout_layered(g, sizes, s);
  return out;
}

ImU32 ending_colour(lure::EndingClass e, const Theme& theme) {
  if (theme.high_contrast()) return e == lure::EndingClass::Harmed ? theme.palette().danger : theme.palette().success;
  switch (e) {
    case lure::EndingClass::Safe: return IM_COL32(96, 200, 140, 255);
    case lure::EndingClass::GotHelp: return IM_COL32(92, 170, 240, 255);
    case lure::EndingClass::Harmed: return IM_COL32(236, 120, 110, 255);
    case lure::EndingClass::None: break;
  }
  return IM_COL32(160, 168, 190, 255);
}

void draw_map(ImDrawList* dl, ImVec2 origin, const lure::Graph& g, const MapLayout& layout, const MapMarks& marks,
              const Theme& theme) {
  const Palette& p = theme.palette();
  const size_t n = g.vertices.size();
  if (n == 0 || layout.laid.centres.size() != n) return;
  const float m = layout.margin;
  const float r = theme.sp(9.f);
  const ImU32 faint = theme.high_contrast() ? IM_COL32(150, 150, 150, 255) : with_alpha(p.text_muted, 0.45f);
  const ImU32 missing = IM_COL32(236, 90, 80, 255);
  auto on_route = [&](int v) { return std::find(marks.route.begin(), marks.route.end(), int(v)) != marks.route.end(); };
  // Edges: faint polylines with arrowheads; roads not taken in their ending's colour, dashed.
  for (size_t e = 0; e < g.edges.size(); ++e) {
    const lure::GraphEdge& edge = g.edges[e];
    const auto& path = layout.laid.edge_paths[e];
    const int road = e < marks.road_endings.size() ? marks.road_endings[e] : -1;
    if (edge.to < 0) {  // a missing target (the Studio): a red stub with the name as written
      if (!marks.authoring || edge.from < 0) continue;
      const ImVec2 c = layout.centre(origin, edge.from);
      const ImVec2 tip = layout.vertical ? ImVec2(c.x - r * 3.f, c.y + r * 3.f) : ImVec2(c.x + r * 3.f, c.y - r * 3.f);
      dashed(dl, c, tip, missing, theme.sp(2.f), theme.sp(4.f));
      arrowhead(dl, c, tip, theme.sp(8.f), missing);
      const std::string text = "? " + edge.target;
      draw_line(dl, layout.font, layout.font_size, ImVec2(tip.x + theme.sp(3.f), tip.y - layout.font_size), missing,
                text);
      continue;
    }
    if (path.size() < 2) continue;
    const ImU32 col = road >= 0 ? with_alpha(ending_colour(g.vertices[size_t(road)].ending, theme), 0.9f) : faint;
    const float thick = theme.sp(road >= 0 ? 2.5f : 1.5f);
    std::vector<ImVec2> pts;
    for (const auto& q : path) pts.push_back(to_im(q, origin, m));
    // Stop short of the target's mark so the arrowhead shows.
    ImVec2& last = pts.back();
    const ImVec2 prev = pts[pts.size() - 2];
    const float dx = last.x - prev.x, dy = last.y - prev.y, len = std::sqrt(dx * dx + dy * dy);
    const float stop = r * (g.vertices[size_t(edge.to)].ending != lure::EndingClass::None ? 1.6f : 1.2f);
    if (len > stop) last = ImVec2(last.x - dx / len * stop, last.y - dy / len * stop);
    for (size_t k = 0; k + 1 < pts.size(); ++k) {
      if (road >= 0 || edge.conditional()) dashed(dl, pts[k], pts[k + 1], col, thick, theme.sp(road >= 0 ? 6.f : 4.f));
      else dl->AddLine(pts[k], pts[k + 1], col, thick);
    }
    arrowhead(dl, prev, last, theme.sp(road >= 0 ? 9.f : 7.f), col);
  }
  // The route, step by step as `progress` goes 0 -> 1 (along the edge that joins two steps).
  const int steps = int(marks.route.size()) - 1;
  const float shown = marks.progress * float(std::max(steps, 1));
  for (int k = 0; k < steps && float(k) < shown; ++k) {
    const int a = marks.route[size_t(k)], b = marks.route[size_t(k + 1)];
    const std::vector<lure::LayoutPoint>* path = nullptr;
    for (size_t e = 0; e < g.edges.size() && !path; ++e)
      if (g.edges[e].from == a && g.edges[e].to == b && layout.laid.edge_paths[e].size() >= 2)
        path = &layout.laid.edge_paths[e];
    if (!path) {
      dl->AddLine(layout.centre(origin, a), layout.centre(origin, b), p.accent, theme.sp(4.f));
      continue;
    }
    for (size_t q = 0; q + 1 < path->size(); ++q)
      dl->AddLine(to_im((*path)[q], origin, m), to_im((*path)[q + 1], origin, m), p.accent, theme.sp(4.f));
  }
  // Edge texts (the Studio): each choice's text, shortened, at the first place along its path where
  // it covers no mark, no node label and no other edge text (left out when there is none: the
  // node's tooltip lists every choice).
  if (marks.authoring) {
    const float fs = layout.font_size * 0.9f;
    std::vector<ImVec4> taken;
    for (size_t i = 0; i < n; ++i) {
      const ImVec2 c = layout.centre(origin, int(i));
      taken.push_back(ImVec4(c.x - r * 1.4f, c.y - r * 1.4f, c.x + r * 1.4f, c.y + r * 1.4f));
      taken.push_back(layout.label_box(origin, int(i)));
    }
    auto free_at = [&](const ImVec4& b) {
      for (const ImVec4& t : taken)
        if (b.x < t.z && t.x < b.z && b.y < t.w && t.y < b.w) return false;
      return true;
    };
    for (size_t e = 0; e < g.edges.size(); ++e) {
      const auto& path = layout.laid.edge_paths[e];
      if (g.edges[e].label.empty() || path.size() < 2) continue;
      std::vector<float> along{0.f};  // the path's length up to each point
      for (size_t k = 1; k < path.size(); ++k)
        along.push_back(along.back() + std::hypot(path[k].x - path[k - 1].x, path[k].y - path[k - 1].y));
      const std::string text = ellipsize(layout.font, g.edges[e].label, theme.sp(84.f));
      const ImVec2 ts(text_width(layout.font, fs, text), fs);
      for (float t : {0.5f, 0.35f, 0.65f, 0.25f, 0.75f}) {
        const float d = along.back() * t;
        size_t k = 1;
        while (k + 1 < path.size() && along[k] < d) ++k;
        const float seg = std::max(1e-3f, along[k] - along[k - 1]), u = (d - along[k - 1]) / seg;
        const ImVec2 q =
            to_im({path[k - 1].x + (path[k].x - path[k - 1].x) * u, path[k - 1].y + (path[k].y - path[k - 1].y) * u},
                  origin, m);
        const ImVec4 box(q.x - ts.x * 0.5f - 2.f, q.y - ts.y * 0.5f, q.x + ts.x * 0.5f + 2.f, q.y + ts.y * 0.5f);
        if (!free_at(box)) continue;
        taken.push_back(box);
        dl->AddRectFilled(ImVec2(box.x, box.y), ImVec2(box.z, box.w), with_alpha(p.background_top, 0.85f), 3.f);
        draw_line(dl, layout.font, fs, ImVec2(box.x + 2.f, box.y), g.edges[e].conditional() ? p.text_muted : p.text,
                  text);
        break;
      }
    }
  }
  // Marks: endings by outcome, the route's steps ringed, the selected one ringed twice. A node of
  // the route where red flags were shown is a flag icon (with the count when more than one).
  const size_t route_shown = size_t(std::clamp(int(std::ceil(shown)) + 1, 0, int(marks.route.size())));
  auto flags_at = [&](int v) {
    if (v < 0 || size_t(v) >= marks.flags.size() || marks.flags[size_t(v)] <= 0) return 0;
    const auto end = marks.route.begin() + std::ptrdiff_t(route_shown);
    return std::find(marks.route.begin(), end, v) != end ? marks.flags[size_t(v)] : 0;
  };
  for (size_t i = 0; i < n; ++i) {
    const auto& v = g.vertices[i];
    const ImVec2 c = layout.centre(origin, int(i));
    const bool ending = v.ending != lure::EndingClass::None;
    const bool mine = on_route(int(i));
    const int flags = flags_at(int(i));
    const float rr = ending ? r * 1.3f : (mine ? r : r * 0.75f);
    ImU32 fill = ending ? ending_colour(v.ending, theme) : (mine ? p.accent : faint);
    if (!mine && ending && !theme.high_contrast()) fill = with_alpha(fill, 0.7f);
    if (marks.authoring && !v.reachable) fill = IM_COL32(110, 110, 120, 255);
    if (flags > 0 && !ending) fill = p.flag;
    dl->AddCircleFilled(c, rr, fill, 24);
    if (flags > 0) icon::flag(dl, c, rr * 1.5f, IM_COL32(255, 255, 255, 255), true);
    if (mine) dl->AddCircle(c, rr + theme.sp(3.f), p.text, 24, theme.sp(2.f));
    if (v.is_start) dl->AddCircle(c, rr + theme.sp(mine ? 6.f : 3.f), p.text_muted, 24, theme.sp(1.5f));
    if (int(i) == marks.selected) dl->AddCircle(c, rr + theme.sp(7.f), p.focus, 24, theme.sp(3.f));
    if (int(i) == marks.cursor) dl->AddCircle(c, r * 2.1f, IM_COL32(255, 255, 255, 230), 24, theme.sp(2.f));
    if (int(i) == marks.current) dl->AddCircle(c, r * 2.6f, p.accent, 24, theme.sp(3.5f));
    if (marks.authoring && !v.reachable) icon::cross(dl, c, rr * 1.4f, missing);  // as `lure graph` greys it
    if (flags > 1) {  // the count in a small badge above the mark
      const std::string num = std::to_string(flags);
      const float fs = layout.font_size * 0.8f;
      const ImVec2 ts(text_width(layout.font, fs, num), fs);
      const ImVec2 bc(c.x - rr * 0.9f, c.y - rr - ts.y * 0.35f);
      const float br = std::max(ts.x, ts.y) * 0.6f;
      dl->AddCircleFilled(bc, br, p.flag, 16);
      draw_line(dl, layout.font, fs, ImVec2(bc.x - ts.x * 0.5f, bc.y - ts.y * 0.5f), IM_COL32(255, 255, 255, 255), num);
    }
  }
  // Labels; for the layout check each is a text box held by the whole map (which pans in its view).
  const ImVec2 size = layout.size();
  const UiBox map_box{origin, ImVec2(origin.x + size.x, origin.y + size.y), {}, true};
  for (size_t i = 0; i < n; ++i) {
    const ImVec4 box = layout.label_box(origin, int(i));
    const bool strong = on_route(int(i)) || int(i) == marks.selected || int(i) == marks.cursor ||
                        int(i) == marks.current || g.vertices[i].ending != lure::EndingClass::None;
    TextBlock block;
    block.line_h = layout.line_height;
    for (const std::string& line : layout.label_lines[i]) {
      block.lines.push_back(line);
      block.widths.push_back(text_width(layout.font, layout.font_size, line));
    }
    draw_text_block(dl, layout.font, layout.font_size, block, ImVec2(box.x, box.y), strong ? p.text : p.text_muted);
    if (tracing_layout()) trace_text_block(dl, block, layout.font_size, ImVec2(box.x, box.y), 0.f, 0.f, &map_box);
  }
}

}  // namespace lureproof
