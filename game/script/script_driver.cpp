// Script driver: tap/key synthesis, waiting for targets and screens, play-to-end.
#include "script/script_driver.h"

#include "platform/platform.h"

#include <imgui.h>

#include <cstdio>
#include <algorithm>
#include <cstdlib>

namespace lureproof {

namespace {
constexpr int kTimeoutFrames = 600;

const UiTarget* find_target(const UiTrace& trace, const std::string& label, bool prefix, bool visible = true) {
  for (const UiTarget& t : trace.targets)
    if ((prefix ? t.label.rfind(label, 0) == 0 : t.label == label) && t.visible() == visible) return &t;
  return nullptr;
}
}  // namespace

void ScriptDriver::fail(const std::string& why) {
  failed_ = true;
  const ScriptCommand& c = script_.commands[pc_];
  message_ = "script:" + std::to_string(c.line) + ": " + c.verb + " " + c.arg + ": " + why;
}

bool ScriptDriver::tap(const UiTarget& t) {
  ImGuiIO& io = ImGui::GetIO();
  tap_pos_ = ImVec2((t.min.x + t.max.x) * 0.5f, (t.min.y + t.max.y) * 0.5f);
  if (tap_phase_ < 0 && verbose_) {
    std::printf("  tap %s at %.0f,%.0f\n", t.label.c_str(), tap_pos_.x, tap_pos_.y);
    std::fflush(stdout);
  }
  ++tap_phase_;
  io.MousePos = tap_pos_;
  io.MouseDown[0] = tap_phase_ == 1;  // frame 0: finger arrives, 1: down, 2: up (the tap)
  if (tap_phase_ >= 2) {
    tap_phase_ = -1;
    return true;
  }
  return false;
}

void drag_frame(const UiTarget& t, int phase) {
  ImGuiIO& io = ImGui::GetIO();
  const float h = t.clip_max.y - t.clip_min.y;
  const float dir = (t.min.y + t.max.y) * 0.5f > t.clip_max.y ? -1.f : 1.f;
  const ImVec2 start((t.clip_min.x + t.clip_max.x) * 0.5f, (t.clip_min.y + t.clip_max.y) * 0.5f - dir * h * 0.2f);
  const int step = std::min(std::max(phase - 1, 0), 8);
  io.MousePos = ImVec2(start.x, start.y + dir * h * 0.4f * float(step) / 8.f);
  io.MouseDown[0] = phase >= 1 && phase <= 9;
}

// One drag per 12 frames.
void ScriptDriver::drag_towards(const UiTarget& t) { drag_frame(t, frames_in_command_ % 12); }

void ScriptDriver::key(const std::string& name) {
  ImGuiIO& io = ImGui::GetIO();
  if (name.size() == 1 && name[0] >= '1' && name[0] <= '9') {
    io.AddInputCharacter(static_cast<unsigned>(name[0]));
    return;
  }
  const int k = name == "enter"                        ? ImGuiKey_Enter
                : name == "space"                      ? ImGuiKey_Space
                : name == "escape"                     ? ImGuiKey_Escape
                : name == "tab" || name == "shift-tab" ? ImGuiKey_Tab
                : name == "up"                         ? ImGuiKey_UpArrow
                : name == "down"                       ? ImGuiKey_DownArrow
                : name == "left"                       ? ImGuiKey_LeftArrow
                : name == "right"                      ? ImGuiKey_RightArrow
                                                       : -1;
  if (k < 0) return;
  pending_key_ = ImGui::GetKeyIndex(k);
  io.KeysDown[pending_key_] = true;
  pending_shift_ = name == "shift-tab";
  io.KeyShift = pending_shift_;
}

void ScriptDriver::before_frame(const UiTrace& trace) {
  ImGuiIO& io = ImGui::GetIO();
  // The script owns the input while it runs: the real mouse is ignored (but not the touches it
  // sent itself through SDL's event queue).
  if (finger_frames_ > 0) {
    --finger_frames_;
  } else {
    io.MousePos = tap_phase_ >= 0 ? tap_pos_ : hovering_ ? hover_pos_ : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
  }
  if (pending_key_ >= 0) {
    io.KeysDown[pending_key_] = false;
    pending_key_ = -1;
  }
  if (pending_shift_) io.KeyShift = pending_shift_ = false;
  if (pending_pad_ >= 0) io.NavInputs[pending_pad_] = 0.f, pending_pad_ = -1;
  if (nav_cooldown_ > 0) --nav_cooldown_;
  if (finished()) return;
  if (frames_in_command_ == 0 && !announced_) {
    const ScriptCommand& c = script_.commands[pc_];
    std::printf("script:%d: %s %s (screen %s)\n", c.line, c.verb.c_str(), c.arg.c_str(),
                host_.current_screen().c_str());
    std::fflush(stdout);
    announced_ = true;
  }
  ++frames_in_command_;
  if (step(trace)) {
    announced_ = false;
    ++pc_;
    frames_in_command_ = 0;
  } else if (!failed_ && frames_in_command_ >
                             (script_.commands[pc_].verb == "play-to-end" ? 40 * kTimeoutFrames : kTimeoutFrames)) {
    fail("timed out on screen '" + host_.current_screen() + "'");
  }
}

bool ScriptDriver::step(const UiTrace& trace) {
  const ScriptCommand& c = script_.commands[pc_];
  if (c.verb == "wait") return frames_in_command_ >= std::atoi(c.arg.c_str());
  if (c.verb == "quit") {
    pc_ = script_.commands.size() - 1;
    return true;
  }
  if (c.verb == "hover") {  // tooltips: the pointer stays on the target, nothing is pressed
    const UiTarget* t = find_target(trace, c.arg, false);
    if (!t) return false;
    hovering_ = true;
    hover_pos_ = ImVec2((t->min.x + t->max.x) * 0.5f, (t->min.y + t->max.y) * 0.5f);
    return true;
  }
  if (c.verb == "tap" || c.verb == "tap-prefix") {
    hovering_ = false;
    if (tap_phase_ < 0 && frames_in_command_ < 3) return false;  // let the previous action settle
    const UiTarget* t = find_target(trace, c.arg, c.verb == "tap-prefix");
    if (!t && tap_phase_ < 0) {
      // Scrolled out of view: drag the list towards it, as a finger would.
      if (const UiTarget* hidden = find_target(trace, c.arg, c.verb == "tap-prefix", false)) drag_towards(*hidden);
      return false;
    }
    if (!t) {  // the target vanished mid-tap: finish the tap where it was
      tap_phase_ = 2;
      ImGui::GetIO().MouseDown[0] = false;
      return true;
    }
    return tap(*t);
  }
  if (c.verb == "key") {
    if (frames_in_command_ < 3) return false;
    key(c.arg);
    return true;
  }
  if (c.verb == "pad") {
    if (frames_in_command_ < 3) return false;
    pad(c.arg);
    return true;
  }
  if (c.verb == "focus" || c.verb == "pad-focus") return move_focus_to(trace, c.arg, c.verb == "pad-focus");
  if (c.verb == "expect-focus") return trace.focused == c.arg;
  if (c.verb == "finger-tap") return finger_tap(trace, c.arg);
  if (c.verb == "press" || c.verb == "send") {  // through SDL's queue, as a keyboard or window system would
    if (frames_in_command_ < 3) return false;
    if (!(c.verb == "press" ? platform::push_keys(c.arg) : platform::push_window_event(c.arg)))
      fail("cannot send '" + c.arg + "' as SDL events");
    return true;
  }
  if (c.verb == "expect-window") return platform::window_state() == c.arg;
  if (c.verb == "expect-screen") return host_.current_screen() == c.arg;
  if (c.verb == "expect-text") {
    for (const std::string& t : trace.texts)
      if (t.find(c.arg) != std::string::npos) return true;
    return false;
  }
  if (c.verb == "screenshot") {
    host_.request_screenshot(c.arg);
    return true;
  }
  if (c.verb == "dump-text") {
    host_.request_text_dump(c.arg);
    return true;
  }
  if (c.verb == "play-to-end") {
    if (tap_phase_ >= 0) {  // finish the tap in progress (targets keep their place for 3 frames)
      ImGuiIO& io = ImGui::GetIO();
      ++tap_phase_;
      io.MouseDown[0] = tap_phase_ == 1;
      if (tap_phase_ >= 2) tap_phase_ = -1;
      return false;
    }
    if (host_.current_screen() != "play") return frames_in_command_ > 3;
    if (frames_in_command_ % 2 != 0) return false;  // a frame between actions
    if (verbose_ && frames_in_command_ % 240 == 0) {
      std::printf("  targets:");
      for (const UiTarget& t : trace.targets) std::printf(" %s%s", t.label.c_str(), t.visible() ? "" : "(hidden)");
      std::printf("\n");
      std::fflush(stdout);
    }
    const bool mark_all = c.arg.find("mark-all") != std::string::npos;
    const bool keys = c.arg.find("keys") != std::string::npos, gamepad = c.arg.find("pad") != std::string::npos;
    if (keys || gamepad) return nav_play_step(trace, gamepad, mark_all);
    if (mark_all)
      for (const UiTarget& t : trace.targets)
        if (t.label.rfind("mark:", 0) == 0 && t.visible() && !marked_.count(t.label)) {
          marked_.insert(t.label);
          tap(t);
          return false;
        }
    for (const char* id : {"show-all", "see-what-happened"})
      if (const UiTarget* t = find_target(trace, id, false)) {
        tap(*t);
        return false;
      }
    const int choice = host_.route_choice();
    if (choice >= 0) {
      const std::string id = "choice:" + std::to_string(choice);
      if (const UiTarget* t = find_target(trace, id, false)) tap(*t);
      else if (choice < 9) key(std::to_string(choice + 1));  // scrolled out of view: number key
    }
    return false;
  }
  fail("unknown command");
  return false;
}

}  // namespace lureproof
