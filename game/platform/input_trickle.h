// Hands SDL events to the UI one frame's worth at a time so that no press is lost. Dear ImGui 1.86
// reads key and mouse-button state once per frame (io.KeysDown), so a key that goes down and up
// between two frames never looks pressed: a fast typist, a busy machine, a screen reader's or a
// test harness's synthetic keys. When an event would release a key or button pressed earlier in
// the same batch, the batch ends there and that event (and everything after it) waits for the next
// frame, in order, like the input queue ImGui gained in 1.87.
#pragma once

#include <SDL.h>

#include <deque>
#include <vector>

namespace lureproof {

namespace platform {

class InputTrickle {
 public:
  // The next event for this frame (held ones first, then SDL's queue); false when the frame's
  // batch is over. The caller loops until false, then draws the frame.
  bool next(SDL_Event& event);
  // True while events wait for the next frame: the main loop must not sleep.
  bool holding() const { return !held_.empty(); }

 private:
  bool releases_press_in_batch(const SDL_Event& event) const;
  void note_press(const SDL_Event& event);
  void end_batch();

  std::deque<SDL_Event> held_;
  std::vector<SDL_Scancode> keys_pressed_;  // pressed in the current batch
  std::vector<Uint8> buttons_pressed_;
};

}  // namespace platform

}  // namespace lureproof
