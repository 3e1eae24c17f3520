// Event-driven rendering: decides, after each frame, when the next one is needed. A frame is drawn
// on input, while something animates, when a timer asks for one, and for a few frames after any
// change; otherwise the main loop sleeps (native) or skips the browser's animation frame (web).
// Plain logic with the time passed in, so tests/game checks it without a window.
#pragma once

#include <cstdint>
#include <limits>

namespace lureproof {

// What the drawn screens asked of the next frame (see ui/frame_demand.h).
struct FrameDemand {
  bool animating = false;                                    // draw the next frame too
  double wake_in = std::numeric_limits<double>::infinity();  // seconds until a timer needs a frame
  bool paced = false;  // an animation drawn at its own, lower rate (wake_in): a changed frame does not
                       // bring the trailing frames at full rate
};

class FramePacer {
 public:
  // `trailing_frames`: frames drawn after the last input, animation or change (ImGui settles hover
  // and focus over a frame or two; the accessibility mirror and the screen catch up).
  explicit FramePacer(int trailing_frames = 3) : trailing_frames_(trailing_frames) {}

  // After each frame at time `now` (seconds, any monotonic clock): whether input events arrived,
  // what the screens asked for, and a hash of what was drawn (a frame unlike the previous one means
  // something still moves).
  void frame_done(double now, bool input, const FrameDemand& demand, std::uint64_t drawn_hash);
  // Seconds until the next frame is needed: 0 = now, infinity = only when input arrives.
  double next_frame_in(double now) const;
  // Continuous mode (deterministic --frames/--script runs, the Studio): every frame is drawn.
  void set_continuous(bool continuous) { continuous_ = continuous; }

 private:
  int trailing_frames_;
  int trailing_left_ = 1 << 30;  // the first frames are always drawn
  bool continuous_ = false;
  std::uint64_t last_hash_ = 0;
  double wake_at_ = std::numeric_limits<double>::infinity();
};

}  // namespace lureproof
