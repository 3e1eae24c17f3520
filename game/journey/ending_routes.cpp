// ending_routes: the endings of a scenario and a replay of the way to one (see ending_routes.h).
#include "journey/ending_routes.h"

#include <lure/coverage.h>

namespace lureproof {

std::vector<EndingRoute> ending_routes(const lure::Scenario& scenario) {
  std::vector<EndingRoute> out;
  for (const lure::Node& n : scenario.nodes)
    if (n.ending != lure::EndingClass::None) out.push_back({n.id, n.ending, false, {}});
  if (out.empty()) return out;
  lure::ExploreLimits limits;
  limits.max_states = 20000;
  const lure::CoverageReport report = lure::explore(scenario, limits);
  for (const lure::EndingReached& r : report.endings)
    for (EndingRoute& e : out)
      if (e.id == r.node && (!e.reachable || r.choice_path.size() < e.choice_path.size())) {
        e.reachable = true;
        e.choice_path = r.choice_path;
      }
  return out;
}

const EndingRoute* find_ending(const std::vector<EndingRoute>& endings, const std::string& id) {
  for (const EndingRoute& e : endings)
    if (e.id == id) return &e;
  return nullptr;
}

std::string list_endings(const std::vector<EndingRoute>& endings) {
  if (endings.empty()) return "(the story has no ending)";
  std::string out;
  for (const EndingRoute& e : endings) {
    if (!out.empty()) out += ", ";
    out += e.id + " (" + lure::ending_class_name(e.ending) + (e.reachable ? ")" : ", unreachable)");
  }
  return out;
}

int find_choice(const lure::Story& story, const std::string& text) {
  const auto& choices = story.choices();
  for (size_t c = 0; c < choices.size(); ++c)
    if (choices[c].enabled && choices[c].text == text) return int(c);
  return -1;
}

bool play_to_ending(lure::Story& story, const EndingRoute& route, std::vector<int>& choice_indices,
                    std::string& error) {
  if (!route.reachable) {
    error = "the ending '" + route.id + "' cannot be reached from the start";
    return false;
  }
  // A route through random() outcomes holds for some seeds only: try a few.
  for (std::uint64_t seed = 0; seed < 64; ++seed) {
    story.start(seed);
    choice_indices.clear();
    for (const std::string& text : route.choice_path) {
      const int pick = story.is_ended() ? -1 : find_choice(story, text);
      if (pick < 0) break;
      choice_indices.push_back(pick);
      if (!story.choose(size_t(pick))) break;
    }
    if (story.is_ended() && story.current().id == route.id) return true;
  }
  error = "the route to the ending '" + route.id + "' did not lead there when replayed";
  return false;
}

}  // namespace lureproof
