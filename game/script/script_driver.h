// Runs a parsed script one frame at a time: turns commands into mouse and key input for ImGui
// (taps land on the targets the UI traced last frame), checks expectations, asks the host for
// screenshots. Input is only what a visitor could do: taps, keys.
#pragma once

#include "script/script.h"
#include "ui/ui_trace.h"

#include <cstdlib>
#include <set>
#include <string>

namespace lureproof {

class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  virtual std::string current_screen() const = 0;
  virtual int route_choice() const = 0;  // the choice index on the shortest route to an ending
  virtual void request_screenshot(const std::string& path) = 0;
  virtual void request_text_dump(const std::string& path) = 0;
};

// Frame `phase` (0-11) of one drag that scrolls the list holding `hidden` towards it: touch down in the
// middle of the list's visible area, move 40 % of its height in 8 steps, lift; sets ImGui's mouse. The
// scroll areas follow the finger; buttons ignore drags. Scripts and the kiosk soak drag this way.
void drag_frame(const UiTarget& hidden, int phase);

class ScriptDriver {
 public:
  ScriptDriver(ScriptParse script, ScriptHost& host) : script_(std::move(script)), host_(host) {}
  // Called before ImGui::NewFrame with last frame's trace; sets io mouse/keys for this frame.
  void before_frame(const UiTrace& last_frame);
  bool finished() const { return pc_ >= script_.commands.size() || failed_; }
  bool failed() const { return failed_; }
  const std::string& message() const { return message_; }

 private:
  bool step(const UiTrace& trace);  // true when the current command is complete
  void fail(const std::string& why);
  bool tap(const UiTarget& t);  // drives a 3-frame tap; true when done
  void key(const std::string& name);
  void drag_towards(const UiTarget& hidden);  // scrolls a list by dragging, to reveal a target
  // Keyboard and gamepad navigation (script_nav.cpp).
  void pad(const std::string& name);
  bool move_focus_to(const UiTrace& trace, const std::string& label, bool gamepad);  // true once focused
  bool nav_play_step(const UiTrace& trace, bool gamepad, bool mark_all);             // play-to-end keys|pad
  bool finger_tap(const UiTrace& trace, const std::string& label);                   // SDL finger events, real path

  ScriptParse script_;
  ScriptHost& host_;
  size_t pc_ = 0;
  int frames_in_command_ = 0;
  int tap_phase_ = -1;
  bool failed_ = false;
  std::string message_;
  std::set<std::string> marked_;  // play-to-end mark-all: message markers already tapped
  int pending_key_ = -1;
  bool announced_ = false;
  bool verbose_ = std::getenv("LUREPROOF_SCRIPT_VERBOSE") != nullptr;
  ImVec2 tap_pos_;
  bool hovering_ = false;  // `hover`: the pointer rests on hover_pos_ until the next tap
  ImVec2 hover_pos_;
  int pending_pad_ = -1;        // a gamepad NavInput held for one frame
  bool pending_shift_ = false;  // shift-tab
  int nav_cooldown_ = 0;        // frames to let a focus move show before the next key
  std::string nav_goal_;        // play-to-end keys|pad: the target being focused
  int finger_frames_ = 0;       // touch events are on their way: leave ImGui's mouse alone
  bool finger_down_ = false;
  bool finger_tapped_ = false;
};

}  // namespace lureproof
