// graph_of: the scenario's nodes as vertices and its choices, fallbacks and diverts as edges, with
// the conditions that decide whether each edge exists, and static reachability from the start.
#include "lure/graph.h"

#include "lure/expression.h"

namespace lure {

namespace {

void add_edges(const Scenario& sc, int from, const std::vector<Statement>& body, const std::vector<GraphCondition>& branches,
               std::vector<GraphEdge>& edges) {
    for (const Statement& s : body) {
        if (s.kind == Statement::Kind::If) {
            // Branch k exists when branches 0..k-1 do not hold and branch k does (an else: none of them).
            std::vector<GraphCondition> inside = branches;
            for (std::size_t k = 0; k < s.branches.size(); ++k) {
                const Branch& b = s.branches[k];
                std::vector<GraphCondition> here = inside;
                if (b.condition >= 0) here.push_back({b.condition, true, expression_to_string(sc, b.condition)});
                else if (k == 0) here.push_back({-1, true, ""});  // an `if` whose condition did not parse
                add_edges(sc, from, b.body, here, edges);
                if (b.condition >= 0) inside.push_back({b.condition, false, here.back().text});
            }
        } else if (s.kind == Statement::Kind::Choice) {
            const Choice& c = sc.choices[static_cast<std::size_t>(s.index)];
            GraphEdge e;
            e.from = from;
            e.to = c.target_index;
            e.target = c.target;
            e.label = c.text.raw;
            e.sticky = c.sticky;
            if (c.condition >= 0) e.condition = {c.condition, true, expression_to_string(sc, c.condition)};
            e.branches = branches;
            e.shown_disabled = c.show_disabled;
            e.disabled_reason = c.disabled_reason;
            e.loc = c.loc;
            edges.push_back(std::move(e));
        } else if (s.kind == Statement::Kind::Fallback || s.kind == Statement::Kind::Divert) {
            const Jump& j = sc.jumps[static_cast<std::size_t>(s.index)];
            GraphEdge e;
            e.kind = s.kind == Statement::Kind::Fallback ? GraphEdge::Kind::Fallback : GraphEdge::Kind::Divert;
            e.from = from;
            e.to = j.target_index;
            e.target = j.target;
            e.branches = branches;
            e.loc = j.loc;
            edges.push_back(std::move(e));
        }
    }
}

}  // namespace

Graph graph_of(const Scenario& sc) {
    Graph g;
    g.id = sc.header.id;
    g.title = sc.header.title;
    for (std::size_t i = 0; i < sc.nodes.size(); ++i)
        g.vertices.push_back({sc.nodes[i].id, sc.nodes[i].channel, sc.nodes[i].ending, static_cast<int>(i) == sc.start_node, false});
    for (std::size_t i = 0; i < sc.nodes.size(); ++i) add_edges(sc, static_cast<int>(i), sc.nodes[i].body, {}, g.edges);

    if (sc.start_node >= 0 && static_cast<std::size_t>(sc.start_node) < g.vertices.size()) {
        std::vector<std::vector<int>> out(g.vertices.size());
        for (const GraphEdge& e : g.edges)
            if (e.to >= 0) out[static_cast<std::size_t>(e.from)].push_back(e.to);
        std::vector<int> todo{sc.start_node};
        g.vertices[static_cast<std::size_t>(sc.start_node)].reachable = true;
        while (!todo.empty()) {
            const int n = todo.back();
            todo.pop_back();
            for (int to : out[static_cast<std::size_t>(n)])
                if (!g.vertices[static_cast<std::size_t>(to)].reachable) {
                    g.vertices[static_cast<std::size_t>(to)].reachable = true;
                    todo.push_back(to);
                }
        }
    }
    return g;
}

}  // namespace lure
