// Play-from-here for the Studio: a Story over a snapshot of the scenario (so re-parsing the text
// does not pull it from under the story), started at any node, plus the variable and red-flag watch.
#pragma once

#include <lure/scenario.h>
#include <lure/story.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lureproof {

struct WatchedVariable {
  std::string id;
  std::string value;  // source-literal form: true, 42, "text"
  std::string initial;
  bool changed = false;  // differs from the declared initial value
};

struct WatchedFlag {
  std::string id, label, category;
  bool seen = false;        // shown to the player so far in this play
  bool in_current = false;  // attached to a message of the current step
};

class Playtest {
 public:
  // Starts at `node_id` ("" = the scenario's start) with a fresh state. The engine has no "start
  // at node" call: Story::resume() (made for save files) enters a node from a given state, so a
  // play from node X is resume(seed, 0 steps, empty transcript, initial_state, X).
  bool start(std::shared_ptr<const lure::Scenario> scenario, const std::string& node_id, std::uint64_t seed,
             int text_revision, std::string& error);
  void stop();
  bool running() const { return story_.has_value(); }
  bool choose(std::size_t i);  // index into story().choices()

  const lure::Story& story() const { return *story_; }
  const lure::Scenario* scenario() const { return scenario_.get(); }
  const std::string& started_at() const { return started_at_; }
  int text_revision() const { return text_revision_; }  // the editor revision it was started from
  std::string current_node() const;                     // "" when not running
  std::string status() const;                           // "Playing from x: at y", "Ending 'z' (safe)"

  std::vector<WatchedVariable> variables() const;
  std::vector<WatchedFlag> flags() const;

 private:
  std::shared_ptr<const lure::Scenario> scenario_;
  std::optional<lure::Story> story_;
  std::string started_at_;
  int text_revision_ = 0;
};

}  // namespace lureproof
