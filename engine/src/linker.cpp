// Name resolution after parsing: builds id tables once and fills every *_index / ref field.
#include "linker.h"

#include <string>
#include <unordered_map>

namespace lure {

namespace {
template <class T>
std::unordered_map<std::string, int> index_of(const std::vector<T>& items) {
    std::unordered_map<std::string, int> map;
    map.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) map.emplace(items[i].id, static_cast<int>(i));
    return map;
}

int lookup(const std::unordered_map<std::string, int>& map, const std::string& id) {
    auto it = map.find(id);
    return it == map.end() ? -1 : it->second;
}
}  // namespace

void link_scenario(Scenario& sc) {
    auto nodes = index_of(sc.nodes);
    auto vars = index_of(sc.variables);
    auto chars = index_of(sc.characters);
    auto flags = index_of(sc.flags);

    for (Choice& c : sc.choices) c.target_index = lookup(nodes, c.target);
    for (Jump& j : sc.jumps) j.target_index = lookup(nodes, j.target);
    for (Assignment& a : sc.assignments) a.var_index = lookup(vars, a.var);
    for (Message& m : sc.messages) {
        m.speaker_index = m.is_debrief ? -1 : lookup(chars, m.speaker);
        m.flag_indices.clear();
        for (const auto& f : m.flags) m.flag_indices.push_back(lookup(flags, f));
    }
    for (Node& n : sc.nodes)
        for (PropertyFlag& f : n.property_flags) f.flag_index = lookup(flags, f.flag);
    for (Expr& e : sc.exprs) {
        if (e.op == ExprOp::Var) e.ref = lookup(vars, e.name);
        else if (e.op == ExprOp::Visits) e.ref = lookup(nodes, e.name);
    }
    if (!sc.header.start.empty()) sc.start_node = lookup(nodes, sc.header.start);
    else sc.start_node = sc.nodes.empty() ? -1 : 0;
    if (!sc.header.persona.name.empty() && sc.characters.size() > 1 && sc.characters[1].built_in)
        sc.characters[1].name = sc.header.persona.name;
}

}  // namespace lure
