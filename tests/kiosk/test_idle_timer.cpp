// Idle timer: timeout -> warning with a countdown -> expired; any input extends (WCAG 2.2.1).
#include <doctest/doctest.h>

#include "kiosk/idle_timer.h"

using namespace lureproof;

using Phase = IdleTimer::Phase;

TEST_CASE("disarmed (attract) never warns") {
  IdleTimer t(90, 30);
  CHECK(t.update(10000) == Phase::Active);
}

TEST_CASE("timeout, countdown, expiry") {
  IdleTimer t(90, 30);
  t.arm(100);
  CHECK(t.update(189.9) == Phase::Active);
  CHECK(t.update(190.0) == Phase::Warning);
  CHECK(t.seconds_left() == 30);
  CHECK(t.update(205.5) == Phase::Warning);
  CHECK(t.seconds_left() == 15);
  CHECK(t.update(219.99) == Phase::Warning);
  CHECK(t.seconds_left() == 1);
  CHECK(t.update(220.0) == Phase::Expired);
  CHECK(t.update(230.0) == Phase::Expired);  // stays expired until the app re-arms or disarms
  t.disarm();
  CHECK(t.update(231) == Phase::Active);
}

TEST_CASE("input during the countdown gives the full time back") {
  IdleTimer t(60, 20);
  t.arm(0);
  CHECK(t.update(70) == Phase::Warning);
  t.input(75);  // "I'm still here"
  CHECK(t.update(76) == Phase::Active);
  CHECK(t.update(134.9) == Phase::Active);
  CHECK(t.update(135) == Phase::Warning);
  CHECK(t.seconds_left() == 20);
}

TEST_CASE("input keeps it active; a clock going backwards does not expire it") {
  IdleTimer t(30, 20);
  t.arm(0);
  for (int s = 0; s < 1000; s += 10) {
    t.input(s);
    CHECK(t.update(s + 5) == Phase::Active);
  }
  t.input(2000);
  t.input(1500);  // older event delivered late
  CHECK(t.update(2020) == Phase::Active);
}

TEST_CASE("seconds to the warning, for the frame loop's timed wake-up") {
  IdleTimer t(90, 30);
  CHECK(t.seconds_to_warning(5) > 1e9);  // disarmed: no wake-up needed
  t.arm(100);
  CHECK(t.seconds_to_warning(100) == doctest::Approx(90));
  CHECK(t.seconds_to_warning(150) == doctest::Approx(40));
  t.input(160);
  CHECK(t.seconds_to_warning(160) == doctest::Approx(90));
  CHECK(t.seconds_to_warning(400) == 0.0);
}
