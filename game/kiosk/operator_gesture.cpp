// OperatorGesture: keeps the times of the last taps in the corner; any press elsewhere starts over.
#include "kiosk/operator_gesture.h"

bool OperatorGesture::press(float x, float y, double now) {
  if (x < 0 || y < 0 || x > corner_size_ || y > corner_size_) {
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
