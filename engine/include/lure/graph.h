// The scenario as a graph (nodes and edges) for Graphviz DOT export and the in-game map.
#pragma once

#include <string>
#include <vector>

#include "lure/scenario.h"

namespace lure {

struct GraphEdge {
    int from = -1, to = -1;
    enum class Kind { Choice, Fallback, Divert } kind = Kind::Choice;
    std::string label;       // choice text (raw) for choices
    bool conditional = false;
};

struct Graph {
    struct Vertex { std::string id; Channel channel; EndingClass ending; bool is_start; };
    std::vector<Vertex> vertices;  // same order as Scenario::nodes
    std::vector<GraphEdge> edges;  // edges to unknown targets are left out
};

Graph graph_of(const Scenario& scenario);
std::string to_dot(const Graph& graph, const std::string& name = "scenario");

}  // namespace lure
