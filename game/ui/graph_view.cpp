// Graph view: layering, ordering and drawing of the debrief map.
#include "ui/graph_view.h"
#include "l10n/tr.h"

#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <string>

namespace lureproof {

GraphLayout layout_graph(const lure::Graph& g, bool vertical) {
  GraphLayout out;
  const int n = int(g.vertices.size());
  std::vector<int> layer(size_t(n), -1);
  std::deque<int> queue;
  for (int i = 0; i < n; ++i)
    if (g.vertices[size_t(i)].is_start) {
      layer[size_t(i)] = 0;
      queue.push_back(i);
    }
  if (queue.empty() && n > 0) {
    layer[0] = 0;
    queue.push_back(0);
  }
  while (!queue.empty()) {
    const int v = queue.front();
    queue.pop_front();
    for (const lure::GraphEdge& e : g.edges)
      if (e.from == v && e.to >= 0 && layer[size_t(e.to)] < 0) {
        layer[size_t(e.to)] = layer[size_t(v)] + 1;
        queue.push_back(e.to);
      }
  }
  int max_layer = 0;
  for (int& l : layer) max_layer = std::max(max_layer, l);
  for (int& l : layer)
    if (l < 0) l = ++max_layer;  // unreachable nodes go last
  out.layers = max_layer + 1;
  // Order inside each layer by the average order of parents (one barycentre pass).
  std::vector<float> order(size_t(n), 0.f);
  std::vector<std::vector<int>> by_layer(size_t(out.layers));
  for (int i = 0; i < n; ++i) by_layer[size_t(layer[size_t(i)])].push_back(i);
  for (auto& members : by_layer) {
    for (int v : members) {
      float sum = 0.f;
      int count = 0;
      for (const lure::GraphEdge& e : g.edges)
        if (e.to == v && e.from >= 0 && layer[size_t(e.from)] < layer[size_t(v)]) {
          sum += order[size_t(e.from)];
          ++count;
        }
      order[size_t(v)] = count ? sum / float(count) : 0.5f;
    }
    std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return order[size_t(a)] < order[size_t(b)]; });
    for (size_t k = 0; k < members.size(); ++k) order[size_t(members[k])] = (float(k) + 0.5f) / float(members.size());
  }
  out.positions.resize(size_t(n));
  for (int i = 0; i < n; ++i) {
    const float along = out.layers > 1 ? float(layer[size_t(i)]) / float(out.layers - 1) : 0.5f;
    const float across = order[size_t(i)];
    out.positions[size_t(i)] = vertical ? ImVec2(across, along) : ImVec2(along, across);
  }
  return out;
}

namespace {
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
}  // namespace

void draw_graph(ImDrawList* dl, ImVec2 min, ImVec2 max, const lure::Graph& g, const GraphLayout& layout,
                const std::vector<std::string>& route, const Theme& theme, float progress) {
  const Palette& p = theme.palette();
  const int n = int(g.vertices.size());
  if (n == 0) return;
  const float r = theme.sp(9.f);
  const float m = theme.sp(26.f);
  auto at = [&](int v) {
    const ImVec2 q = layout.positions[size_t(v)];
    return ImVec2(min.x + m + q.x * (max.x - min.x - 2 * m), min.y + m + q.y * (max.y - min.y - 2 * m));
  };
  std::vector<int> route_index;
  for (const std::string& id : route)
    for (int i = 0; i < n; ++i)
      if (g.vertices[size_t(i)].id == id) route_index.push_back(i);
  auto on_route = [&](int v) { return std::find(route_index.begin(), route_index.end(), v) != route_index.end(); };
  const ImU32 faint = theme.high_contrast() ? IM_COL32(150, 150, 150, 255) : with_alpha(p.text_muted, 0.35f);
  auto curve = [&](ImVec2 a, ImVec2 b, ImU32 col, float thick) {
    const bool vertical = std::fabs(b.y - a.y) > std::fabs(b.x - a.x);
    const ImVec2 c1 = vertical ? ImVec2(a.x, (a.y + b.y) * 0.5f) : ImVec2((a.x + b.x) * 0.5f, a.y);
    const ImVec2 c2 = vertical ? ImVec2(b.x, (a.y + b.y) * 0.5f) : ImVec2((a.x + b.x) * 0.5f, b.y);
    dl->AddBezierCubic(a, c1, c2, b, col, thick, 24);
  };
  for (const lure::GraphEdge& e : g.edges)
    if (e.from >= 0 && e.to >= 0 && e.from != e.to) curve(at(e.from), at(e.to), faint, theme.sp(1.5f));
  // The route, drawn step by step as `progress` goes 0 -> 1.
  const int steps = int(route_index.size()) - 1;
  const float shown = progress * float(std::max(steps, 1));
  for (int k = 0; k < steps; ++k) {
    if (float(k) >= shown) break;
    curve(at(route_index[size_t(k)]), at(route_index[size_t(k + 1)]), p.accent, theme.sp(5.f));
  }
  for (int i = 0; i < n; ++i) {
    const auto& v = g.vertices[size_t(i)];
    const ImVec2 c = at(i);
    const bool ending = v.ending != lure::EndingClass::None;
    const bool mine = on_route(i);
    const float rr = ending ? r * 1.5f : (mine ? r * 1.2f : r * 0.8f);
    ImU32 fill = ending ? ending_colour(v.ending, theme) : (mine ? p.accent : faint);
    if (!mine && ending) fill = with_alpha(fill, theme.high_contrast() ? 1.f : 0.55f);
    dl->AddCircleFilled(c, rr, fill, 24);
    if (mine) dl->AddCircle(c, rr + theme.sp(3.f), p.text, 24, theme.sp(2.f));
  }
  // Number the route's steps: 1 at the start, the ending labelled by its outcome.
  ImFont* small = theme.fonts().small;
  for (size_t k = 0; k < route_index.size(); ++k) {
    if (float(k) > shown + 0.5f) break;
    const int v = route_index[k];
    const ImVec2 c = at(v);
    const auto& vert = g.vertices[size_t(v)];
    std::string label = k == 0 ? tr("Start") : "";
    if (vert.ending != lure::EndingClass::None)
      label = vert.ending == lure::EndingClass::Safe      ? tr("Safe")
              : vert.ending == lure::EndingClass::GotHelp ? tr("Got help")
                                                          : tr("Harmed");
    if (label.empty()) continue;
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0.f, label.c_str());
    ImVec2 tp(c.x - ts.x * 0.5f, c.y + r * 1.9f);
    tp.x = std::clamp(tp.x, min.x, max.x - ts.x);
    if (tp.y + ts.y > max.y) tp.y = c.y - r * 1.9f - ts.y;
    dl->AddRectFilled(ImVec2(tp.x - theme.sp(6.f), tp.y - theme.sp(2.f)), ImVec2(tp.x + ts.x + theme.sp(6.f), tp.y + ts.y + theme.sp(2.f)),
                      with_alpha(p.background_top, 0.85f), theme.sp(6.f));
    dl->AddText(small, small->FontSize, tp, p.text, label.c_str());
    trace_text(label);
  }
}

}  // namespace lureproof
