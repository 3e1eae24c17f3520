// Play-from-here in the real phone UI: the game's phone frame and message blocks (ui/phone.h) for
// the Studio's running Playtest, all messages shown at once, the choices as the game's buttons.
#pragma once

#include "studio/playtest.h"
#include "ui/theme.h"

#include <imgui.h>

#include <set>
#include <string>
#include <utility>

class PhonePreview {
 public:
  void reset() { marks_.clear(); }
  // Draws into a child region of `size`; returns the index of a choice taken, or -1.
  int draw(const Playtest& play, const Theme& theme, ImVec2 size, const std::string& base_dir);

 private:
  std::set<std::pair<int, int>> marks_;  // (transcript node, line) the author flagged, as a visitor would
};
