// Coverage: breadth-first exploration of story states (node to enter + variables + once-only
// choices taken + visit counts that visits() reads), with every random() outcome branched.
// Breadth-first order makes the first path found to each ending a shortest one.
#include "lure/coverage.h"

#include <algorithm>
#include <unordered_map>

#include "executor.h"

namespace lure {

namespace {

struct ExploredState {
    int node = -1;
    std::vector<Value> variables;
    std::vector<int> used;                    // sorted once-only choice indices taken
    std::vector<std::pair<int, int>> visits;  // (node, count) for nodes that visits() reads
    int parent = -1;
    std::string choice;    // choice text that led here
    std::vector<int> via;  // nodes entered in the parent's step before the choice
};

// Bytes a kept state costs: its key in `seen` plus its own vectors and strings (an estimate).
std::size_t state_bytes(const ExploredState& s, const std::string& key) {
    std::size_t bytes = sizeof(ExploredState) + 2 * key.size() + 64 + s.choice.size() +
                        s.variables.size() * sizeof(Value) + s.used.size() * sizeof(int) +
                        s.visits.size() * sizeof(std::pair<int, int>) + s.via.size() * sizeof(int);
    for (const Value& v : s.variables) bytes += v.s.size();
    return bytes;
}

void append_key(std::string& key, std::int64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); }

std::string state_key(const ExploredState& s) {
    std::string key;
    append_key(key, s.node);
    for (const Value& v : s.variables) {
        key += static_cast<char>(v.type);
        if (v.type == ValueType::String) {
            append_key(key, static_cast<std::int64_t>(v.s.size()));
            key += v.s;
        } else append_key(key, v.type == ValueType::Bool ? v.b : v.i);
    }
    key += '|';
    for (int u : s.used) append_key(key, u);
    key += '|';
    for (const auto& [n, c] : s.visits) {
        append_key(key, n);
        append_key(key, c);
    }
    return key;
}

std::vector<std::int64_t> outcomes(std::int64_t lo, std::int64_t hi, int max_branches) {
    if (hi < lo) std::swap(lo, hi);
    std::vector<std::int64_t> out;
    if (static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) < static_cast<std::uint64_t>(max_branches)) {
        for (std::int64_t v = lo;; ++v) {
            out.push_back(v);
            if (v == hi) break;
        }
    } else {
        out = {lo,
               lo + static_cast<std::int64_t>((static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo)) / 2),
               hi};
    }
    return out;
}

}  // namespace

CoverageReport explore(const Scenario& sc, const ExploreLimits& limits) {
    CoverageReport report;
    if (sc.start_node < 0) {
        report.complete = false;
        report.bound_message = "the scenario has no start node";
        return report;
    }
    std::vector<char> relevant(sc.nodes.size(), 0);
    for (const Expr& e : sc.exprs)
        if (e.op == ExprOp::Visits && e.ref >= 0) relevant[static_cast<std::size_t>(e.ref)] = 1;

    std::vector<ExploredState> states;
    std::unordered_map<std::string, int> seen;
    std::vector<char> reached(sc.nodes.size(), 0);
    std::vector<int> ending_state(sc.nodes.size(), -1);
    std::vector<std::vector<int>> ending_nodes(sc.nodes.size());
    std::vector<char> dead_reported(sc.nodes.size(), 0);

    ExploredState start;
    start.node = sc.start_node;
    for (const Variable& v : sc.variables) start.variables.push_back(v.initial);
    std::size_t kept_bytes = state_bytes(start, state_key(start));
    seen.emplace(state_key(start), 0);
    states.push_back(std::move(start));

    StoryState scratch = initial_state(sc, 0);
    auto path_to = [&](int id, std::vector<std::string>& choices, std::vector<std::string>* nodes) {
        std::vector<int> chain;
        for (int s = id; s >= 0; s = states[static_cast<std::size_t>(s)].parent) chain.push_back(s);
        std::reverse(chain.begin(), chain.end());
        for (int s : chain) {
            const ExploredState& st = states[static_cast<std::size_t>(s)];
            if (st.parent >= 0) choices.push_back(st.choice);
            if (nodes)
                for (int n : st.via) nodes->push_back(sc.nodes[static_cast<std::size_t>(n)].id);
        }
    };

    std::size_t work = 0;
    auto stop = [&](const std::string& why) {
        if (!report.complete) return;
        report.complete = false;
        report.bound_message = why;
    };
    for (std::size_t q = 0; q < states.size(); ++q) {
        if (work > limits.max_node_entries) {
            stop("stopped after entering " + std::to_string(work) +
                 " nodes (ExploreLimits::max_node_entries); the results below are partial.");
            break;
        }
        // Enumerate random outcomes depth-first with an odometer over the calls made during the step.
        std::vector<std::vector<std::int64_t>> options;
        std::vector<std::size_t> pick;
        int runs = 0;
        do {
            ++runs;
            std::size_t call = 0;
            RandomFn random = [&](std::int64_t lo, std::int64_t hi) {
                if (call == pick.size()) {
                    options.push_back(outcomes(lo, hi, limits.max_random_branches));
                    pick.push_back(0);
                }
                std::int64_t v = options[call][pick[call]];
                ++call;
                return v;
            };
            const ExploredState here = states[q];  // copy: `states` grows below
            scratch.variables = here.variables;
            for (int u : here.used) scratch.used[static_cast<std::size_t>(u)] = 1;
            for (const auto& [n, c] : here.visits) scratch.visits[static_cast<std::size_t>(n)] = c;
            StepResult r = run_step(sc, scratch, here.node, random, 0);
            std::vector<int> entered;
            work += r.nodes.size();
            for (const NodeView& v : r.nodes) {
                entered.push_back(v.node_index);
                reached[static_cast<std::size_t>(v.node_index)] = 1;
            }
            for (const std::string& e : r.errors)
                if (std::find(report.runtime_errors.begin(), report.runtime_errors.end(), e) ==
                    report.runtime_errors.end())
                    report.runtime_errors.push_back(e);
            int last = entered.empty() ? here.node : entered.back();
            if (r.ended && ending_state[static_cast<std::size_t>(last)] < 0) {
                ending_state[static_cast<std::size_t>(last)] = static_cast<int>(q);
                ending_nodes[static_cast<std::size_t>(last)] = entered;
            }
            bool any = false;
            for (const ChoiceView& c : r.choices) {
                if (!c.enabled) continue;
                any = true;
                ++report.transitions;
                const Choice& choice = sc.choices[static_cast<std::size_t>(c.choice_index)];
                ExploredState next;
                next.node = choice.target_index;
                next.variables = scratch.variables;
                next.used = here.used;
                if (!choice.sticky && !std::binary_search(next.used.begin(), next.used.end(), choice.global_index))
                    next.used.insert(std::upper_bound(next.used.begin(), next.used.end(), choice.global_index),
                                     choice.global_index);
                for (std::size_t n = 0; n < relevant.size(); ++n)
                    if (relevant[n] && scratch.visits[n] > 0)
                        next.visits.emplace_back(static_cast<int>(n), scratch.visits[n]);
                next.parent = static_cast<int>(q);
                next.choice = c.text;
                next.via = entered;
                std::string key = state_key(next);
                if (seen.count(key)) continue;
                if (states.size() >= limits.max_states) {
                    stop(
                        "stopped after " + std::to_string(limits.max_states) +
                        " distinct states (ExploreLimits::max_states); the results below are partial. "
                        "Loops that change a variable every time (e.g. savings -= 150) make the state space unbounded.");
                    continue;
                }
                const std::size_t cost = state_bytes(next, key);
                if (kept_bytes + cost > limits.max_state_bytes) {
                    stop("stopped when the states kept reached about " +
                         std::to_string(limits.max_state_bytes / (1024 * 1024)) +
                         " MiB (ExploreLimits::max_state_bytes); the results below are partial. "
                         "Long text variables that change on every loop make each state large.");
                    continue;
                }
                kept_bytes += cost;
                seen.emplace(std::move(key), static_cast<int>(states.size()));
                states.push_back(std::move(next));
            }
            if (!r.ended && !any && r.errors.empty() && !dead_reported[static_cast<std::size_t>(last)]) {
                dead_reported[static_cast<std::size_t>(last)] = 1;
                DeadEndReached d;
                d.node = sc.nodes[static_cast<std::size_t>(last)].id;
                path_to(static_cast<int>(q), d.choice_path, nullptr);
                report.dead_ends.push_back(std::move(d));
            }
            // reset scratch
            for (int u : here.used) scratch.used[static_cast<std::size_t>(u)] = 0;
            for (int n : entered) scratch.visits[static_cast<std::size_t>(n)] = 0;
            for (const auto& [n, c] : here.visits) scratch.visits[static_cast<std::size_t>(n)] = 0;
            // advance the odometer
            while (!pick.empty() && ++pick.back() >= options.back().size()) {
                pick.pop_back();
                options.pop_back();
            }
        } while (!pick.empty() && runs < limits.max_random_runs);
        if (!pick.empty())
            stop("a state has more random outcome combinations than ExploreLimits::max_random_runs (" +
                 std::to_string(limits.max_random_runs) + "); the results below are partial.");
    }
    report.states = states.size();

    for (std::size_t i = 0; i < sc.nodes.size(); ++i) {
        const Node& n = sc.nodes[i];
        if (n.ending != EndingClass::None) {
            if (ending_state[i] < 0) {
                report.endings_never_reached.push_back(n.id);
                continue;
            }
            EndingReached e;
            e.node = n.id;
            e.ending = n.ending;
            path_to(ending_state[i], e.choice_path, &e.node_path);
            for (int v : ending_nodes[i]) e.node_path.push_back(sc.nodes[static_cast<std::size_t>(v)].id);
            report.endings.push_back(std::move(e));
        }
        if (!reached[i]) report.nodes_never_reached.push_back(n.id);
    }
    return report;
}

PlaythroughSummary random_playthroughs(const Scenario& sc, int runs, std::uint64_t seed, int max_choices) {
    PlaythroughSummary summary;
    std::vector<char> visited(sc.nodes.size(), 0);
    long long total_choices = 0;
    std::uint64_t picker = seed * 0x9E3779B97F4A7C15ull + 1;
    for (int run = 0; run < runs; ++run) {
        Story story(sc);
        story.start(seed + static_cast<std::uint64_t>(run));
        int made = 0;
        while (!story.is_ended() && made < max_choices) {
            std::vector<std::size_t> enabled;
            for (std::size_t i = 0; i < story.choices().size(); ++i)
                if (story.choices()[i].enabled) enabled.push_back(i);
            if (enabled.empty()) break;
            std::size_t pick = enabled[static_cast<std::size_t>(
                next_random(picker, 0, static_cast<std::int64_t>(enabled.size()) - 1))];
            story.choose(pick);
            ++made;
        }
        ++summary.runs;
        total_choices += made;
        for (const NodeView& v : story.transcript())
            if (v.node_index >= 0) visited[static_cast<std::size_t>(v.node_index)] = 1;
        if (story.is_ended()) {
            ++summary.ended;
            const std::string& id = story.current().id;
            auto it = std::find_if(summary.ending_counts.begin(), summary.ending_counts.end(),
                                   [&](const auto& p) { return p.first == id; });
            if (it == summary.ending_counts.end()) summary.ending_counts.emplace_back(id, 1);
            else ++it->second;
        } else if (made >= max_choices) {
            ++summary.too_long;
        } else {
            ++summary.stuck;
        }
    }
    for (std::size_t i = 0; i < sc.nodes.size(); ++i)
        if (!visited[i]) summary.nodes_never_visited.push_back(sc.nodes[i].id);
    summary.average_choices = runs > 0 ? static_cast<double>(total_choices) / runs : 0.0;
    return summary;
}

std::string format_coverage(const CoverageReport& r) {
    std::string out;
    out += "states explored: " + std::to_string(r.states) + ", transitions: " + std::to_string(r.transitions) + "\n";
    if (!r.complete) out += "INCOMPLETE: " + r.bound_message + "\n";
    for (const EndingReached& e : r.endings) {
        out += "ending " + e.node + " (" + ending_class_name(e.ending) + "): ";
        if (e.choice_path.empty()) out += "(no choices)";
        for (std::size_t i = 0; i < e.choice_path.size(); ++i) out += (i ? " > " : "") + e.choice_path[i];
        out += "\n";
    }
    for (const auto& n : r.endings_never_reached) out += "ending never reached: " + n + "\n";
    for (const auto& n : r.nodes_never_reached) out += "node never reached: " + n + "\n";
    for (const DeadEndReached& d : r.dead_ends) {
        out += "stuck at " + d.node + " after: ";
        for (std::size_t i = 0; i < d.choice_path.size(); ++i) out += (i ? " > " : "") + d.choice_path[i];
        out += "\n";
    }
    for (const auto& e : r.runtime_errors) out += "runtime error: " + e + "\n";
    return out;
}

}  // namespace lure
