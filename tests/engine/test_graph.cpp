// graph_of() (edge kinds, conditions, disabled choices, reachability) and its Graphviz DOT form.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

namespace {
// A scenario written for these tests: every kind of edge, a choice shown disabled with a reason, a
// sticky one, if/elif/else branches, an unreachable node and a missing target.
const std::string kStory = std::string(kHeader) +
                           "var savings = 100\nvar met = false\n"
                           "== a [chat]\nnarrator: a\n"
                           "* Pay the fee -> b if savings >= 150 else \"Not enough money\"\n"
                           "+ Think about it -> a\n"
                           "if savings < 50\n-> c\nelif met\n* Ask a friend -> b\nelse\n-> lost\nendif\n"
                           "fallback -> c\n"
                           "== b [sms] ending safe\nnarrator: b\n"
                           "== c [call] ending harmed\nnarrator: c\n"
                           "== island [email]\nnarrator: nobody comes here\n";

Graph story_graph() {
    ParseResult r = parse(kStory);
    return graph_of(r.scenario);
}
}  // namespace

TEST_CASE("graph: one vertex per node with start, ending and static reachability") {
    const Graph g = story_graph();
    CHECK(g.id == "test");
    CHECK(g.title == "Test");
    REQUIRE(g.vertices.size() == 4);
    CHECK(g.vertices[0].id == "a");
    CHECK(g.vertices[0].is_start);
    CHECK_FALSE(g.vertices[1].is_start);
    CHECK(g.vertices[1].ending == EndingClass::Safe);
    CHECK(g.vertices[2].channel == Channel::Call);
    CHECK(g.vertices[0].reachable);
    CHECK(g.vertices[1].reachable);
    CHECK(g.vertices[2].reachable);
    CHECK_FALSE(g.vertices[3].reachable);  // island: no edge leads there
}

TEST_CASE("graph: edge kinds, labels and targets in source order") {
    const Graph g = story_graph();
    REQUIRE(g.edges.size() == 6);
    using K = GraphEdge::Kind;
    CHECK(g.edges[0].kind == K::Choice);
    CHECK(g.edges[0].label == "Pay the fee");
    CHECK(g.edges[0].to == 1);
    CHECK(g.edges[0].loc.line == kHeaderLines + 5);
    CHECK(g.edges[1].kind == K::Choice);
    CHECK(g.edges[1].sticky);
    CHECK_FALSE(g.edges[0].sticky);
    CHECK(g.edges[1].to == 0);  // a loop
    CHECK(g.edges[2].kind == K::Divert);
    CHECK(g.edges[2].label.empty());
    CHECK(g.edges[3].kind == K::Choice);
    CHECK(g.edges[4].kind == K::Divert);
    CHECK(g.edges[4].to == -1);  // no node 'lost'
    CHECK(g.edges[4].target == "lost");
    CHECK(g.edges[5].kind == K::Fallback);
    CHECK(g.edges[5].to == 2);
    for (const GraphEdge& e : g.edges) CHECK(e.from == 0);
}

TEST_CASE("graph: a choice's own condition, its disabled reason and the enclosing branches") {
    const Graph g = story_graph();
    REQUIRE(g.edges.size() == 6);
    const GraphEdge& pay = g.edges[0];
    CHECK(pay.conditional());
    CHECK(pay.condition.expr >= 0);
    CHECK(pay.condition.text == "(savings >= 150)");
    CHECK(pay.branches.empty());
    CHECK(pay.shown_disabled);
    CHECK(pay.disabled_reason == "Not enough money");

    const GraphEdge& think = g.edges[1];
    CHECK_FALSE(think.conditional());
    CHECK_FALSE(think.shown_disabled);
    CHECK(think.condition.expr == -1);

    // One if block with three branches: savings < 50, met, else.
    REQUIRE(g.ifs.size() == 1);
    REQUIRE(g.ifs[0].branches.size() == 3);
    CHECK(g.ifs[0].branches[0].text == "(savings < 50)");
    CHECK(g.ifs[0].branches[1].text == "met");
    CHECK(g.ifs[0].branches[2].expr == -1);

    const GraphEdge& poor = g.edges[2];  // if savings < 50: -> c
    CHECK(poor.conditional());
    REQUIRE(poor.branches.size() == 1);
    CHECK(poor.branches[0].if_index == 0);
    CHECK(poor.branches[0].branch == 0);

    const GraphEdge& ask = g.edges[3];  // elif met: * Ask a friend -> b
    CHECK(ask.condition.expr == -1);    // no condition of its own...
    CHECK(ask.conditional());           // ...but inside a branch
    REQUIRE(ask.branches.size() == 1);
    CHECK(ask.branches[0].branch == 1);

    const GraphEdge& other = g.edges[4];  // else: -> lost
    REQUIRE(other.branches.size() == 1);
    CHECK(other.branches[0].branch == 2);

    CHECK_FALSE(g.edges[5].conditional());  // the fallback is outside the if
}

TEST_CASE("graph: nested ifs keep the outer branch first; ifs without edges are left out") {
    auto r = parse(std::string(kHeader) +
                   "var x = 1\n== a [chat]\nnarrator: a\nif x > 9\nnarrator: big\nendif\n"
                   "if x > 0\nif x > 5\n-> b\nendif\nendif\n"
                   "-> b\n== b [sms] ending safe\nnarrator: b\n");
    const Graph g = graph_of(r.scenario);
    REQUIRE(g.edges.size() == 2);
    REQUIRE(g.ifs.size() == 2);
    REQUIRE(g.edges[0].branches.size() == 2);
    const GraphBranch outer = g.edges[0].branches[0], inner = g.edges[0].branches[1];
    CHECK(g.ifs[size_t(outer.if_index)].branches[size_t(outer.branch)].text == "(x > 0)");
    CHECK(g.ifs[size_t(inner.if_index)].branches[size_t(inner.branch)].text == "(x > 5)");
    CHECK(g.edges[1].branches.empty());
}

TEST_CASE("graph DOT: styles follow the edge kinds, conditions and disabled flags") {
    const std::string dot = to_dot(story_graph());
    const char* expected[] = {
        "digraph \"test\" {",
        "label=\"Test\"",
        "\"__start\" -> \"a\";",
        // The disabled choice: dashed (conditional), grey, its condition under its text.
        "\"a\" -> \"b\" [label=\"Pay the fee\\n[if (savings >= 150)]\", style=dashed, color=\"#888888\"];",
        "\"a\" -> \"a\" [label=\"+ Think about it\"];",
        "\"a\" -> \"c\" [style=dashed];",
        "\"a\" -> \"c\" [label=\"fallback\", style=dotted];",
        "\"missing:lost\" [label=\"lost\\n(no such node)\"",
        "\"a\" -> \"missing:lost\" [style=dashed, color=\"#c62828\"];",
        "island\\n[email]\\n(unreachable)",
        "ending: harmed",
    };
    for (const char* text : expected) CHECK_MESSAGE(dot.find(text) != std::string::npos, text);
}

TEST_CASE("graph DOT: an unconditional divert is bold; a scenario without id is called 'scenario'") {
    auto r = parse("== a [chat]\nnarrator: a\n-> b\n== b [sms] ending safe\nnarrator: b\n");
    const std::string dot = to_dot(graph_of(r.scenario));
    CHECK(dot.find("digraph \"scenario\" {") != std::string::npos);
    CHECK(dot.find("\"a\" -> \"b\" [style=bold];") != std::string::npos);
}
