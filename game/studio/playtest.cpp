// Playtest: a story started at any node through Story::resume, and the watch lists (playtest.h).
#include "studio/playtest.h"

#include <algorithm>

namespace lureproof {

bool Playtest::start(std::shared_ptr<const lure::Scenario> scenario, const std::string& node_id, std::uint64_t seed,
                     int text_revision, std::string& error) {
  stop();
  if (!scenario || scenario->nodes.empty()) {
    error = "the scenario has no nodes to play";
    return false;
  }
  const int node = node_id.empty() ? scenario->start_node : scenario->find_node(node_id);
  if (node < 0) {
    error = node_id.empty() ? "the scenario has no start node" : "there is no node '" + node_id + "'";
    return false;
  }
  scenario_ = std::move(scenario);
  story_.emplace(*scenario_);
  if (node == scenario_->start_node) {
    story_->start(seed);
  } else {
    story_->resume(seed, 0, {}, {}, {}, {}, lure::initial_state(*scenario_, seed), node);
  }
  started_at_ = scenario_->nodes[size_t(node)].id;
  text_revision_ = text_revision;
  return true;
}

void Playtest::stop() {
  story_.reset();
  scenario_.reset();
  started_at_.clear();
}

bool Playtest::choose(std::size_t i) {
  if (!story_ || i >= story_->choices().size() || !story_->choices()[i].enabled) return false;
  return story_->choose(i);
}

std::string Playtest::current_node() const { return story_ ? story_->current().id : std::string(); }

std::string Playtest::status() const {
  if (!story_) return "Not playing";
  const lure::NodeView& now = story_->current();
  if (story_->is_ended())
    return "Reached the ending '" + now.id + "' (" + lure::ending_class_name(story_->ending()) + ")";
  if (story_->is_stuck()) return "Stuck at '" + now.id + "': no choice is available";
  return "Playing from '" + started_at_ + "': now at '" + now.id + "'";
}

std::vector<WatchedVariable> Playtest::variables() const {
  std::vector<WatchedVariable> out;
  if (!story_) return out;
  for (const auto& [id, value] : story_->variables()) {
    WatchedVariable w;
    w.id = id;
    w.value = lure::to_literal(value);
    const int v = scenario_->find_variable(id);
    if (v >= 0) w.initial = lure::to_literal(scenario_->variables[size_t(v)].initial);
    w.changed = v >= 0 && !(scenario_->variables[size_t(v)].initial == value);
    out.push_back(std::move(w));
  }
  return out;
}

std::vector<WatchedFlag> Playtest::flags() const {
  std::vector<WatchedFlag> out;
  if (!story_) return out;
  const auto& seen = story_->flags_seen();
  std::vector<std::string> current;
  for (const lure::NodeView* node : story_->step_nodes()) {
    for (const auto& on_field : node->property_flags) current.push_back(on_field.second);
    for (const lure::LineView& line : node->lines) current.insert(current.end(), line.flags.begin(), line.flags.end());
  }
  for (const lure::RedFlag& f : scenario_->flags) {
    WatchedFlag w{f.id, f.label, f.category, false, false};
    w.seen = std::find(seen.begin(), seen.end(), f.id) != seen.end();
    w.in_current = std::find(current.begin(), current.end(), f.id) != current.end();
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace lureproof
