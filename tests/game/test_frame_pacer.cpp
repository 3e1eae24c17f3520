// Event-driven rendering decisions: frames on input, animation, change and timers, a few trailing
// frames after each, nothing otherwise; continuous mode for deterministic runs.
#include <doctest/doctest.h>

#include "pacing/frame_pacer.h"

#include <cmath>

using namespace lureproof;

namespace {
// Frames drawn, without input or demand, until the pacer stops asking for the next one.
int frames_until_idle(FramePacer& p, double& now, std::uint64_t hash) {
  int n = 0;
  while (p.next_frame_in(now) == 0.0 && n < 1000) {
    p.frame_done(now, false, {}, hash);
    now += 0.016;
    ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("a still screen stops drawing after a few frames") {
  FramePacer p(3);
  double now = 0;
  CHECK(p.next_frame_in(now) == 0.0);  // the first frames are always drawn
  const int n = frames_until_idle(p, now, 42);
  CHECK(n >= 3);
  CHECK(n <= 5);
  CHECK(std::isinf(p.next_frame_in(now)));  // now only input wakes it
}

TEST_CASE("input and animation keep frames coming, then trail off") {
  FramePacer p(2);
  double now = 0;
  frames_until_idle(p, now, 7);
  p.frame_done(now, true, {}, 7);  // a tap
  CHECK(p.next_frame_in(now) == 0.0);
  FrameDemand anim;
  anim.animating = true;
  for (int i = 0; i < 50; ++i) {
    p.frame_done(now, false, anim, 7);
    CHECK(p.next_frame_in(now) == 0.0);
  }
  CHECK(frames_until_idle(p, now, 7) == 2);
}

TEST_CASE("a frame unlike the previous one asks for another") {
  FramePacer p(2);
  double now = 0;
  frames_until_idle(p, now, 1);
  for (std::uint64_t h = 2; h < 20; ++h) {  // something moves that nobody announced (e.g. a scroll)
    p.frame_done(now, false, {}, h);
    CHECK(p.next_frame_in(now) == 0.0);
  }
  CHECK(frames_until_idle(p, now, 19) == 2);
}

TEST_CASE("a timer wakes the loop at its time without input") {
  FramePacer p(1);
  double now = 10;
  frames_until_idle(p, now, 5);
  FrameDemand timer;
  timer.wake_in = 90;  // e.g. the kiosk idle warning
  p.frame_done(now, false, timer, 5);
  CHECK(p.next_frame_in(now) == doctest::Approx(90));
  CHECK(p.next_frame_in(now + 60) == doctest::Approx(30));
  CHECK(p.next_frame_in(now + 95) == 0.0);  // overdue: draw now
}

TEST_CASE("continuous mode draws every frame") {
  FramePacer p(1);
  p.set_continuous(true);
  double now = 0;
  for (int i = 0; i < 100; ++i) {
    p.frame_done(now, false, {}, 3);
    CHECK(p.next_frame_in(now) == 0.0);
  }
}

TEST_CASE("a paced animation draws at its own rate, not at every changed frame") {
  FramePacer p(3);
  double now = 0;
  std::uint64_t hash = 1;
  frames_until_idle(p, now, hash);
  FrameDemand paced;
  paced.paced = true;
  paced.wake_in = 1.0 / 30.0;
  for (int i = 0; i < 10; ++i) {
    p.frame_done(now, false, paced, ++hash);  // every frame differs (a fade)
    CHECK(p.next_frame_in(now) == doctest::Approx(1.0 / 30.0));
    now += 1.0 / 30.0;
  }
  FrameDemand plain;
  plain.wake_in = 1.0 / 30.0;
  p.frame_done(now, false, plain, ++hash);  // the same change without the pacing: trailing frames
  CHECK(p.next_frame_in(now) == 0.0);
}
