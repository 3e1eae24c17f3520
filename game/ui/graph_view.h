// The story map of the debrief and the Studio: the scenario graph laid out by the engine's layered
// layout (lure::layout_layered) in points, every node named by its short label, drawn with ImDrawList
// at any origin (the map scrolls and pans inside its card).
#pragma once

#include "ui/theme.h"

#include <lure/graph.h>
#include <lure/graph_layout.h>

#include <string>
#include <vector>

namespace lureproof {

struct MapLayout {
  lure::LaidOutGraph laid;
  std::vector<std::vector<std::string>> label_lines;  // by vertex: its label wrapped
  ImFont* font = nullptr;
  float font_size = 0.f, line_height = 0.f;
  float margin = 0.f;  // around the drawing: room for the route's rings and the flag icons
  bool vertical = false;
  // The whole map's size, margins included.
  ImVec2 size() const { return ImVec2(laid.width + 2 * margin, laid.height + 2 * margin); }
  // A vertex's mark centre and label box when the map's top-left corner is at `origin`.
  ImVec2 centre(ImVec2 origin, int v) const;
  ImVec4 label_box(ImVec2 origin, int v) const;  // x0, y0, x1, y1
};

// Labels in `font` at `font_size`, wrapped at `wrap` points; `vertical` stacks the layers top to
// bottom, `layer_gap` points apart (the Studio leaves room for the choice texts).
MapLayout layout_map(const lure::Graph& graph, ImFont* font, float font_size, float wrap, bool vertical,
                     const Theme& theme, float layer_gap = 40.f);

// What is drawn over the plain map.
struct MapMarks {
  std::vector<int> route;  // vertices in visit order: drawn step by step as `progress` goes 0 -> 1
  float progress = 1.f;
  std::vector<int> flags;         // by vertex: red flags met there (a flag icon with the count)
  std::vector<int> road_endings;  // by edge: the ending vertex a road not taken leads to (-1: none)
  int selected = -1;              // the vertex whose details are open
  int cursor = -1, current = -1;  // the Studio: node under the text cursor, node being played
  bool authoring = false;         // the Studio: choice texts on the edges, unreachable nodes and missing targets marked
};

void draw_map(ImDrawList* dl, ImVec2 origin, const lure::Graph& graph, const MapLayout& layout, const MapMarks& marks,
              const Theme& theme);

// The outcome colour of an ending (the legend's).
ImU32 ending_colour(lure::EndingClass ending, const Theme& theme);

}  // namespace lureproof
