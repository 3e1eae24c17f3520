// Scenario graph (nodes + choice/fallback/divert edges) and its Graphviz DOT form.
#include "lure/graph.h"

#include <functional>

namespace lure {

Graph graph_of(const Scenario& sc) {
    Graph g;
    for (std::size_t i = 0; i < sc.nodes.size(); ++i)
        g.vertices.push_back({sc.nodes[i].id, sc.nodes[i].channel, sc.nodes[i].ending,
                              static_cast<int>(i) == sc.start_node});
    std::function<void(int, const std::vector<Statement>&, bool)> walk = [&](int from, const std::vector<Statement>& body,
                                                                             bool conditional) {
        for (const Statement& s : body) {
            if (s.kind == Statement::Kind::Choice) {
                const Choice& c = sc.choices[static_cast<std::size_t>(s.index)];
                if (c.target_index >= 0)
                    g.edges.push_back({from, c.target_index, GraphEdge::Kind::Choice, c.text.raw, conditional || c.condition >= 0});
            } else if (s.kind == Statement::Kind::Fallback || s.kind == Statement::Kind::Divert) {
                const Jump& j = sc.jumps[static_cast<std::size_t>(s.index)];
                if (j.target_index >= 0)
                    g.edges.push_back({from, j.target_index,
                                       s.kind == Statement::Kind::Fallback ? GraphEdge::Kind::Fallback : GraphEdge::Kind::Divert,
                                       "", conditional});
            } else if (s.kind == Statement::Kind::If) {
                for (const Branch& b : s.branches) walk(from, b.body, true);
            }
        }
    };
    for (std::size_t i = 0; i < sc.nodes.size(); ++i) walk(static_cast<int>(i), sc.nodes[i].body, false);
    return g;
}

namespace {
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        out += c;
    }
    return out + "\"";
}
}  // namespace

std::string to_dot(const Graph& g, const std::string& name) {
    std::string out = "digraph " + quoted(name) + " {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
    for (const auto& v : g.vertices) {
        std::string attrs = "label=" + quoted(v.id + "\n[" + channel_name(v.channel) + "]");
        if (v.ending == EndingClass::Safe) attrs += ", color=darkgreen, penwidth=2";
        else if (v.ending == EndingClass::Harmed) attrs += ", color=firebrick, penwidth=2";
        else if (v.ending == EndingClass::GotHelp) attrs += ", color=royalblue, penwidth=2";
        if (v.is_start) attrs += ", shape=box, style=\"rounded,bold\"";
        out += "  " + quoted(v.id) + " [" + attrs + "];\n";
    }
    for (const auto& e : g.edges) {
        if (e.from < 0 || e.to < 0) continue;
        std::string attrs;
        if (e.kind == GraphEdge::Kind::Choice) attrs = "label=" + quoted(e.label.size() > 40 ? e.label.substr(0, 37) + "..." : e.label);
        else attrs = e.kind == GraphEdge::Kind::Fallback ? "label=\"fallback\", style=dotted" : "style=bold";
        if (e.conditional) attrs += ", style=dashed";
        out += "  " + quoted(g.vertices[static_cast<std::size_t>(e.from)].id) + " -> " +
               quoted(g.vertices[static_cast<std::size_t>(e.to)].id) + " [" + attrs + "];\n";
    }
    return out + "}\n";
}

}  // namespace lure
