// The UI's per-frame state in one context (as Dear ImGui keeps one): what the widgets record while a
// frame is drawn. ui::begin_frame() (after ImGui::NewFrame) starts it afresh, ui::end_frame() (before
// ImGui::Render) applies keyboard/gamepad focus and empties the frame's focus list; every path that
// draws widgets calls the pair: the visitor game, the kiosk, the Studio, headless runs and tests.
#pragma once

#include "pacing/frame_pacer.h"
#include "ui/ui_trace.h"

#include <imgui.h>

#include <vector>
struct ImGuiWindow;

namespace lureproof {

class Theme;

// A focusable widget of this frame (focus_nav.h), in drawing order.
struct NavEntry {
  ImGuiID id = 0;
  ImGuiWindow* window = nullptr;
  ImVec2 min, max;
};

struct UiFrameOptions {
  const Theme* theme = nullptr;  // focus rings of scroll areas
  bool accessible = false;       // record the accessible view (where a DOM mirror exists)
  bool reduced_motion = false;   // scroll areas jump to the newest message instead of gliding
};

struct UiFrame {
  // Outputs of the frame, readable after end_frame until the next begin_frame (App: screenshots and
  // text dumps, the script driver and the soak look at the last frame; the pacer takes the demand).
  UiTrace trace;       // texts, touch targets and the accessible view
  FrameDemand demand;  // frames the screens asked for (frame_demand.h)
  // Working state while the frame is drawn.
  std::vector<NavEntry> nav_items;  // emptied by end_frame
  UiFrameOptions options;
  const char* screen_window = nullptr;  // the window begin_screen opened (the settings gear goes in it)
  ImVec2 screen_min, screen_size;       // the main viewport
  const char* scroll_id = "";           // the scroll area being drawn (they do not nest)
  bool open = false;                    // between begin_frame and end_frame
  long frames = 0;                      // frames begun
  long unended = 0;                     // frames a begin_frame found still open: a path that skipped end_frame
};

namespace ui {
// Starts the frame: forgets the last frame's trace, focus list, demand and screen.
void begin_frame(const UiFrameOptions& options);
// Ends it: Tab / Shift+Tab and focus repair over the widgets drawn (focus_nav), then empties the list.
void end_frame();
// The current (or, between frames, the last) frame.
UiFrame& frame();
}  // namespace ui

}  // namespace lureproof
