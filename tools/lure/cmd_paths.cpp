// `lure paths FILE`: coverage through the engine's explorer (each ending with its shortest choice
// path, nodes never reached, dead ends) or a summary of seeded random playthroughs.
#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "diagnostics_output.h"
#include "lure/coverage.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure paths [--json] [--max-states N] FILE\n"
    "       lure paths --random N [--seed S] [--json] FILE\n"
    "\n"
    "Plays every possible route through the scenario (every choice, every variable value) and\n"
    "reports each ending with the shortest list of choices that reaches it, the endings and nodes no\n"
    "route reaches, and dead ends where the story gets stuck. Huge scenarios stop after a number of\n"
    "distinct states; the report then says so.\n"
    "\n"
    "Options:\n"
    "  --json            print the report as JSON\n"
    "  --max-states N    stop exploring after N distinct states (default 200000)\n"
    "  --random N        instead, make N random playthroughs and count the endings reached\n"
    "  --seed S          seed of the random playthroughs (default 1); the same seed gives the same runs\n"
    "\n"
    "Exit codes: 0 fine, 1 scenario errors, dead ends or runtime errors, 2 wrong command line.\n";

const char* ending_of(const lure::Scenario& sc, const std::string& node) {
    int i = sc.find_node(node);
    return i < 0 ? "none" : lure::ending_class_name(sc.nodes[static_cast<std::size_t>(i)].ending);
}

std::string joined(const std::vector<std::string>& items) {
    if (items.empty()) return "none";
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out;
}

std::string choice_route(const std::vector<std::string>& choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) out += (i ? " > " : "") + ("\"" + choices[i] + "\"");
    return out.empty() ? "(no choices)" : out;
}

int exhaustive(const std::string& file, const lure::Scenario& sc, const Args& args, long long max_states) {
    lure::ExploreLimits limits;
    limits.max_states = static_cast<std::size_t>(max_states);
    const lure::CoverageReport r = lure::explore(sc, limits);
    const bool failed = !r.dead_ends.empty() || !r.runtime_errors.empty();
    if (args.has("--json")) {
        nlohmann::json endings = nlohmann::json::array(), dead = nlohmann::json::array();
        for (const auto& e : r.endings)
            endings.push_back({{"node", e.node},
                               {"ending", lure::ending_class_name(e.ending)},
                               {"choices", e.choice_path},
                               {"nodes", e.node_path}});
        for (const auto& d : r.dead_ends) dead.push_back({{"node", d.node}, {"choices", d.choice_path}});
        nlohmann::json j = {{"file", file},
                            {"complete", r.complete},
                            {"bound_message", r.bound_message},
                            {"states", r.states},
                            {"transitions", r.transitions},
                            {"endings", endings},
                            {"endings_never_reached", r.endings_never_reached},
                            {"nodes_never_reached", r.nodes_never_reached},
                            {"dead_ends", dead},
                            {"runtime_errors", r.runtime_errors}};
        print_json(j);
        return failed ? kExitFailed : kExitOk;
    }
    std::printf("%s: explored %s and %s%s\n", file.c_str(),
                plural(static_cast<long long>(r.states), "state", "states").c_str(),
                plural(static_cast<long long>(r.transitions), "transition", "transitions").c_str(),
                r.complete ? ", every route covered." : ", then stopped early:");
    if (!r.complete) std::printf("  %s\n  Raise the limit with --max-states N.\n", r.bound_message.c_str());
    const char* never = r.complete ? "never reached" : "not reached before stopping";
    const std::size_t total = r.endings.size() + r.endings_never_reached.size();
    std::printf("\nEndings reached (%zu of %zu), each by its shortest route:\n", r.endings.size(), total);
    for (const auto& e : r.endings)
        std::printf("  %s [%s] after %s: %s\n", e.node.c_str(), lure::ending_class_name(e.ending),
                    plural(static_cast<long long>(e.choice_path.size()), "choice", "choices").c_str(),
                    choice_route(e.choice_path).c_str());
    if (r.endings.empty()) std::printf("  none\n");
    std::printf("\nEndings %s: %s\n", never, joined(r.endings_never_reached).c_str());
    std::printf("Nodes %s: %s\n", never, joined(r.nodes_never_reached).c_str());
    if (!r.dead_ends.empty()) {
        std::printf("\nDead ends (no choice left and no ending):\n");
        for (const auto& d : r.dead_ends)
            std::printf("  %s after %s\n", d.node.c_str(), choice_route(d.choice_path).c_str());
    }
    if (!r.runtime_errors.empty()) {
        std::printf("\nRuntime errors:\n");
        for (const auto& e : r.runtime_errors) std::printf("  %s\n", e.c_str());
    }
    return failed ? kExitFailed : kExitOk;
}

int random_runs(const std::string& file, const lure::Scenario& sc, const Args& args, long long runs, long long seed) {
    const lure::PlaythroughSummary s =
        lure::random_playthroughs(sc, static_cast<int>(runs), static_cast<std::uint64_t>(seed));
    const bool failed = s.stuck > 0;
    if (args.has("--json")) {
        nlohmann::json endings = nlohmann::json::array();
        for (const auto& [node, count] : s.ending_counts)
            endings.push_back({{"node", node}, {"ending", ending_of(sc, node)}, {"runs", count}});
        nlohmann::json j = {{"file", file},
                            {"runs", s.runs},
                            {"seed", seed},
                            {"ended", s.ended},
                            {"stuck", s.stuck},
                            {"too_long", s.too_long},
                            {"average_choices", s.average_choices},
                            {"endings", endings},
                            {"nodes_never_visited", s.nodes_never_visited}};
        print_json(j);
        return failed ? kExitFailed : kExitOk;
    }
    std::printf("%s: %s with seed %lld: %d ended, %d stuck, %d too long; %.1f choices on average.\n", file.c_str(),
                plural(s.runs, "random playthrough", "random playthroughs").c_str(), seed, s.ended, s.stuck, s.too_long,
                s.average_choices);
    std::printf("\nEndings reached:\n");
    std::size_t width = 0;
    for (const auto& e : s.ending_counts) width = std::max(width, e.first.size());
    for (const auto& [node, count] : s.ending_counts) {
        const int bar = s.runs > 0 ? (count * 40 + s.runs - 1) / s.runs : 0;
        std::printf("  %-*s %-10s %5d  %s\n", static_cast<int>(width), node.c_str(),
                    ("[" + std::string(ending_of(sc, node)) + "]").c_str(), count,
                    std::string(static_cast<std::size_t>(bar), '#').c_str());
    }
    if (s.ending_counts.empty()) std::printf("  none\n");
    std::printf("\nNodes never visited: %s\n", joined(s.nodes_never_visited).c_str());
    return failed ? kExitFailed : kExitOk;
}

int run(const std::vector<std::string>& raw) {
    auto args =
        parse_args("paths", raw, {{"--json", false}, {"--random", true}, {"--seed", true}, {"--max-states", true}});
    if (!args) return kExitUsage;
    if (args->files.size() != 1) return usage_error("paths", "give exactly one scenario file");
    auto runs = int_option("paths", *args, "--random", 0);
    auto seed = int_option("paths", *args, "--seed", 1);
    auto max_states = int_option("paths", *args, "--max-states", 200000);
    if (!runs || !seed || !max_states) return kExitUsage;
    if (args->has("--random") && (*runs < 1 || *runs > 1000000))
        return usage_error("paths", "--random needs a number of playthroughs from 1 to 1000000");
    if (args->has("--seed") && !args->has("--random")) return usage_error("paths", "--seed only goes with --random");

    const std::string& file = args->files[0];
    lure::ParseResult loaded;
    if (!load_clean(file, loaded, "lure paths: fix the errors above first (lure validate " + file + ")"))
        return kExitFailed;
    if (args->has("--random")) return random_runs(file, loaded.scenario, *args, *runs, *seed);
    return exhaustive(file, loaded.scenario, *args, *max_states);
}

}  // namespace

extern const Command paths_command = {"paths", "list every ending with its shortest route, and what is never reached",
                                      kHelp, run};

}  // namespace cli
