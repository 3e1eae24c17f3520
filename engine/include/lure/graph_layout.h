// A layered drawing of a scenario graph in the Sugiyama style: layers from the start, crossing
// reduction by barycentres, coordinates that keep every node's label box apart, and edge paths
// routed between the layers. Plain C++: the debrief, the Studio's map and `lure graph` share it.
#pragma once

#include <vector>

#include "lure/graph.h"

namespace lure {

struct LayoutPoint {
    float x = 0, y = 0;
};

struct LayoutBox {
    float x = 0, y = 0, w = 0, h = 0;  // top-left corner and size
};

struct LayoutSettings {
    bool vertical = false;  // layers top to bottom (portrait screens); else left to right
    float node_size = 18;   // the node's mark, a circle of this diameter
    float label_gap = 4;    // between the mark and its label
    float node_gap = 14;    // between neighbours in a layer
    float layer_gap = 44;   // between layers
    int sweeps = 16;        // crossing reduction passes (down and up)
};

struct LaidOutGraph {
    std::vector<LayoutPoint> centres;                  // by vertex: the mark's centre
    std::vector<LayoutBox> labels;                     // by vertex: the label box (size 0: none)
    std::vector<std::vector<LayoutPoint>> edge_paths;  // by edge: a polyline (empty for a loop)
    std::vector<int> layer;                            // by vertex
    int layers = 0;
    float width = 0, height = 0;          // the drawing's extent, from (0, 0)
    int crossings = 0;                    // crossings between the edge paths, as drawn
    int layer_crossings = 0;              // crossings between adjacent layers, reduced
    int layer_crossings_first_order = 0;  // the same in the first (depth-first) order
};

// `label_sizes` holds each vertex's label width (x) and height (y), measured by the caller in
// the drawing's units; vertices without a label pass {0, 0}.
LaidOutGraph layout_layered(const Graph& graph, const std::vector<LayoutPoint>& label_sizes,
                            const LayoutSettings& settings = {});

// Crossings between polylines: pairs of segments of different paths that cross properly.
int count_crossings(const std::vector<std::vector<LayoutPoint>>& paths);

bool boxes_overlap(const LayoutBox& a, const LayoutBox& b);

}  // namespace lure
