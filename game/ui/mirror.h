// Mirrored screens for a right-to-left UI language (issue #21; docs/architecture.md "Right-to-left,
// shaped text"): screens lay out left to right as always, and a mirrored frame is flipped as a whole
// about the viewport's vertical centre line: its draw data, the pointer that comes in and the trace
// that goes out. Images (shaped text lines, emoji, QR codes) are flipped back so they read right.
#pragma once

#include <imgui.h>

namespace lureproof {

struct UiTrace;

namespace ui {

// Whether the frames drawn from now on are mirrored (App: a right-to-left UI language, outside the Studio).
void set_mirrored(bool mirrored);
bool mirrored();
// Where layout x `x` is on screen, and back (its own inverse): the viewport's mirror image, or `x`
// itself when not mirrored.
float screen_x(float x);
// Where to draw, at layout x `x`, a piece `piece_width` wide of a run that must read left to right
// (an address drawn in parts) and spans [start, start + run_width): `x` itself when not mirrored.
float left_to_right_piece(float x, float piece_width, float start, float run_width);
// Before ImGui::NewFrame: the pointer position from screen to layout (the backends, touch and the
// script driver set it in screen points), and the Left / Right keys and gamepad directions swapped.
void mirror_input();
// After ImGui::NewFrame: the keys as the backend left them (so its events keep adding to them).
void restore_input();
// At the end of the UI frame: the trace's rectangles (texts, containers, touch targets) to the screen.
void mirror_trace(UiTrace& trace);

struct MirroredDraw {
  int images = 0;        // image quads flipped back (shaped lines, emoji)
  int imgui_glyphs = 0;  // glyphs ImGui drew from its font atlas: text not drawn as a shaped line
};
// After ImGui::Render: the frame's draw data mirrored. Counts what it found (tests).
MirroredDraw mirror_draw_data(ImDrawData* data);
// What the last mirrored frame held.
const MirroredDraw& last_mirrored_draw();

}  // namespace ui
}  // namespace lureproof
