// The red flags of a visitor's route: which ones they spotted, which they missed, how many wrong
// marks they made. Computed from the story and the marks; used by the ending, debrief and statistics.
#pragma once

#include "journey/session.h"

#include <lure/scenario.h>

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
// The marks decided so far on a line: the mark, or null when the line is unmarked.
const Mark* find_mark(const std::vector<Mark>& marks, int node, int line);

}  // namespace lureproof
