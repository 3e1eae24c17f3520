// The scenario's map by the engine's layered layout (lure/graph_layout.h) as JSON (node positions,
// label boxes, edge paths, crossing counts) or as an SVG picture, for `lure graph --format`.
#pragma once

#include <string>
#include <vector>

#include "lure/graph.h"
#include "lure/graph_layout.h"
#include "lure/scenario.h"

namespace cli {

struct ScenarioMap {
    lure::Graph graph;
    std::vector<std::vector<std::string>> labels;  // by vertex: the label's lines
    lure::LaidOutGraph layout;
    bool vertical = false;
};

// `vertical`: layers top to bottom, as on a portrait screen.
ScenarioMap map_scenario(const lure::Scenario& scenario, bool vertical);
std::string map_to_json(const ScenarioMap& map, const std::string& scenario_id);
std::string map_to_svg(const ScenarioMap& map, const std::string& scenario_id);

}  // namespace cli
