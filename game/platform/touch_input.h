// Touch input for Dear ImGui 1.86 (shared by both builds): the 1.86 SDL backend only sees touches
// through SDL's mouse emulation and reads the position from the global (X11) pointer, which a
// finger does not move. This module follows SDL finger events itself: the first finger drives
// ImGui's mouse (position, button 0), a tap shorter than a frame still clicks, and after the finger
// lifts nothing stays hovered. A real mouse takes over again as soon as it moves.
#pragma once

union SDL_Event;
struct SDL_Window;

namespace lureproof {

namespace platform::touch {

// Returns true when the event was a finger event or a mouse event SDL synthesised from one (then
// ImGui's backend must not see it).
bool process_event(const SDL_Event& event, SDL_Window* window);
// After the backend's NewFrame: overrides ImGui's mouse with the finger while touch is in use.
void apply_to_imgui();

}  // namespace platform::touch

}  // namespace lureproof
