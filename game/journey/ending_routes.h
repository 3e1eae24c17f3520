// Every ending of a scenario with its class and the shortest route there (lure::explore), and a
// replay of that route: "preview this ending" (the Studio, `--screen ending --ending ID`).
#pragma once

#include <lure/scenario.h>
#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct EndingRoute {
  std::string id;
  lure::EndingClass ending = lure::EndingClass::None;
  bool reachable = false;                // explore() found a way from the start
  std::vector<std::string> choice_path;  // the choice texts from the start, shortest first
};

// Every ending node, in scenario order.
std::vector<EndingRoute> ending_routes(const lure::Scenario& scenario);
const EndingRoute* find_ending(const std::vector<EndingRoute>& endings, const std::string& id);
// "a (safe), b (harmed, unreachable)" for messages.
std::string list_endings(const std::vector<EndingRoute>& endings);
// The position in story.choices() of the enabled choice whose text is `text`, or -1.
int find_choice(const lure::Story& story, const std::string& text);
// Plays `story` from the start along the route (seeds 0.. until a random story lands there) and
// reports which choice it took at each step. False, with a message, when the ending is not reached.
bool play_to_ending(lure::Story& story, const EndingRoute& route, std::vector<int>& choice_indices, std::string& error);

}  // namespace lureproof
