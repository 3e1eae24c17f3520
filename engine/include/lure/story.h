// The story runtime: plays a Scenario from start(seed) through choices, exposing what the phone UI
// shows (node views with resolved speakers, rendered text, tags, red flags) and the story state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/scenario.h"

namespace lure {

// Run-time budgets: a scenario that passes the checker can still build text without end (a string
// doubling itself in a loop). Going over one stops the story with a positioned runtime error.
struct RuntimeLimits {
    std::size_t max_string_bytes = 64u * 1024u;              // LP170: one string value
    std::size_t max_step_text_bytes = 256u * 1024u;          // LP171: text rendered in one step
    std::size_t max_story_text_bytes = 16u * 1024u * 1024u;  // LP171: text shown since start()
};

struct Span {
    std::size_t begin = 0, end = 0;  // byte range in the rendered text
};

struct LineView {
    std::string line_id;
    std::string speaker_id;              // "narrator", "you", or a character id ("" for debrief and a named comment)
    const Character* speaker = nullptr;  // resolved (null for debrief and for a comment by a name that is no character)
    bool comment = false;                // a comment row under a social post (`comment: Name: text`)
    std::string commenter;               // a comment's name as shown (the character's name when it names one)
    std::string text;                    // interpolated, emphasis markers removed
    std::vector<Span> emphasis;
    int delay_ms = 0, typing_ms = 0, pause_ms = 0;
    std::string image, sound, time;
    std::vector<std::string> flags;  // red-flag ids attached to this message
    std::vector<Tag> tags;           // every tag, for the host
};

struct NodeView {
    std::string id;
    int node_index = -1;
    Channel channel = Channel::Narration;
    std::string title;
    std::vector<std::pair<std::string, std::string>> properties;
    std::vector<std::pair<std::string, std::string>> property_flags;  // (property key, red-flag id)
    EndingClass ending = EndingClass::None;
    std::vector<LineView> lines;
    std::vector<LineView> debrief;
    int step = 0;  // number of choices made before this node was entered
};

struct ChoiceView {
    std::string text;  // rendered
    std::vector<Span> emphasis;
    bool enabled = true;
    std::string disabled_reason;
    bool sticky = false;
    std::string line_id;
    std::string target;
    int choice_index = -1;  // Scenario::choices index
};

// The complete mutable state, shared by the runtime, save files and the coverage explorer.
struct StoryState {
    std::vector<Value> variables;    // by Scenario::variables index
    std::vector<int> visits;         // by node index
    std::vector<std::uint8_t> used;  // once-only choices taken, by Scenario::choices index
    std::uint64_t rng = 0;           // PRNG state
};

class Story {
public:
    // The scenario must outlive the Story.
    explicit Story(const Scenario& scenario, const RuntimeLimits& limits = {});

    void start(std::uint64_t seed);
    bool started() const { return started_; }

    const NodeView& current() const;                  // last node entered
    std::vector<const NodeView*> step_nodes() const;  // nodes entered since the last choice
    const std::vector<NodeView>& transcript() const { return transcript_; }
    const std::vector<ChoiceView>& choices() const { return choices_; }

    // Takes the i-th entry of choices() (must be enabled). Returns false if not possible.
    bool choose(std::size_t i);

    bool is_ended() const { return ended_; }  // an ending node was reached
    bool is_stuck() const { return !ended_ && started_ && enabled_choice_count() == 0; }
    EndingClass ending() const { return ended_ ? current().ending : EndingClass::None; }

    std::optional<Value> variable(std::string_view id) const;
    std::vector<std::pair<std::string, Value>> variables() const;
    const std::vector<std::string>& flags_seen() const { return flags_seen_; }  // first-seen order
    std::vector<const RedFlag*> red_flags_seen() const;             // the same, resolved (unknown ids skipped)
    const std::vector<std::string>& path() const { return path_; }  // node ids in visit order
    const std::vector<std::string>& choices_taken() const { return choice_texts_; }
    const std::vector<std::string>& runtime_errors() const { return errors_; }
    // The runtime errors that have a position (LP170/LP171); also listed, formatted, in runtime_errors().
    const std::vector<Diagnostic>& runtime_diagnostics() const { return problems_; }
    int steps() const { return steps_; }
    std::uint64_t seed() const { return seed_; }
    const Scenario& scenario() const { return *scenario_; }

    // ---- for save/restore and tools ----
    const StoryState& state() const { return state_; }
    const StoryState& step_entry_state() const { return entry_state_; }
    int step_entry_node() const { return entry_node_; }
    // Rebuilds a story at the start of a step: transcript/path/flags of earlier steps, then enters
    // `node` from `entry` (re-running that node's content with the current scenario text).
    void resume(std::uint64_t seed, int steps, std::vector<NodeView> transcript, std::vector<std::string> path,
                std::vector<std::string> flags_seen, std::vector<std::string> choices_taken, const StoryState& entry,
                int node);

private:
    void run_step(int node);
    int enabled_choice_count() const;

    const Scenario* scenario_;
    RuntimeLimits limits_;
    std::size_t text_shown_ = 0;
    std::vector<Diagnostic> problems_;
    bool started_ = false, ended_ = false;
    std::uint64_t seed_ = 0;
    int steps_ = 0;
    StoryState state_, entry_state_;
    int entry_node_ = -1;
    std::vector<NodeView> transcript_;
    std::vector<ChoiceView> choices_;
    std::vector<std::string> flags_seen_, path_, choice_texts_, errors_;
};

StoryState initial_state(const Scenario& scenario, std::uint64_t seed);

}  // namespace lure
