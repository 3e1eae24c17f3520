// The visitor's route through the story map, step by step (node label, the gist of its messages,
// the choice made, the red flags met), and the roads not taken: endings they did not reach that a
// different choice on the route leads to. Plain logic: the debrief map and its mirror list read it.
#pragma once

#include <lure/graph.h>
#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct RouteStep {
  int vertex = -1;                          // into Graph::vertices
  std::string label;                        // the node's map label
  std::string gist;                         // its first messages, shortened ("Claudia: Hi Ana! ...")
  std::string choice;                       // the choice made there ("" when the story moved on by itself)
  std::vector<const lure::RedFlag*> flags;  // the red flags met there, in order
};

struct RoadNotTaken {
  int step = 0;        // into RouteMap::steps: where the other choice was
  int edge = -1;       // into Graph::edges: that choice
  std::string choice;  // its text
  int ending = -1;     // the ending vertex it can lead to (conditions aside)
  lure::EndingClass outcome = lure::EndingClass::None;
};

struct RouteMap {
  std::vector<RouteStep> steps;
  std::vector<RoadNotTaken> roads;  // one per ending not reached, at the latest step that still leads there
};

RouteMap route_map(const lure::Story& story, const lure::Graph& graph);

}  // namespace lureproof
