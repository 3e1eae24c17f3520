// The one UI frame context: begin_frame / end_frame (see ui_frame.h).
#include "ui/ui_frame.h"

#include "ui/focus_nav.h"
#include "ui/mirror.h"
#include "ui/text_layout.h"

namespace lureproof {

namespace ui {

UiFrame& frame() {
  static UiFrame f;
  return f;
}

void begin_frame(const UiFrameOptions& options) {
  restore_input();  // the keys mirror_input() swapped for ImGui::NewFrame
  UiFrame& f = frame();
  if (f.open) ++f.unended;
  f.trace.clear();
  f.trace.accessible = options.accessible;
  f.demand = FrameDemand{};
  f.nav_items.clear();
  f.options = options;
  f.screen_window = nullptr;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  f.screen_min = vp->Pos;
  f.screen_size = vp->Size;
  f.scroll_id = "";
  f.open = true;
  ++f.frames;
}

void end_frame() {
  UiFrame& f = frame();
  nav_end_frame(f.nav_items);
  f.nav_items.clear();
  text_layout_end_frame();
  mirror_trace(f.trace);  // the rectangles as they are on screen
  f.open = false;
}

}  // namespace ui

}  // namespace lureproof
