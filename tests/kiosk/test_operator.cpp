// The hidden operator gesture: five taps in the top-left corner within three seconds.
#include <doctest/doctest.h>

#include "kiosk/operator_gesture.h"

using namespace lureproof;

TEST_CASE("five quick corner taps open it") {
  OperatorGesture g(80);
  for (int i = 0; i < 4; ++i) CHECK_FALSE(g.press(10, 10, i * 0.5));
  CHECK(g.press(10, 10, 2.0));
  CHECK(g.taps() == 0);
}

TEST_CASE("too slow: taps older than 3 s drop out") {
  OperatorGesture g(80);
  for (int i = 0; i < 5; ++i) CHECK_FALSE(g.press(5, 5, i * 1.0));  // spans 4 s
  CHECK_FALSE(g.press(5, 5, 4.5));                                  // 2, 3, 4, 4.5: four taps within 3 s
  CHECK(g.press(5, 5, 4.8));                                        // the fifth
}

TEST_CASE("a press elsewhere starts over") {
  OperatorGesture g(80);
  for (int i = 0; i < 4; ++i) g.press(10, 10, i * 0.1);
  CHECK_FALSE(g.press(400, 300, 0.5));
  CHECK_FALSE(g.press(10, 10, 0.6));
  CHECK(g.taps() == 1);
  CHECK_FALSE(g.press(81, 10, 0.7));  // just outside the corner
  CHECK(g.taps() == 0);
}

TEST_CASE("the zone is the corner's outer margin, clear of the Back button") {
  OperatorGesture g(72, 24);  // the app's sizes in theme points; Back is the square [24, 80)
  CHECK(g.in_zone(0, 0));
  CHECK(g.in_zone(70, 10));        // along the top edge
  CHECK(g.in_zone(10, 70));        // along the left edge
  CHECK_FALSE(g.in_zone(30, 30));  // inside the corner square, but on the Back button
  CHECK_FALSE(g.in_zone(52, 52));  // Back's centre
  CHECK_FALSE(g.in_zone(72, 5));
  CHECK_FALSE(g.overlaps(24, 24, 80, 80));  // the Back button touches the zone's edge only
  CHECK(g.overlaps(20, 24, 80, 80));
  CHECK(g.overlaps(60, 0, 200, 10));
  CHECK_FALSE(g.overlaps(72, 0, 200, 10));
  CHECK_FALSE(g.overlaps(10, 10, 10, 20));  // empty rectangle
}

TEST_CASE("taps on Back do not count and start the count over") {
  OperatorGesture g(72, 24);
  for (int i = 0; i < 4; ++i) CHECK_FALSE(g.press(52, 52, i * 0.2));  // a visitor tapping Back
  CHECK(g.taps() == 0);
  for (int i = 0; i < 3; ++i) CHECK_FALSE(g.press(8, 8, 1.0 + i * 0.2));
  CHECK_FALSE(g.press(52, 52, 1.7));  // Back in between: over
  CHECK_FALSE(g.press(8, 8, 1.8));
  CHECK(g.taps() == 1);
}
