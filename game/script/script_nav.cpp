// Script driver, keyboard, gamepad and touch part: Tab / D-pad until a target has the focus ring,
// gamepad buttons through io.NavInputs (Xvfb has no controller), play-to-end without touching, and
// finger taps and swipes sent as SDL finger events through the platform's real event path.
#include "script/script_driver.h"

#include "platform/platform.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lureproof {

namespace {

const UiTarget* find_any(const UiTrace& trace, const std::string& label) {
  const UiTarget* hidden = nullptr;
  for (const UiTarget& t : trace.targets)
    if (t.label == label) {
      if (t.visible()) return &t;
      if (!hidden) hidden = &t;
    }
  return hidden;
}

int index_of(const UiTrace& trace, const std::string& label) {
  for (size_t i = 0; i < trace.targets.size(); ++i)
    if (trace.targets[i].label == label) return int(i);
  return -1;
}

ImVec2 centre(const UiTarget& t) { return ImVec2((t.min.x + t.max.x) * 0.5f, (t.min.y + t.max.y) * 0.5f); }

}  // namespace

void ScriptDriver::pad(const std::string& name) {
  // Set after the SDL backend cleared NavInputs for this frame; released by the next before_frame.
  ImGuiIO& io = ImGui::GetIO();
  const int n = name == "up"      ? ImGuiNavInput_DpadUp
                : name == "down"  ? ImGuiNavInput_DpadDown
                : name == "left"  ? ImGuiNavInput_DpadLeft
                : name == "right" ? ImGuiNavInput_DpadRight
                : name == "a"     ? ImGuiNavInput_Activate
                : name == "b"     ? ImGuiNavInput_Cancel
                                  : -1;
  if (n < 0) return;
  io.BackendFlags |= ImGuiBackendFlags_HasGamepad;
  io.NavInputs[n] = 1.f;
  pending_pad_ = n;
}

bool ScriptDriver::move_focus_to(const UiTrace& trace, const std::string& label, bool gamepad) {
  if (trace.focused == label) return true;
  if (nav_cooldown_ > 0 || frames_in_command_ < 3) return false;
  nav_cooldown_ = 3;  // the move shows in the frame after next
  const UiTarget* goal = find_any(trace, label);
  const UiTarget* now = trace.focused.empty() ? nullptr : find_any(trace, trace.focused);
  if (verbose_) {
    std::printf("  focus %s (now %s)\n", label.c_str(), trace.focused.empty() ? "-" : trace.focused.c_str());
    std::fflush(stdout);
  }
  if (!gamepad) {
    // Tab forward, or Shift+Tab when the goal was drawn before the focused widget.
    const bool back = goal && now && index_of(trace, label) < index_of(trace, trace.focused);
    key(back ? "shift-tab" : "tab");
    return false;
  }
  if (!goal || !now) {
    pad("down");  // nothing focused yet: the first press focuses the screen's first widget
    return false;
  }
  // The D-pad direction towards the goal: along the axis with the larger gap between the two
  // boxes (the way ImGui's own scoring sorts candidates into quadrants).
  const ImVec2 a = centre(*now), b = centre(*goal);
  const float gap_x = std::max({0.f, goal->min.x - now->max.x, now->min.x - goal->max.x});
  const float gap_y = std::max({0.f, goal->min.y - now->max.y, now->min.y - goal->max.y});
  const bool vertical = gap_y > gap_x || (gap_y == gap_x && std::fabs(b.y - a.y) >= std::fabs(b.x - a.x));
  pad(vertical ? (b.y > a.y ? "down" : "up") : (b.x > a.x ? "right" : "left"));
  return false;
}

bool ScriptDriver::nav_play_step(const UiTrace& trace, bool gamepad, bool mark_all) {
  if (nav_cooldown_ > 0) return false;  // the last press must show in the trace first
  if (nav_goal_.empty()) {
    if (mark_all)
      for (const UiTarget& t : trace.targets)
        // With the keyboard, Tab scrolls a focused button into view, so a mark button scrolled out of
        // the phone counts too (a long first step left its last message unmarked).
        if (t.label.rfind("mark:", 0) == 0 && (t.visible() || !gamepad) && !marked_.count(t.label)) {
          nav_goal_ = t.label;
          break;
        }
    if (nav_goal_.empty())
      for (const char* id : {"show-all", "see-what-happened"})
        if (find_any(trace, id)) nav_goal_ = id;
    const int choice = host_.route_choice();
    if (nav_goal_.empty() && choice >= 0) nav_goal_ = "choice:" + std::to_string(choice);
    if (nav_goal_.empty()) return false;
    if (verbose_) {
      std::printf("  goal %s\n", nav_goal_.c_str());
      std::fflush(stdout);
    }
  }
  if (!find_any(trace, nav_goal_)) {  // gone (the step moved on): pick the next goal
    nav_goal_.clear();
    return false;
  }
  if (!move_focus_to(trace, nav_goal_, gamepad) || nav_cooldown_ > 0) return false;
  if (nav_goal_.rfind("mark:", 0) == 0) marked_.insert(nav_goal_);
  if (gamepad) pad("a");
  else key("enter");
  nav_cooldown_ = 3;
  nav_goal_.clear();
  return false;
}

bool ScriptDriver::finger_tap(const UiTrace& trace, const std::string& label) {
  if (finger_tapped_) {  // done once the tap went through ImGui
    if (finger_frames_ > 0) return false;
    finger_tapped_ = false;
    return true;
  }
  if (frames_in_command_ < 3 || finger_frames_ > 0) return false;
  const UiTarget* t = find_any(trace, label);
  if (t && t->visible()) {
    if (finger_down_) {  // a swipe was interrupted: lift first
      platform::push_touch(2, centre(*t).x, centre(*t).y);
      finger_down_ = false;
    }
    // Down and up in the same frame, with nothing hovered before: the hardest tap for ImGui.
    platform::push_touch(0, centre(*t).x, centre(*t).y);
    platform::push_touch(2, centre(*t).x, centre(*t).y);
    finger_frames_ = 4;  // the finger arrives, presses, lifts, and the tap lands
    finger_tapped_ = true;
    return false;
  }
  if (!t) return false;
  // Scrolled out of view: swipe the list towards it, 40 % of its height in 8 moves.
  const int phase = (frames_in_command_ / 2) % 11;
  const float h = t->clip_max.y - t->clip_min.y;
  const float dir = centre(*t).y > t->clip_max.y ? -1.f : 1.f;
  const ImVec2 start((t->clip_min.x + t->clip_max.x) * 0.5f, (t->clip_min.y + t->clip_max.y) * 0.5f - dir * h * 0.2f);
  const ImVec2 at(start.x, start.y + dir * h * 0.4f * float(std::min(phase, 8)) / 8.f);
  if (phase == 0 && !finger_down_) platform::push_touch(0, at.x, at.y), finger_down_ = true;
  else if (phase > 0 && phase <= 8 && finger_down_) platform::push_touch(1, at.x, at.y);
  else if (phase > 8 && finger_down_) platform::push_touch(2, at.x, at.y), finger_down_ = false;
  finger_frames_ = 1;
  return false;
}

}  // namespace lureproof
