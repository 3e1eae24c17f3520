// The debrief: the story's map with the visitor's route (labelled nodes, flag icons where red flags
// were, the roads not taken to other endings; a node shows what happened there when tapped or
// focused), and every red flag on the route: spotted or missed, what it means, what protects you,
// and its sources (register title and year).
#pragma once

#include "journey/flag_tally.h"
#include "ui/graph_view.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <lure/content_register.h>
#include <lure/story.h>

namespace lureproof {

struct DebriefView {
  const lure::Story& story;
  const FlagTally& tally;
  const lure::Graph& graph;
  const lure::ContentRegister& sources;  // register titles and years for each flag's `source:`
};

struct DebriefResult {
  bool back = false;
  bool to_help = false;
};

// The map as the debrief lays it out on a screen of `screen` points (tests check its label boxes).
MapLayout debrief_map_layout(const lure::Graph& graph, const Theme& theme, ImVec2 screen);

LUREPROOF_SEPARATE_FUNCTION DebriefResult draw_debrief_screen(const UiContext& ui, const DebriefView& view);

}  // namespace lureproof
