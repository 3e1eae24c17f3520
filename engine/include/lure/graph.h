// The scenario as a graph: one vertex per node, one edge per choice, fallback and divert, with the
// conditions that decide whether an edge exists. The one graph that `lure graph`, the debrief map
// and the Studio's map read; a layout (positions, label boxes, edge paths) can be kept beside it,
// indexed like `vertices` and `edges`.
#pragma once

#include <string>
#include <vector>

#include "lure/scenario.h"

namespace lure {

// A condition: an expression of the scenario.
struct GraphCondition {
    ExprId expr = -1;  // into Scenario::exprs; -1: none (an `else`, or a choice without `if`)
    std::string text;  // as lure::expression_to_string writes it, e.g. "(trust >= 2)"
};

// An `if`/`elif`/`else` block: its branches' conditions in order (an `else` last, with expr -1;
// -1 also for a condition that did not parse).
struct GraphIf {
    std::vector<GraphCondition> branches;
};

// "Branch `branch` of Graph::ifs[if_index] is taken": its condition holds and the earlier ones do not.
struct GraphBranch {
    int if_index = -1;
    int branch = 0;
};

struct GraphEdge {
    enum class Kind {
        Choice,    // `* text -> target` / `+ text -> target`: the player picks it
        Fallback,  // `fallback -> target`: taken when no choice is open
        Divert     // `-> target`: taken without a choice
    };
    Kind kind = Kind::Choice;
    int from = -1;
    int to = -1;                        // -1: no node has the id `target`
    std::string target;                 // the target as written
    std::string label;                  // a choice's text as written ("" for fallbacks and diverts)
    bool sticky = false;                // a '+' choice, which stays after it was taken
    GraphCondition condition;           // a choice's own `if` (expr -1: none)
    std::vector<GraphBranch> branches;  // the enclosing `if`/`elif`/`else` branches, outermost first
    bool shown_disabled = false;        // `if ... else "reason"`: shown disabled, not hidden, while false
    std::string disabled_reason;
    SourceLoc loc;  // of the choice or jump

    // Whether a condition (the choice's own or an enclosing branch's) decides if the edge exists.
    bool conditional() const { return condition.expr >= 0 || !branches.empty(); }
};

struct Graph {
    struct Vertex {
        std::string id;
        Channel channel = Channel::Narration;
        EndingClass ending = EndingClass::None;
        bool is_start = false;
        bool reachable = false;  // from the start along any edge, conditions ignored (the checker's LP201 view)
        std::string label;       // the node's name on the maps: its `label:`, else node_label_default(id)
    };
    std::string id, title;         // the scenario's header `scenario:` and `title:` ("" when missing)
    std::vector<Vertex> vertices;  // same order as Scenario::nodes
    std::vector<GraphEdge> edges;  // in source order, node by node
    std::vector<GraphIf> ifs;      // every if block that holds an edge, in source order
};

Graph graph_of(const Scenario& scenario);

// A node's map label when it has no `label:`: its id in words ("ask_contract" -> "Ask contract").
std::string node_label_default(const std::string& id);

// Graphviz DOT (what `lure graph` prints): boxes with id and channel, endings as octagons coloured
// by outcome, choice texts (wrapped, with their condition) on the edges, conditional edges dashed,
// fallbacks dotted, diverts bold, unreachable nodes greyed and missing targets as red boxes.
std::string to_dot(const Graph& graph);

}  // namespace lure
