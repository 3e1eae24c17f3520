// The phone with the story's feed, as visitors see it: the app of the newest revealed line, one block
// per line, names above bubbles only where several people write (and in emails and calls), the red-
// flag markers with their marks, the typing dots. The play screen and the Studio's preview draw it.
#pragma once

#include "journey/session.h"
#include "ui/theme.h"

#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct FeedView {
  FeedView(const lure::Story& s, const std::vector<Mark>& m) : story(s), marks(m) {}
  const lure::Story& story;
  const std::vector<Mark>& marks;  // the messages marked as suspicious
  int visible = 0;                 // feed lines revealed so far (more than the feed: all)
  bool typing = false;             // the next line's typing dots show
  double since_last_reveal = 1e9;  // seconds since the newest line appeared (its arrival)
  bool reveal_flags_now = true;    // a mark shows its result at once (SiteConfig::flag_reveal)
  bool reduced_motion = false;
  bool stick_to_bottom = true;  // the feed glides to its newest message
  double clock = 0.0;           // app clock (the typing dots)
  std::string base_dir;         // the scenario's folder (avatar images)
};

struct FeedAction {
  int mark_node = -1, mark_line = -1;  // the flag marker of this line was tapped
  bool tapped = false;                 // a tap on the phone, not on a flag
};

// Draws the phone at `pos` / `size` with the feed in it; traces the target "phone" and each line's
// flag marker as "mark:<node>:<line>".
FeedAction draw_phone_feed(const FeedView& view, ImVec2 pos, ImVec2 size, const Theme& theme);

}  // namespace lureproof
