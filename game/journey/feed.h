// The story's messages as one feed (every line of every node entered, in order) and the "app"
// the phone shows: the latest run of nodes on the same channel and title (one conversation).
#pragma once

#include <lure/story.h>

#include <vector>

namespace lureproof {

struct FeedLine {
  int node = -1;  // index into Story::transcript()
  int line = -1;  // index into that node's lines
};

std::vector<FeedLine> feed_of(const lure::Story& story);

// Feed indices [begin, end) of the app segment that holds feed line `last_visible` (the newest
// visible line). Lines of earlier apps are no longer on screen.
struct AppSegment {
  int begin = 0, end = 0;
  int node = -1;  // first transcript node of the segment (its channel and title describe the app)
};
AppSegment app_segment(const lure::Story& story, const std::vector<FeedLine>& feed, int visible_count);

}  // namespace lureproof
