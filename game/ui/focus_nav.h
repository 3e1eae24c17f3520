// Keyboard and gamepad focus for the custom widgets (issue #4): every focusable widget registers its
// ImGui item here, so Tab / Shift+Tab cycle through them in drawing order (ImGui 1.86 only tabs
// between text fields), Enter activates the focused one (1.86 maps Enter to "input", not
// "activate"), and Escape / gamepad B reach the screens as "back". Arrows and the D-pad use
// ImGui's own directional navigation.
#pragma once

#include <imgui.h>

#include <vector>

namespace lureproof {

struct NavEntry;

struct NavItemState {
  bool focused = false;  // has the keyboard/gamepad focus and the focus ring is showing
  bool pressed = false;  // Enter or keypad Enter while focused
};

// Call right after the widget's ImGui item (an InvisibleButton).
NavItemState nav_item();

// Inside a scroll area (child window) that has more to show: when none of its own widgets is
// focusable, the area itself becomes a focus stop whose Up/Down (arrows, D-pad) scroll it until
// its end, then move on. Returns true while it has the visible focus (the caller draws the ring).
bool nav_scroll_stop();

// Called by ui::end_frame() with the frame's focusable widgets (ui_frame.h), after every window was
// drawn: applies Tab / Shift+Tab, and keeps the focus on the screen when the focused widget
// disappeared (a choice replaced by the next step's).
void nav_end_frame(const std::vector<NavEntry>& items);

// Escape or gamepad B went down this frame while the current window (or one of its children) has
// the focus: screens treat it as their back button, overlays close.
bool nav_cancel_pressed();

}  // namespace lureproof
