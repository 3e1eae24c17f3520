// Touch input: SDL finger events drive ImGui's mouse (see touch_input.h).
#include "platform/touch_input.h"

#include <SDL.h>
#include <imgui.h>

#include <cfloat>

namespace lureproof {

namespace platform::touch {
namespace {
struct State {
  bool in_use = false;    // the last pointer input was a finger
  bool down = false;      // the tracked finger is on the screen
  bool pressed = false;   // went down since the last frame (a tap may end before the frame)
  bool arrived = false;   // ImGui has seen the finger's position before the press
  int lifted_frames = 0;  // frames since the finger lifted
  SDL_FingerID finger = 0;
  ImVec2 pos;
} g;

ImVec2 to_window(const SDL_TouchFingerEvent& f, SDL_Window* window) {
  int w = 0, h = 0;
  SDL_GetWindowSize(window, &w, &h);  // ImGui's coordinates are window points
  return ImVec2(f.x * float(w), f.y * float(h));
}
}  // namespace

bool process_event(const SDL_Event& e, SDL_Window* window) {
  switch (e.type) {
    case SDL_FINGERDOWN:
      if (!g.down) { g = State{true, true, true, false, 0, e.tfinger.fingerId, to_window(e.tfinger, window)}; }
      return true;
    case SDL_FINGERMOTION:
      if (g.down && e.tfinger.fingerId == g.finger) g.pos = to_window(e.tfinger, window);
      return true;
    case SDL_FINGERUP:
      if (g.down && e.tfinger.fingerId == g.finger) {
        g.pos = to_window(e.tfinger, window);
        g.down = false;
      }
      return true;
    case SDL_MOUSEMOTION:
      if (e.motion.which == SDL_TOUCH_MOUSEID) return true;
      g.in_use = false;  // a real mouse
      return false;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return e.button.which == SDL_TOUCH_MOUSEID;
    case SDL_MOUSEWHEEL: return e.wheel.which == SDL_TOUCH_MOUSEID;
    default: return false;
  }
}

void apply_to_imgui() {
  if (!g.in_use) return;
  ImGuiIO& io = ImGui::GetIO();
  if (g.pressed && !g.arrived) {
    // The finger arrives first and presses in the next frame: ImGui 1.86 misses a press that comes
    // in the same frame as the pointer's jump to it (1.87 trickles its input queue for this).
    g.arrived = true;
    io.MousePos = g.pos;
    io.MouseDown[0] = false;
    return;
  }
  io.MouseDown[0] = g.down || g.pressed;
  g.pressed = false;
  // The release frame still points at the finger (the tap lands there), then nothing is hovered.
  io.MousePos = io.MouseDown[0] || g.lifted_frames++ < 1 ? g.pos : ImVec2(-FLT_MAX, -FLT_MAX);
}

}  // namespace platform::touch

}  // namespace lureproof
