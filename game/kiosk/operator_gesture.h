// The hidden operator gesture: five taps in the top-left corner within three seconds. A plain class
// fed with pointer presses so it is unit-tested; the app then shows the PIN pad.
// The hot zone is the outer margin of the corner: within `corner_size` of the corner along either
// edge, and closer than `edge_band` to an edge. Every screen keeps that margin free of buttons (the
// Back button starts just inside it), so a visitor's tap on Back never counts towards the
// gesture and the gesture's taps never press Back. tools/soak checks this on every frame it draws.
#pragma once

namespace lureproof {

class OperatorGesture {
 public:
  static constexpr int kTaps = 5;
  static constexpr double kWindowS = 3.0;

  // Sizes in the same units as x, y (the app passes 72 and 20 theme points at its scale; Back
  // starts 24 points from the edges, so 4 points stay free between the zone and Back).
  explicit OperatorGesture(float corner_size = 72.f, float edge_band = 20.f)
      : corner_size_(corner_size), edge_band_(edge_band) {}
  void set_zone(float corner_size, float edge_band) {
    corner_size_ = corner_size;
    edge_band_ = edge_band;
  }
  float corner_size() const { return corner_size_; }
  float edge_band() const { return edge_band_; }
  bool in_zone(float x, float y) const;
  // Whether the rectangle [x0, x1) x [y0, y1) shares any point with the hot zone.
  bool overlaps(float x0, float y0, float x1, float y1) const;

  // A press (touch down / mouse down) at x, y at time `now`; returns true when the gesture completes.
  bool press(float x, float y, double now);
  int taps() const { return count_; }

 private:
  float corner_size_, edge_band_;
  double times_[kTaps] = {};
  int count_ = 0;
};

}  // namespace lureproof
