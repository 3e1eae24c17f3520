// The Studio's side panels: the live diagnostics list (click = jump to the line), the scenario map
// (labels, arrowheads, choice texts, unreachable nodes and missing targets marked; the node under
// the cursor and the played node highlighted; it pans) and the variable / red-flag watch.
#pragma once

#include "studio/studio_model.h"
#include "ui/graph_view.h"
#include "ui/theme.h"

#include <imgui.h>

namespace lureproof {

void draw_diagnostics_panel(StudioModel& model, const Theme& theme, ImVec2 size);

class GraphPanel {
 public:
  void draw(StudioModel& model, const Theme& theme, ImVec2 size);

 private:
  const lure::Graph* laid_out_for_ = nullptr;
  int layout_revision_ = -1;
  bool vertical_ = false;
  MapLayout layout_;
};

void draw_watch_panel(const StudioModel& model, const Theme& theme, ImVec2 size);

}  // namespace lureproof
