// graph_of() and the Graphviz DOT export.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("graph has one vertex per node and edges for choices, fallbacks and diverts") {
    auto r = parse(std::string(kHeader) + "var x = 1\n== a [chat]\nnarrator: a\n* Go -> b\nif x > 0\n-> c\nendif\nfallback -> c\n"
                   "== b [sms] ending safe\nnarrator: b\n== c [call] ending harmed\nnarrator: c\n");
    Graph g = graph_of(r.scenario);
    REQUIRE(g.vertices.size() == 3);
    CHECK(g.vertices[0].is_start);
    REQUIRE(g.edges.size() == 3);
    CHECK(g.edges[0].kind == GraphEdge::Kind::Choice);
    CHECK(g.edges[0].label == "Go");
    CHECK(g.edges[1].kind == GraphEdge::Kind::Divert);
    CHECK(g.edges[1].conditional);
    CHECK(g.edges[2].kind == GraphEdge::Kind::Fallback);
    std::string dot = to_dot(g, "t");
    CHECK(dot.rfind("digraph \"t\" {", 0) == 0);
    CHECK(dot.find("\"a\" -> \"b\" [label=\"Go\"]") != std::string::npos);
    CHECK(dot.find("color=firebrick") != std::string::npos);
}
