// FramePacer: see frame_pacer.h.
#include "pacing/frame_pacer.h"

#include <algorithm>
#include <cmath>

namespace lureproof {

void FramePacer::frame_done(double now, bool input, const FrameDemand& demand, std::uint64_t drawn_hash) {
  const bool changed = drawn_hash != last_hash_;
  last_hash_ = drawn_hash;
  if (input || demand.animating || (changed && !demand.paced)) trailing_left_ = trailing_frames_;
  else if (trailing_left_ > 0) --trailing_left_;
  wake_at_ =
      std::isfinite(demand.wake_in) ? now + std::max(0.0, demand.wake_in) : std::numeric_limits<double>::infinity();
}

double FramePacer::next_frame_in(double now) const {
  if (continuous_ || trailing_left_ > 0) return 0.0;
  return std::max(0.0, wake_at_ - now);
}

}  // namespace lureproof
