// Internal: executes one step of a story (enter a node, run its content, follow diverts and
// fallbacks) on a StoryState. Shared by Story and the coverage explorer.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lure/story.h"

namespace lure {

constexpr int kMaxNodesPerStep = 1000;  // divert/fallback chain guard (runtime error beyond)

using RandomFn = std::function<std::int64_t(std::int64_t lo, std::int64_t hi)>;

struct StepResult {
    std::vector<NodeView> nodes;      // entered during the step, in order
    std::vector<ChoiceView> choices;  // offered at the end (empty when ended or stuck)
    bool ended = false;
    std::vector<std::string> flags;   // flag ids in the order their messages were shown
    std::vector<std::string> errors;  // runtime problems (missing target, divert loop)
};

StepResult run_step(const Scenario& sc, StoryState& state, int node, const RandomFn& random, int step_number);

// splitmix64-based PRNG on StoryState::rng; inclusive range.
std::int64_t next_random(std::uint64_t& rng, std::int64_t lo, std::int64_t hi);

}  // namespace lure
