// InputTrickle: a press and its release never reach the UI in the same frame, and nothing is
// dropped or reordered. Uses SDL's real event queue (events subsystem only, no window).
#include "platform/input_trickle.h"

#include <doctest/doctest.h>

#include <vector>

using namespace lureproof;

namespace {

struct SdlEvents {
  SdlEvents() {
    REQUIRE(SDL_Init(SDL_INIT_EVENTS) == 0);
    SDL_FlushEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
  }
  ~SdlEvents() { SDL_Quit(); }
};

void push_key(Uint32 type, SDL_Scancode code, Uint16 mod = KMOD_NONE) {
  SDL_Event e{};
  e.type = type;
  e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
  e.key.keysym.scancode = code;
  e.key.keysym.mod = mod;
  REQUIRE(SDL_PushEvent(&e) == 1);
}

void push_button(Uint32 type, Uint8 button) {
  SDL_Event e{};
  e.type = type;
  e.button.button = button;
  REQUIRE(SDL_PushEvent(&e) == 1);
}

// One frame's batch, as (type, scancode or button) pairs.
std::vector<std::pair<Uint32, int>> batch(platform::InputTrickle& trickle) {
  std::vector<std::pair<Uint32, int>> out;
  SDL_Event e;
  while (trickle.next(e)) {
    const bool key = e.type == SDL_KEYDOWN || e.type == SDL_KEYUP;
    out.emplace_back(e.type, key ? int(e.key.keysym.scancode) : int(e.button.button));
  }
  return out;
}

using Batch = std::vector<std::pair<Uint32, int>>;

}  // namespace

TEST_CASE("a key pressed and released between two frames is seen pressed for one frame (Ctrl+S)") {
  SdlEvents sdl;
  platform::InputTrickle trickle;
  push_key(SDL_KEYDOWN, SDL_SCANCODE_LCTRL, KMOD_LCTRL);
  push_key(SDL_KEYDOWN, SDL_SCANCODE_S, KMOD_LCTRL);
  push_key(SDL_KEYUP, SDL_SCANCODE_S, KMOD_LCTRL);
  push_key(SDL_KEYUP, SDL_SCANCODE_LCTRL);
  CHECK(batch(trickle) == Batch{{SDL_KEYDOWN, SDL_SCANCODE_LCTRL}, {SDL_KEYDOWN, SDL_SCANCODE_S}});
  CHECK(trickle.holding());  // the main loop must draw again without waiting for new input
  CHECK(batch(trickle) == Batch{{SDL_KEYUP, SDL_SCANCODE_S}, {SDL_KEYUP, SDL_SCANCODE_LCTRL}});
  CHECK_FALSE(trickle.holding());
  CHECK(batch(trickle).empty());
}

TEST_CASE("typing a word arrives one key per frame, in order") {
  SdlEvents sdl;
  platform::InputTrickle trickle;
  const SDL_Scancode word[] = {SDL_SCANCODE_H, SDL_SCANCODE_I, SDL_SCANCODE_H};  // "hih": a key repeats
  for (SDL_Scancode k : word) {
    push_key(SDL_KEYDOWN, k);
    push_key(SDL_KEYUP, k);
  }
  CHECK(batch(trickle) == Batch{{SDL_KEYDOWN, SDL_SCANCODE_H}});
  CHECK(batch(trickle) == Batch{{SDL_KEYUP, SDL_SCANCODE_H}, {SDL_KEYDOWN, SDL_SCANCODE_I}});
  CHECK(batch(trickle) == Batch{{SDL_KEYUP, SDL_SCANCODE_I}, {SDL_KEYDOWN, SDL_SCANCODE_H}});
  CHECK(batch(trickle) == Batch{{SDL_KEYUP, SDL_SCANCODE_H}});
  CHECK(batch(trickle).empty());
}

TEST_CASE("a release of something pressed in an earlier frame does not delay anything") {
  SdlEvents sdl;
  platform::InputTrickle trickle;
  push_key(SDL_KEYDOWN, SDL_SCANCODE_TAB);
  CHECK(batch(trickle).size() == 1);
  push_key(SDL_KEYUP, SDL_SCANCODE_TAB);
  push_key(SDL_KEYDOWN, SDL_SCANCODE_RETURN);
  push_button(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT);
  CHECK(batch(trickle).size() == 3);
  CHECK_FALSE(trickle.holding());
}

TEST_CASE("a click shorter than a frame is split the same way") {
  SdlEvents sdl;
  platform::InputTrickle trickle;
  push_button(SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT);
  push_button(SDL_MOUSEBUTTONUP, SDL_BUTTON_LEFT);
  push_key(SDL_KEYDOWN, SDL_SCANCODE_X);  // typed right after the click that focuses a text field
  CHECK(batch(trickle) == Batch{{SDL_MOUSEBUTTONDOWN, SDL_BUTTON_LEFT}});
  CHECK(batch(trickle) == Batch{{SDL_MOUSEBUTTONUP, SDL_BUTTON_LEFT}, {SDL_KEYDOWN, SDL_SCANCODE_X}});
}
