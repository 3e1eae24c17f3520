// Story: the runtime object the game drives (start, choices, choose) over the step executor.
#include "lure/story.h"

#include <algorithm>

#include "executor.h"

namespace lure {

StoryState initial_state(const Scenario& sc, std::uint64_t seed) {
    StoryState s;
    for (const Variable& v : sc.variables) s.variables.push_back(v.initial);
    s.visits.assign(sc.nodes.size(), 0);
    s.used.assign(sc.choices.size(), 0);
    s.rng = seed ^ 0x4C55524550524F4Full;  // "LUREPROO": seed 0 is still a good state
    return s;
}

Story::Story(const Scenario& scenario, const RuntimeLimits& limits) : scenario_(&scenario), limits_(limits) {}

void Story::start(std::uint64_t seed) {
    seed_ = seed;
    started_ = true;
    ended_ = false;
    steps_ = 0;
    state_ = initial_state(*scenario_, seed);
    transcript_.clear();
    choices_.clear();
    flags_seen_.clear();
    path_.clear();
    choice_texts_.clear();
    errors_.clear();
    problems_.clear();
    text_shown_ = 0;
    if (scenario_->start_node < 0) {
        errors_.push_back("the scenario has no start node");
        return;
    }
    run_step(scenario_->start_node);
}

void Story::run_step(int node) {
    entry_state_ = state_;
    entry_node_ = node;
    RandomFn random = [this](std::int64_t lo, std::int64_t hi) { return next_random(state_.rng, lo, hi); };
    StepResult r = lure::run_step(*scenario_, state_, node, random, steps_, limits_);
    text_shown_ += r.text_bytes;
    if (r.problems.empty() && text_shown_ > limits_.max_story_text_bytes && !r.nodes.empty()) {
        const Node& last = scenario_->nodes[static_cast<std::size_t>(r.nodes.back().node_index)];
        Diagnostic d = runtime_problem(*scenario_, "LP171",
                                       "the story has shown more than " + std::to_string(limits_.max_story_text_bytes) +
                                           " bytes of text; it stops here",
                                       last.loc, "a loop or a growing variable repeats too much text");
        r.errors.push_back(format_diagnostic(d));
        r.problems.push_back(std::move(d));
        r.choices.clear();
        r.ended = false;
    }
    for (auto& p : r.problems) problems_.push_back(std::move(p));
    for (auto& view : r.nodes) {
        path_.push_back(view.id);
        transcript_.push_back(std::move(view));
    }
    for (auto& f : r.flags)
        if (std::find(flags_seen_.begin(), flags_seen_.end(), f) == flags_seen_.end()) flags_seen_.push_back(f);
    for (auto& e : r.errors) errors_.push_back(std::move(e));
    choices_ = std::move(r.choices);
    ended_ = r.ended;
}

const NodeView& Story::current() const {
    static const NodeView none;
    return transcript_.empty() ? none : transcript_.back();
}

std::vector<const NodeView*> Story::step_nodes() const {
    std::vector<const NodeView*> out;
    for (const auto& view : transcript_)
        if (view.step == steps_) out.push_back(&view);
    return out;
}

int Story::enabled_choice_count() const {
    int n = 0;
    for (const auto& c : choices_) n += c.enabled ? 1 : 0;
    return n;
}

bool Story::choose(std::size_t i) {
    if (!started_ || ended_ || i >= choices_.size() || !choices_[i].enabled) return false;
    const ChoiceView chosen = choices_[i];
    const Choice& c = scenario_->choices[static_cast<std::size_t>(chosen.choice_index)];
    if (!c.sticky) state_.used[static_cast<std::size_t>(c.global_index)] = 1;
    choice_texts_.push_back(chosen.text);
    ++steps_;
    run_step(c.target_index);
    return true;
}

std::vector<const RedFlag*> Story::red_flags_seen() const {
    std::vector<const RedFlag*> out;
    for (const std::string& id : flags_seen_) {
        int i = scenario_->find_flag(id);
        if (i >= 0) out.push_back(&scenario_->flags[static_cast<std::size_t>(i)]);
    }
    return out;
}

std::optional<Value> Story::variable(std::string_view id) const {
    int i = scenario_->find_variable(id);
    if (i < 0 || static_cast<std::size_t>(i) >= state_.variables.size()) return std::nullopt;
    return state_.variables[static_cast<std::size_t>(i)];
}

std::vector<std::pair<std::string, Value>> Story::variables() const {
    std::vector<std::pair<std::string, Value>> out;
    for (std::size_t i = 0; i < scenario_->variables.size() && i < state_.variables.size(); ++i)
        out.emplace_back(scenario_->variables[i].id, state_.variables[i]);
    return out;
}

void Story::resume(std::uint64_t seed, int steps, std::vector<NodeView> transcript, std::vector<std::string> path,
                   std::vector<std::string> flags_seen, std::vector<std::string> choices_taken, const StoryState& entry,
                   int node) {
    seed_ = seed;
    started_ = true;
    ended_ = false;
    steps_ = steps;
    transcript_ = std::move(transcript);
    path_ = std::move(path);
    flags_seen_ = std::move(flags_seen);
    choice_texts_ = std::move(choices_taken);
    errors_.clear();
    problems_.clear();
    text_shown_ = 0;
    state_ = entry;
    run_step(node);
}

}  // namespace lure
