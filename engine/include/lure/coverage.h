// Coverage: exhaustive, bounded exploration of every reachable story state (with state hashing),
// and seeded random playthroughs. Used by `lure check --coverage` and the tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lure/scenario.h"

namespace lure {

struct ExploreLimits {
    std::size_t max_states = 200000;                    // distinct states before giving up (report says so)
    int max_random_branches = 16;                       // random(a,b) with a wider range: only a, b and the middle
    int max_random_runs = 4096;                         // random outcome combinations explored per state
    std::size_t max_node_entries = 50000000;            // total work budget (nodes entered while exploring)
    std::size_t max_state_bytes = 64u * 1024u * 1024u;  // memory budget for the states kept (estimate)
};

struct EndingReached {
    std::string node;
    EndingClass ending = EndingClass::None;
    std::vector<std::string> choice_path;  // shortest: choice texts from the start
    std::vector<std::string> node_path;    // node ids entered along that path
};

struct DeadEndReached {
    std::string node;  // node where the story got stuck
    std::vector<std::string> choice_path;
};

struct CoverageReport {
    bool complete = true;       // false when a bound was hit
    std::string bound_message;  // why it stopped early (empty when complete)
    std::size_t states = 0;     // distinct states explored
    std::size_t transitions = 0;
    std::vector<EndingReached> endings;  // in scenario order
    std::vector<std::string> endings_never_reached;
    std::vector<std::string> nodes_never_reached;
    std::vector<DeadEndReached> dead_ends;    // stuck states (first per node)
    std::vector<std::string> runtime_errors;  // e.g. divert loops
};

CoverageReport explore(const Scenario& scenario, const ExploreLimits& limits = {});

struct PlaythroughSummary {
    int runs = 0;
    int ended = 0, stuck = 0, too_long = 0;
    std::vector<std::pair<std::string, int>> ending_counts;  // ending node id -> runs
    std::vector<std::string> nodes_never_visited;
    double average_choices = 0;
};

PlaythroughSummary random_playthroughs(const Scenario& scenario, int runs, std::uint64_t seed, int max_choices = 500);

std::string format_coverage(const CoverageReport& report);

}  // namespace lure
