// The hidden operator gesture: five taps in the top-left corner within three seconds. A plain class
// fed with pointer presses so it is unit-tested; the app then shows the PIN pad.
#pragma once

class OperatorGesture {
 public:
  static constexpr int kTaps = 5;
  static constexpr double kWindowS = 3.0;

  // `corner_size` is the side of the square hot zone at the top-left, in the same units as x, y.
  explicit OperatorGesture(float corner_size = 80.f) : corner_size_(corner_size) {}
  void set_corner_size(float size) { corner_size_ = size; }
  float corner_size() const { return corner_size_; }

  // A press (touch down / mouse down) at x, y at time `now`; returns true when the gesture completes.
  bool press(float x, float y, double now);
  int taps() const { return count_; }

 private:
  float corner_size_;
  double times_[kTaps] = {};
  int count_ = 0;
};
