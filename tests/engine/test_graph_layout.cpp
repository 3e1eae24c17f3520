// The layered layout: cycles, long edges and labels on small graphs; for every bundled scenario,
// in both directions, no label box overlaps another or a mark, paths join their nodes, and the
// crossing reduction never ends worse than the first order.
#include "test_helpers.h"

#include <cmath>
#include <filesystem>

using namespace lure;
using namespace lure_test;

namespace {

GraphEdge edge(int from, int to) {
    GraphEdge e;
    e.from = from;
    e.to = to;
    return e;
}

Graph chain_graph(int n, std::vector<std::pair<int, int>> extra) {
    Graph g;
    for (int i = 0; i < n; ++i)
        g.vertices.push_back({"n" + std::to_string(i), Channel::Narration, EndingClass::None, i == 0});
    for (int i = 0; i + 1 < n; ++i) g.edges.push_back(edge(i, i + 1));
    for (auto [a, b] : extra) g.edges.push_back(edge(a, b));
    return g;
}

// A label like the debrief's: the node id, about 7 units a character, at most 120 wide, then wrapped.
LayoutPoint label_size(const std::string& text) {
    const float width = 7.f * static_cast<float>(text.size());
    const float lines = std::max(1.f, std::ceil(width / 120.f));
    return {std::min(width, 120.f), 16.f * lines};
}

bool near(LayoutPoint a, LayoutPoint b) { return std::abs(a.x - b.x) < 0.01f && std::abs(a.y - b.y) < 0.01f; }

void check_layout(const Graph& g, const LaidOutGraph& l, const LayoutSettings& s) {
    const std::size_t n = g.vertices.size();
    REQUIRE(l.centres.size() == n);
    for (std::size_t a = 0; a < n; ++a) {
        // Inside the drawing.
        CHECK(l.centres[a].x >= s.node_size * 0.5f - 0.01f);
        CHECK(l.centres[a].y >= s.node_size * 0.5f - 0.01f);
        CHECK(l.centres[a].x <= l.width + 0.01f);
        CHECK(l.centres[a].y <= l.height + 0.01f);
        const LayoutBox mark_a{l.centres[a].x - s.node_size / 2, l.centres[a].y - s.node_size / 2, s.node_size,
                               s.node_size};
        for (std::size_t b = 0; b < n; ++b) {
            if (a == b) continue;
            const LayoutBox mark_b{l.centres[b].x - s.node_size / 2, l.centres[b].y - s.node_size / 2, s.node_size,
                                   s.node_size};
            INFO(g.vertices[a].id << " / " << g.vertices[b].id);
            CHECK_FALSE(boxes_overlap(l.labels[a], l.labels[b]));
            CHECK_FALSE(boxes_overlap(l.labels[a], mark_b));
            CHECK_FALSE(boxes_overlap(mark_a, mark_b));
        }
    }
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const GraphEdge& ge = g.edges[e];
        if (ge.from == ge.to || ge.to < 0) continue;
        REQUIRE(l.edge_paths[e].size() >= 2);
        CHECK(near(l.edge_paths[e].front(), l.centres[static_cast<std::size_t>(ge.from)]));
        CHECK(near(l.edge_paths[e].back(), l.centres[static_cast<std::size_t>(ge.to)]));
    }
    CHECK(l.layer_crossings <= l.layer_crossings_first_order);
}

}  // namespace

TEST_CASE("layout: a chain is one node per layer, a back edge keeps the layers, a long edge bends") {
    Graph g = chain_graph(4, {{3, 1}, {0, 3}});
    LayoutSettings s;
    LaidOutGraph l = layout_layered(g, {}, s);
    CHECK(l.layers == 4);
    CHECK(l.layer == std::vector<int>{0, 1, 2, 3});
    CHECK(l.centres[0].x < l.centres[1].x);
    CHECK(l.centres[2].x < l.centres[3].x);
    CHECK(l.edge_paths[4].size() > 2);  // 3 -> 1 goes back through the layers between
    CHECK(l.edge_paths[5].size() > 2);  // 0 -> 3 passes layers 1 and 2 beside their nodes
    check_layout(g, l, s);
    s.vertical = true;
    LaidOutGraph v = layout_layered(g, {}, s);
    CHECK(v.centres[0].y < v.centres[3].y);
    check_layout(g, v, s);
}

TEST_CASE("layout: the crossing reduction untangles two crossed pairs") {
    // 0 -> {1, 2}; 1 -> 4, 2 -> 3 : in the first order 3 and 4 cross.
    Graph g;
    for (int i = 0; i < 5; ++i)
        g.vertices.push_back({"v" + std::to_string(i), Channel::Narration, EndingClass::None, i == 0});
    g.edges = {edge(0, 1), edge(0, 2), edge(1, 4), edge(2, 3)};
    LaidOutGraph l = layout_layered(g, {}, {});
    CHECK(l.layer_crossings == 0);
    CHECK(l.crossings == 0);
}

TEST_CASE("layout: every bundled scenario, both directions, labels apart and crossings recorded") {
    const std::filesystem::path dir = std::filesystem::path(LURE_TEST_DATA_DIR) / ".." / ".." / "assets" / "scenarios";
    int scenarios = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".lure") continue;
        DiskFileSource disk;
        ParseResult r = load_scenario(entry.path().string(), disk);
        REQUIRE(r.ok());
        ++scenarios;
        const Graph g = graph_of(r.scenario);
        std::vector<LayoutPoint> labels;
        for (const auto& v : g.vertices) labels.push_back(label_size(v.id));
        for (bool vertical : {false, true}) {
            LayoutSettings s;
            s.vertical = vertical;
            CAPTURE(entry.path().filename().string());
            CAPTURE(vertical);
            LaidOutGraph l = layout_layered(g, labels, s);
            check_layout(g, l, s);
            MESSAGE(entry.path().stem().string()
                    << std::string(vertical ? " vertical" : " horizontal") << ": " << g.vertices.size() << " nodes, "
                    << l.layers << " layers, " << l.width << " x " << l.height << ", crossings between layers "
                    << l.layer_crossings_first_order << " -> " << l.layer_crossings << ", as drawn " << l.crossings);
        }
    }
    CHECK(scenarios >= 6);
}
