// EndingPreview: plays the story to the chosen ending (see ending_preview.h).
#include "studio/ending_preview.h"

namespace lureproof {

bool EndingPreview::open(std::shared_ptr<const lure::Scenario> scenario, const std::string& id, std::string& error) {
  close();
  if (!scenario) {
    error = "the story has errors: fix them to preview an ending";
    return false;
  }
  const std::vector<EndingRoute> routes = ending_routes(*scenario);
  const EndingRoute* route = find_ending(routes, id);
  if (!route) {
    error = "no ending '" + id + "'; the endings are " + list_endings(routes);
    return false;
  }
  lure::Story story(*scenario);
  std::vector<int> picks;
  if (!play_to_ending(story, *route, picks, error)) return false;
  scenario_ = std::move(scenario);
  story_.emplace(std::move(story));
  tally_ = tally_flags(*story_, {});
  graph_ = lure::graph_of(*scenario_);
  route_ = *route;
  page = Page::Ending;
  return true;
}

void EndingPreview::close() {
  story_.reset();
  scenario_.reset();
  tally_ = {};
}

}  // namespace lureproof
