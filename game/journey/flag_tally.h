// The red flags of a visitor's route: which ones they spotted, which they missed, how many wrong
// marks they made. Computed from the story and the marks; used by the ending, debrief and statistics.
#pragma once

#include "journey/session.h"

#include <lure/scenario.h>
#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct FlagResult {
  const lure::RedFlag* flag = nullptr;
  bool spotted = false;
};

struct FlagTally {
  std::vector<FlagResult> flags;  // every flag on the route, in the order they appeared
  int spotted = 0, missed = 0, wrong = 0;
};

FlagTally tally_flags(const lure::Story& story, const std::vector<Mark>& marks);
// A mark on an address or a number in the app's chrome (`from:`, `url:`, `number:`...) keeps the
// property's index into NodeView::properties as a line below zero.
constexpr int field_line(int property) { return -1 - property; }
constexpr int field_of_line(int line) { return -1 - line; }
// Whether `line` of `node` exists (a message, or a field the app shows); the red flags on it.
bool line_exists(const lure::NodeView& node, int line);
std::vector<std::string> flags_on(const lure::NodeView& node, int line);
// The marks decided so far on a line: the mark, or null when the line is unmarked.
const Mark* find_mark(const std::vector<Mark>& marks, int node, int line);

}  // namespace lureproof
