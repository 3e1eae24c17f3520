// graph_of: the scenario's nodes as vertices and its choices, fallbacks and diverts as edges, with
// the conditions that decide whether each edge exists, and static reachability from the start.
#include "lure/graph.h"

#include "lure/expression.h"

namespace lure {

namespace {

GraphCondition condition_of(const Scenario& sc, ExprId expr) {
    return {expr, expr >= 0 ? expression_to_string(sc, expr) : std::string()};
}

bool has_edge(const Statement& s) {
    if (s.kind == Statement::Kind::Choice || s.kind == Statement::Kind::Fallback || s.kind == Statement::Kind::Divert)
        return true;
    for (const Branch& b : s.branches)
        for (const Statement& inner : b.body)
            if (has_edge(inner)) return true;
    return false;
}

void add_edges(const Scenario& sc, int from, const std::vector<Statement>& body, std::vector<GraphBranch>& branches,
               Graph& g) {
    std::vector<GraphEdge>& edges = g.edges;
    for (const Statement& s : body) {
        if (s.kind == Statement::Kind::If) {
            if (!has_edge(s)) continue;  // only the ifs that decide an edge are kept
            const int index = static_cast<int>(g.ifs.size());
            g.ifs.emplace_back();
            for (const Branch& b : s.branches) g.ifs.back().branches.push_back(condition_of(sc, b.condition));
            for (std::size_t k = 0; k < s.branches.size(); ++k) {
                branches.push_back({index, static_cast<int>(k)});
                add_edges(sc, from, s.branches[k].body, branches, g);
                branches.pop_back();
            }
        } else if (s.kind == Statement::Kind::Choice) {
            const Choice& c = sc.choices[static_cast<std::size_t>(s.index)];
            GraphEdge e;
            e.from = from;
            e.to = c.target_index;
            e.target = c.target;
            e.label = c.text.raw;
            e.sticky = c.sticky;
            e.condition = condition_of(sc, c.condition);
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

std::string node_label_default(const std::string& id) {
    std::string out;
    for (char c : id) out += c == '_' || c == '-' ? ' ' : c;
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

Graph graph_of(const Scenario& sc) {
    Graph g;
    g.id = sc.header.id;
    g.title = sc.header.title;
    for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
        const Node& n = sc.nodes[i];
        g.vertices.push_back({n.id, n.channel, n.ending, static_cast<int>(i) == sc.start_node, false,
                              n.label.empty() ? node_label_default(n.id) : n.label});
    }
    std::vector<GraphBranch> branches;
    for (std::size_t i = 0; i < sc.nodes.size(); ++i) add_edges(sc, static_cast<int>(i), sc.nodes[i].body, branches, g);

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
