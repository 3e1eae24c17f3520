// Exhaustive exploration (shortest paths to endings, unreached nodes, bounds) and random playthroughs.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("explore finds every ending with its shortest choice path") {
    ParseResult r = load_data("small_branching.lure");
    REQUIRE_FALSE(has_errors(r.diagnostics));
    CoverageReport report = explore(r.scenario);
    CHECK(report.complete);
    REQUIRE(report.endings.size() == 2);
    CHECK(report.endings[0].node == "end_harmed");
    CHECK(report.endings[0].ending == EndingClass::Harmed);
    CHECK(report.endings[0].choice_path == std::vector<std::string>{"Reply", "Trust him"});
    CHECK(report.endings[0].node_path == std::vector<std::string>{"start", "reply", "trusted", "end_harmed"});
    CHECK(report.endings[1].node == "end_safe");
    CHECK(report.endings[1].choice_path == std::vector<std::string>{"Ignore"});
    CHECK(report.nodes_never_reached == std::vector<std::string>{"orphan"});
    CHECK(report.dead_ends.empty());
    CHECK(report.runtime_errors.empty());
    CHECK(format_coverage(report).find("ending end_safe (safe): Ignore") != std::string::npos);
}

TEST_CASE("explore reports the bound when the state space is unbounded") {
    auto r = parse(std::string(kHeader) +
                   "var n = 0\n== a [chat]\n~ n += 1\nnarrator: {n}\n+ again -> a\n* stop -> e\n"
                   "== e [chat] ending safe\nnarrator: e\n");
    ExploreLimits limits;
    limits.max_states = 50;
    CoverageReport report = explore(r.scenario, limits);
    CHECK_FALSE(report.complete);
    CHECK(report.bound_message.find("stopped after 50 distinct states") != std::string::npos);
    CHECK(report.states == 50);
    REQUIRE(report.endings.size() == 1);
    CHECK(report.endings[0].choice_path == std::vector<std::string>{"stop"});
}

TEST_CASE("explore branches on every random outcome") {
    auto r = parse(std::string(kHeader) +
                   "var roll = 0\n== a [chat]\n~ roll = random(1, 3)\nnarrator: {roll}\n"
                   "-> b\n== b [chat]\nif roll == 3\n-> win\nendif\n-> lose\n"
                   "== win [chat] ending safe\nnarrator: w\n== lose [chat] ending harmed\nnarrator: l\n");
    CoverageReport report = explore(r.scenario);
    CHECK(report.complete);
    CHECK(report.endings.size() == 2);
    CHECK(report.endings_never_reached.empty());
}

TEST_CASE("explore reports states where the story gets stuck") {
    auto r = parse(std::string(kHeader) +
                   "var money = 0\n== a [chat]\nnarrator: a\n* Pay -> e if money > 10 else \"No money\"\n"
                   "== e [chat] ending safe\nnarrator: e\n");
    CoverageReport report = explore(r.scenario);
    REQUIRE(report.dead_ends.size() == 1);
    CHECK(report.dead_ends[0].node == "a");
    CHECK(report.endings_never_reached == std::vector<std::string>{"e"});
}

TEST_CASE("explore: once-only choices exhaust a hub") {
    auto r = parse(std::string(kHeader) +
                   "== hub [chat]\nnarrator: h\n* one -> hub\n* two -> hub\n* out -> e\n"
                   "== e [chat] ending safe\nnarrator: e\n");
    CoverageReport report = explore(r.scenario);
    CHECK(report.complete);
    CHECK(report.states == 8);  // hub x {}, {one}, {two}, {one,two}; e x four used-sets
    CHECK(report.dead_ends.empty());
}

TEST_CASE("random playthroughs are reproducible and reach endings") {
    ParseResult r = load_data("small_branching.lure");
    PlaythroughSummary a = random_playthroughs(r.scenario, 200, 1);
    PlaythroughSummary b = random_playthroughs(r.scenario, 200, 1);
    CHECK(a.runs == 200);
    CHECK(a.ended + a.stuck + a.too_long == 200);
    CHECK(a.ending_counts == b.ending_counts);
    CHECK(a.ending_counts.size() == 2);
    CHECK(a.nodes_never_visited == std::vector<std::string>{"orphan"});
}

TEST_CASE("explore reports the random-combination and work bounds") {
    auto r = parse(std::string(kHeader) +
                   "var a = 0\nvar b = 0\n== s [chat]\n~ a = random(1, 10)\n~ b = random(1, 10)\n"
                   "narrator: {a} {b}\n-> e\n== e [chat] ending safe\nnarrator: e\n");
    ExploreLimits limits;
    limits.max_random_runs = 20;
    CoverageReport report = explore(r.scenario, limits);
    CHECK_FALSE(report.complete);
    CHECK(report.bound_message.find("max_random_runs") != std::string::npos);
    CHECK(explore(r.scenario).complete);  // 100 combinations are within the default

    auto loop = parse(std::string(kHeader) + "var n = 0\n== a [chat]\n~ n += 1\nnarrator: {n}\n+ again -> a\n");
    ExploreLimits work;
    work.max_node_entries = 100;
    CoverageReport w = explore(loop.scenario, work);
    CHECK_FALSE(w.complete);
    CHECK(w.bound_message.find("max_node_entries") != std::string::npos);
}
