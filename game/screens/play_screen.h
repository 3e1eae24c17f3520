// The play screen: the simulated phone showing the current app (messages revealed at their pace,
// each with a red-flag marker) and the visitor's choices as big buttons beside or under it.
#pragma once

#include "journey/reveal.h"
#include "journey/session.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct PlayView {
  const lure::Story& story;
  const Reveal& reveal;
  const std::vector<Mark>& marks;
  bool reveal_flags_now = true;  // SiteConfig::flag_reveal == Immediately
  std::string base_dir;          // the scenario's folder (avatar images)
};

struct PlayAction {
  bool skip = false;  // tap on the phone / "Show all": reveal the rest of this step
  int choose = -1;    // index into Story::choices()
  int mark_node = -1, mark_line = -1;
  bool finish = false;  // the ending was read: go to the ending screen
};

LUREPROOF_SEPARATE_FUNCTION PlayAction draw_play_screen(const UiContext& ui, const PlayView& view);

}  // namespace lureproof
