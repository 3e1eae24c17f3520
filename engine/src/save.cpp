// Save files: versioned JSON keyed by ids. Restore re-enters the node where the current step began
// from the saved entry state, so edited node content (added lines) is shown after loading.
#include "lure/save.h"

#include <functional>

#include <nlohmann/json.hpp>

namespace lure {

namespace {

using json = nlohmann::json;

json value_to_json(const Value& v) {
    switch (v.type) {
        case ValueType::Bool: return v.b;
        case ValueType::Int: return v.i;
        case ValueType::String: return v.s;
        default: return nullptr;
    }
}

std::optional<Value> value_from_json(const json& j) {
    if (j.is_boolean()) return Value::boolean(j.get<bool>());
    if (j.is_number_integer()) return Value::integer(j.get<std::int64_t>());
    if (j.is_string()) return Value::string(j.get<std::string>());
    return std::nullopt;
}

// Stable key of a choice: its #line id, else "<node>/<text as written>".
std::vector<std::string> choice_keys(const Scenario& sc) {
    std::vector<std::string> keys(sc.choices.size());
    std::function<void(const std::vector<Statement>&, const std::string&)> walk =
        [&](const std::vector<Statement>& body, const std::string& node) {
            for (const Statement& s : body) {
                if (s.kind == Statement::Kind::Choice) {
                    const Choice& c = sc.choices[static_cast<std::size_t>(s.index)];
                    keys[static_cast<std::size_t>(s.index)] = c.line_id.empty() ? node + "/" + c.text.raw : c.line_id;
                }
                for (const Branch& b : s.branches) walk(b.body, node);
            }
        };
    for (const Node& n : sc.nodes) walk(n.body, n.id);
    return keys;
}

json line_to_json(const LineView& l) {
    json j = {{"id", l.line_id}, {"speaker", l.speaker_id}, {"text", l.text}};
    if (!l.emphasis.empty()) {
        json spans = json::array();
        for (const Span& s : l.emphasis) spans.push_back({s.begin, s.end});
        j["emphasis"] = spans;
    }
    if (!l.flags.empty()) j["flags"] = l.flags;
    if (l.comment) j["comment"] = l.commenter;
    if (!l.tags.empty()) {
        json tags = json::array();
        for (const Tag& t : l.tags) tags.push_back({t.key, t.value});
        j["tags"] = tags;
    }
    return j;
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

LineView line_from_json(const Scenario& sc, const json& j) {
    LineView l;
    if (!j.is_object()) return l;
    l.line_id = str(j, "id");
    l.speaker_id = str(j, "speaker");
    int c = l.speaker_id.empty() ? -1 : sc.find_character(l.speaker_id);
    if (c >= 0) l.speaker = &sc.characters[static_cast<std::size_t>(c)];
    l.text = str(j, "text");
    if (auto it = j.find("comment"); it != j.end() && it->is_string()) {
        l.comment = true;
        l.commenter = it->get<std::string>();
    }
    if (auto it = j.find("emphasis"); it != j.end() && it->is_array())
        for (const json& s : *it)
            if (s.is_array() && s.size() == 2 && s[0].is_number_unsigned() && s[1].is_number_unsigned()) {
                std::size_t b = s[0].get<std::size_t>(), e = s[1].get<std::size_t>();
                if (b <= e && e <= l.text.size()) l.emphasis.push_back({b, e});
            }
    if (auto it = j.find("flags"); it != j.end() && it->is_array())
        for (const json& f : *it)
            if (f.is_string()) l.flags.push_back(f.get<std::string>());
    if (auto it = j.find("tags"); it != j.end() && it->is_array())
        for (const json& t : *it)
            if (t.is_array() && t.size() == 2 && t[0].is_string() && t[1].is_string()) {
                Tag tag;
                tag.key = t[0].get<std::string>();
                tag.value = t[1].get<std::string>();
                if (tag.key == "image") l.image = tag.value;
                else if (tag.key == "sound") l.sound = tag.value;
                else if (tag.key == "time") l.time = tag.value;
                l.tags.push_back(std::move(tag));
            }
    return l;
}

std::vector<std::string> strings(const json& j, const char* key) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (const json& s : *it)
            if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
}

}  // namespace

std::string save(const Story& story) {
    const Scenario& sc = story.scenario();
    const StoryState& entry = story.step_entry_state();
    json vars = json::object();
    for (std::size_t i = 0; i < sc.variables.size() && i < entry.variables.size(); ++i)
        vars[sc.variables[i].id] = value_to_json(entry.variables[i]);
    json visits = json::object();
    for (std::size_t i = 0; i < sc.nodes.size() && i < entry.visits.size(); ++i)
        if (entry.visits[i] > 0) visits[sc.nodes[i].id] = entry.visits[i];
    std::vector<std::string> keys = choice_keys(sc);
    json used = json::array();
    for (std::size_t i = 0; i < entry.used.size() && i < keys.size(); ++i)
        if (entry.used[i]) used.push_back(keys[i]);
    json transcript = json::array();
    std::vector<std::string> path;
    for (const NodeView& v : story.transcript()) {
        if (v.step >= story.steps()) break;  // the current step is re-run on restore
        json lines = json::array(), debrief = json::array();
        for (const LineView& l : v.lines) lines.push_back(line_to_json(l));
        for (const LineView& l : v.debrief) debrief.push_back(line_to_json(l));
        transcript.push_back({{"node", v.id}, {"step", v.step}, {"lines", lines}, {"debrief", debrief}});
        path.push_back(v.id);
    }
    const std::string node =
        story.step_entry_node() >= 0 && static_cast<std::size_t>(story.step_entry_node()) < sc.nodes.size()
            ? sc.nodes[static_cast<std::size_t>(story.step_entry_node())].id
            : std::string();
    json j = {
        {"format", "lureproof-save"},
        {"version", kSaveVersion},
        {"scenario", sc.header.id},
        {"seed", story.seed()},
        {"steps", story.steps()},
        {"node", node},
        {"state", {{"variables", vars}, {"visits", visits}, {"used_choices", used}, {"rng", entry.rng}}},
        {"path", path},
        {"flags_seen", story.flags_seen()},
        {"choices_taken", story.choices_taken()},
        {"transcript", transcript},
    };
    return j.dump(1);
}

RestoreResult restore(const Scenario& sc, const std::string& json_text) {
    RestoreResult result;
    auto refuse = [&](const char* code, const std::string& message, const std::string& hint = "") {
        result.diagnostics.push_back({code, Severity::Error, message, "", 0, 0, hint});
        return result;
    };
    auto warn = [&](const char* code, const std::string& message) {
        result.diagnostics.push_back({code, Severity::Warning, message, "", 0, 0, ""});
    };
    json j = json::parse(json_text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || str(j, "format") != "lureproof-save")
        return refuse("LP300", "this is not a Lureproof save file");
    auto version = j.find("version");
    if (version == j.end() || !version->is_number_integer() || version->get<long long>() != kSaveVersion)
        return refuse("LP301", "save version " + (version == j.end() ? std::string("?") : version->dump()) +
                                   " is not supported (this build reads version " + std::to_string(kSaveVersion) + ")");
    if (str(j, "scenario") != sc.header.id)
        return refuse("LP302", "the save belongs to scenario '" + str(j, "scenario") + "', not '" + sc.header.id + "'");
    std::string node_id = str(j, "node");
    int node = sc.find_node(node_id);
    if (node < 0)
        return refuse("LP303", "the saved position, node '" + node_id + "', no longer exists in the scenario",
                      "start the scenario again");
    auto state_it = j.find("state");
    if (state_it == j.end() || !state_it->is_object()) return refuse("LP300", "the save has no state");
    const json& st = *state_it;

    auto seed_it = j.find("seed");
    std::uint64_t seed = seed_it != j.end() && seed_it->is_number_unsigned() ? seed_it->get<std::uint64_t>() : 0;
    StoryState entry = initial_state(sc, seed);
    if (auto rng = st.find("rng"); rng != st.end() && rng->is_number_unsigned()) entry.rng = rng->get<std::uint64_t>();

    const json empty = json::object();
    auto vars_it = st.find("variables");
    const json& vars = vars_it != st.end() && vars_it->is_object() ? *vars_it : empty;
    for (std::size_t i = 0; i < sc.variables.size(); ++i) {
        const Variable& v = sc.variables[i];
        auto it = vars.find(v.id);
        if (it == vars.end()) {
            warn("LP306", "variable '" + v.id + "' is new; it starts at " + to_literal(v.initial));
            continue;
        }
        std::optional<Value> value = value_from_json(*it);
        if (!value || value->type != v.initial.type)
            return refuse("LP304",
                          "variable '" + v.id + "' is now " + value_type_name(v.initial.type) + " but the save holds " +
                              it->dump(),
                          "start the scenario again");
        entry.variables[i] = *value;
    }
    for (auto it = vars.begin(); it != vars.end(); ++it)
        if (sc.find_variable(it.key()) < 0)
            warn("LP305", "variable '" + it.key() + "' no longer exists; its value is dropped");

    if (auto visits = st.find("visits"); visits != st.end() && visits->is_object())
        for (auto it = visits->begin(); it != visits->end(); ++it) {
            int n = sc.find_node(it.key());
            if (n >= 0 && it->is_number_integer()) entry.visits[static_cast<std::size_t>(n)] = it->get<int>();
        }
    std::vector<std::string> keys = choice_keys(sc);
    for (const std::string& key : strings(st, "used_choices")) {
        bool found = false;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) {
                entry.used[i] = 1;
                found = true;
            }
        if (!found) warn("LP307", "once-only choice '" + key + "' no longer exists; dropped");
    }
    std::vector<std::string> flags;
    for (const std::string& f : strings(j, "flags_seen")) {
        if (sc.find_flag(f) >= 0) flags.push_back(f);
        else warn("LP307", "red flag '" + f + "' no longer exists; dropped from the flags seen");
    }
    std::vector<NodeView> transcript;
    if (auto t = j.find("transcript"); t != j.end() && t->is_array())
        for (const json& v : *t) {
            if (!v.is_object()) continue;
            NodeView view;
            view.id = str(v, "node");
            view.node_index = sc.find_node(view.id);
            if (view.node_index >= 0) {
                const Node& n = sc.nodes[static_cast<std::size_t>(view.node_index)];
                view.channel = n.channel;
                view.title = n.title;
                view.properties = n.properties;
                for (const PropertyFlag& f : n.property_flags) view.property_flags.emplace_back(f.property, f.flag);
                view.ending = n.ending;
            }
            if (auto s = v.find("step"); s != v.end() && s->is_number_integer()) view.step = s->get<int>();
            if (auto l = v.find("lines"); l != v.end() && l->is_array())
                for (const json& line : *l) view.lines.push_back(line_from_json(sc, line));
            if (auto l = v.find("debrief"); l != v.end() && l->is_array())
                for (const json& line : *l) view.debrief.push_back(line_from_json(sc, line));
            transcript.push_back(std::move(view));
        }
    int steps = 0;
    if (auto s = j.find("steps"); s != j.end() && s->is_number_integer()) steps = s->get<int>();
    Story story(sc);
    story.resume(seed, steps, std::move(transcript), strings(j, "path"), std::move(flags), strings(j, "choices_taken"),
                 entry, node);
    result.story = std::move(story);
    return result;
}

}  // namespace lure
