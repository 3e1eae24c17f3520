// InputTrickle: ends a frame's event batch before a release of something pressed in that batch.
#include "platform/input_trickle.h"

#include <algorithm>

namespace lureproof {

namespace platform {

bool InputTrickle::next(SDL_Event& event) {
  if (!held_.empty()) {
    event = held_.front();
    held_.pop_front();
  } else if (!SDL_PollEvent(&event)) {
    end_batch();
    return false;
  }
  if (releases_press_in_batch(event)) {
    held_.push_front(event);  // first in line for the next frame
    end_batch();
    return false;
  }
  note_press(event);
  return true;
}

bool InputTrickle::releases_press_in_batch(const SDL_Event& event) const {
  if (event.type == SDL_KEYUP)
    return std::find(keys_pressed_.begin(), keys_pressed_.end(), event.key.keysym.scancode) != keys_pressed_.end();
  if (event.type == SDL_MOUSEBUTTONUP)
    return std::find(buttons_pressed_.begin(), buttons_pressed_.end(), event.button.button) != buttons_pressed_.end();
  return false;
}

void InputTrickle::note_press(const SDL_Event& event) {
  if (event.type == SDL_KEYDOWN) keys_pressed_.push_back(event.key.keysym.scancode);
  if (event.type == SDL_MOUSEBUTTONDOWN) buttons_pressed_.push_back(event.button.button);
}

void InputTrickle::end_batch() {
  keys_pressed_.clear();
  buttons_pressed_.clear();
}

}  // namespace platform

}  // namespace lureproof
