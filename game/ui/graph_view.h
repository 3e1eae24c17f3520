// The debrief map: the scenario graph in layers (start on the left, or top in portrait), the
// visitor's route highlighted and numbered, endings coloured by outcome. Drawn with ImDrawList.
#pragma once

#include "ui/theme.h"

#include <lure/graph.h>

#include <string>
#include <vector>

namespace lureproof {

struct GraphLayout {
  std::vector<ImVec2> positions;  // by vertex, in 0..1 of the area
  int layers = 0;
};

// Layered layout: layer = shortest distance from the start; order inside a layer by the parents'
// average position. `vertical` stacks layers top to bottom.
GraphLayout layout_graph(const lure::Graph& graph, bool vertical);

void draw_graph(ImDrawList* dl, ImVec2 min, ImVec2 max, const lure::Graph& graph, const GraphLayout& layout,
                const std::vector<std::string>& route, const Theme& theme, float progress);

}  // namespace lureproof
