// OperatorGesture: keeps the times of the last taps in the corner's margin; any press elsewhere
// starts over.
#include "kiosk/operator_gesture.h"

namespace lureproof {

bool OperatorGesture::in_zone(float x, float y) const {
  return x >= 0 && y >= 0 && x < corner_size_ && y < corner_size_ && (x < edge_band_ || y < edge_band_);
}

bool OperatorGesture::overlaps(float x0, float y0, float x1, float y1) const {
  // The zone is two strips: [0, corner) x [0, band) and [0, band) x [0, corner).
  auto meets = [&](float w, float h) { return x0 < w && x1 > 0 && y0 < h && y1 > 0; };
  return x1 > x0 && y1 > y0 && (meets(corner_size_, edge_band_) || meets(edge_band_, corner_size_));
}

bool OperatorGesture::press(float x, float y, double now) {
  if (!in_zone(x, y)) {
    count_ = 0;
    return false;
  }
  // Drop taps older than the window, then add this one.
  int kept = 0;
  for (int i = 0; i < count_; ++i)
    if (now - times_[i] <= kWindowS) times_[kept++] = times_[i];
  count_ = kept;
  if (count_ == kTaps) {
    for (int i = 1; i < kTaps; ++i) times_[i - 1] = times_[i];
    --count_;
  }
  times_[count_++] = now;
  if (count_ < kTaps) return false;
  count_ = 0;
  return true;
}

}  // namespace lureproof
