// `lure graph --format json|svg`: the scenario's map drawn by the engine's layered layout, the same
// one the debrief and the Studio use: node positions, label boxes, edge paths and crossing counts.
#include "graph_map.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "lure/graph_layout.h"

namespace cli {

namespace {

constexpr float kCharWidth = 7.f;  // a 12 px label font, about 7 px a character
constexpr float kLineHeight = 16.f;
constexpr float kLabelWidth = 120.f;  // labels wrap at this width

// The node's map label (its `label:`, or its id in words), wrapped into lines.
std::vector<std::string> label_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string line, word;
    auto flush_word = [&] {
        if (word.empty()) return;
        if (!line.empty() && static_cast<float>(line.size() + 1 + word.size()) * kCharWidth > kLabelWidth) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        word.clear();
    };
    for (char c : text) {
        if (c == ' ') flush_word();
        else word += c;
    }
    flush_word();
    if (!line.empty()) lines.push_back(line);
    return lines;
}

lure::LayoutPoint label_size(const std::vector<std::string>& lines) {
    std::size_t longest = 0;
    for (const std::string& l : lines) longest = std::max(longest, l.size());
    return {static_cast<float>(longest) * kCharWidth, static_cast<float>(lines.size()) * kLineHeight};
}

const char* edge_kind(lure::GraphEdge::Kind k) {
    switch (k) {
        case lure::GraphEdge::Kind::Choice: return "choice";
        case lure::GraphEdge::Kind::Fallback: return "fallback";
        case lure::GraphEdge::Kind::Divert: return "divert";
    }
    return "choice";
}

std::string escape_xml(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

std::string num(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(v));
    return buf;
}

}  // namespace

ScenarioMap map_scenario(const lure::Scenario& scenario, bool vertical) {
    ScenarioMap map;
    map.graph = lure::graph_of(scenario);
    std::vector<lure::LayoutPoint> sizes;
    for (const auto& v : map.graph.vertices) {
        map.labels.push_back(label_lines(v.label));
        sizes.push_back(label_size(map.labels.back()));
    }
    lure::LayoutSettings settings;
    settings.vertical = vertical;
    map.layout = lure::layout_layered(map.graph, sizes, settings);
    map.vertical = vertical;
    return map;
}

std::string map_to_json(const ScenarioMap& map, const std::string& scenario_id) {
    nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
    for (std::size_t i = 0; i < map.graph.vertices.size(); ++i) {
        const auto& v = map.graph.vertices[i];
        const lure::LayoutBox& box = map.layout.labels[i];
        nodes.push_back({{"id", v.id},
                         {"label", map.labels[i]},
                         {"label_text", v.label},
                         {"x", map.layout.centres[i].x},
                         {"y", map.layout.centres[i].y},
                         {"layer", map.layout.layer[i]},
                         {"start", v.is_start},
                         {"ending", v.ending == lure::EndingClass::None ? "" : lure::ending_class_name(v.ending)},
                         {"label_box", {{"x", box.x}, {"y", box.y}, {"w", box.w}, {"h", box.h}}}});
    }
    for (std::size_t e = 0; e < map.graph.edges.size(); ++e) {
        const lure::GraphEdge& edge = map.graph.edges[e];
        nlohmann::json path = nlohmann::json::array();
        for (const lure::LayoutPoint& p : map.layout.edge_paths[e]) path.push_back({p.x, p.y});
        edges.push_back({{"from", map.graph.vertices[static_cast<std::size_t>(edge.from)].id},
                         {"to", edge.to >= 0 ? map.graph.vertices[static_cast<std::size_t>(edge.to)].id : edge.target},
                         {"kind", edge_kind(edge.kind)},
                         {"conditional", edge.conditional()},
                         {"path", path}});
    }
    nlohmann::json out = {{"scenario", scenario_id},
                          {"direction", map.vertical ? "top-down" : "left-right"},
                          {"width", map.layout.width},
                          {"height", map.layout.height},
                          {"layers", map.layout.layers},
                          {"node_size", lure::LayoutSettings{}.node_size},
                          {"crossings", map.layout.crossings},
                          {"layer_crossings", map.layout.layer_crossings},
                          {"layer_crossings_first_order", map.layout.layer_crossings_first_order},
                          {"nodes", nodes},
                          {"edges", edges}};
    return out.dump(2) + "\n";
}

std::string map_to_svg(const ScenarioMap& map, const std::string& scenario_id) {
    const float margin = 16.f;
    const float r = lure::LayoutSettings{}.node_size * 0.5f;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(map.layout.width + 2 * margin) +
                      "\" height=\"" + num(map.layout.height + 2 * margin) +
                      "\" font-family=\"sans-serif\" font-size=\"12\">\n";
    out += "<title>" + escape_xml(scenario_id) + "</title>\n";
    out +=
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
        "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#667\"/></marker></defs>\n";
    out += "<g transform=\"translate(" + num(margin) + "," + num(margin) + ")\">\n";
    for (std::size_t e = 0; e < map.graph.edges.size(); ++e) {
        const auto& path = map.layout.edge_paths[e];
        if (path.size() < 2) continue;
        // Stop the arrow at the target mark's edge.
        std::vector<lure::LayoutPoint> pts = path;
        lure::LayoutPoint& last = pts.back();
        const lure::LayoutPoint& prev = pts[pts.size() - 2];
        const float dx = last.x - prev.x, dy = last.y - prev.y, len = std::sqrt(dx * dx + dy * dy);
        if (len > r) last = {last.x - dx / len * r, last.y - dy / len * r};
        std::string points;
        for (const auto& p : pts) points += num(p.x) + "," + num(p.y) + " ";
        const bool dashed = map.graph.edges[e].conditional();
        out += "<polyline points=\"" + points + "\" fill=\"none\" stroke=\"#667\" stroke-width=\"1.5\"" +
               (dashed ? " stroke-dasharray=\"5 4\"" : "") + " marker-end=\"url(#arrow)\"/>\n";
    }
    for (std::size_t i = 0; i < map.graph.vertices.size(); ++i) {
        const auto& v = map.graph.vertices[i];
        const lure::LayoutPoint c = map.layout.centres[i];
        const char* fill = v.ending == lure::EndingClass::Safe      ? "#2e9d62"
                           : v.ending == lure::EndingClass::Harmed  ? "#c8463c"
                           : v.ending == lure::EndingClass::GotHelp ? "#2f7fd0"
                                                                    : "#9aa0b4";
        out += "<circle cx=\"" + num(c.x) + "\" cy=\"" + num(c.y) + "\" r=\"" + num(r) + "\" fill=\"" + fill + "\"" +
               (v.is_start ? " stroke=\"#223\" stroke-width=\"3\"" : "") + "><title>" + escape_xml(v.id) +
               "</title></circle>\n";
        const lure::LayoutBox& box = map.layout.labels[i];
        for (std::size_t k = 0; k < map.labels[i].size(); ++k)
            out += "<text x=\"" + num(box.x) + "\" y=\"" + num(box.y + kLineHeight * static_cast<float>(k) + 12.f) +
                   "\">" + escape_xml(map.labels[i][k]) + "</text>\n";
    }
    return out + "</g>\n</svg>\n";
}

}  // namespace cli
