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
    std::vector<std::string> flags;    // flag ids in the order their messages were shown
    std::vector<std::string> errors;   // runtime problems (missing target, divert loop); formatted problems too
    std::vector<Diagnostic> problems;  // positioned runtime errors (LP170/LP171)
    std::size_t text_bytes = 0;        // bytes of text rendered in the step
};

StepResult run_step(const Scenario& sc, StoryState& state, int node, const RandomFn& random, int step_number,
                    const RuntimeLimits& limits = {});

// A positioned runtime error, as a Diagnostic (file:line:column from the scenario).
Diagnostic runtime_problem(const Scenario& sc, const char* code, const std::string& message, const SourceLoc& loc,
                           const std::string& hint = "");

// splitmix64-based PRNG on StoryState::rng; inclusive range.
std::int64_t next_random(std::uint64_t& rng, std::int64_t lo, std::int64_t hi);

}  // namespace lure
