// Play-from-here in the real phone UI: the play screen's phone and feed (ui/phone_feed.h) for the
// Studio's running Playtest, all messages shown at once, the choices as the game's buttons.
#pragma once

#include "journey/session.h"
#include "studio/playtest.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace lureproof {

class PhonePreview {
 public:
  void reset() { marks_.clear(); }
  // Draws into a child region of `size`; returns the index of a choice taken, or -1.
  int draw(const Playtest& play, const Theme& theme, ImVec2 size, const std::string& base_dir);

 private:
  void toggle_mark(const lure::Story& story, int node, int line);  // an author may also take one back
  std::vector<Mark> marks_;  // the messages the author flagged, as a visitor would
};

}  // namespace lureproof
