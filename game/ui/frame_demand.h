// How screens ask for frames under event-driven rendering: a screen that animates calls
// need_animation() each frame it moves; a timer-driven view (countdown, lockout) calls
// need_frame_in(seconds); an animation that needs fewer frames than the display gives (the attract
// screen's fades) calls need_animation_at(fps) each frame it moves. The App takes the demand once per frame and gives it to its FramePacer.
#pragma once

#include "pacing/frame_pacer.h"

#include <cstdint>

struct ImDrawData;

namespace lureproof {

void need_animation();
// `paced`: the caller knows when its drawing changes, so a changed frame brings no trailing frames.
void need_frame_in(double seconds, bool paced = false);
void need_animation_at(double fps);  // need_frame_in(1 / fps, true)
// This frame's demand (kept in the UI frame, ui_frame.h); resets it. ui::begin_frame also resets it.
FrameDemand take_frame_demand();

// A hash of everything ImGui will draw (vertices, indices, clip rectangles, textures): two frames
// with the same hash look the same.
std::uint64_t hash_draw_data(const ImDrawData* data);

}  // namespace lureproof
