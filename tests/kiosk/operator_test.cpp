// The hidden operator gesture: five taps in the top-left corner within three seconds.
#include <doctest/doctest.h>

#include "kiosk/operator_gesture.h"

TEST_CASE("five quick corner taps open it") {
  OperatorGesture g(80);
  for (int i = 0; i < 4; ++i) CHECK_FALSE(g.press(10, 10, i * 0.5));
  CHECK(g.press(10, 10, 2.0));
  CHECK(g.taps() == 0);
}

TEST_CASE("too slow: taps older than 3 s drop out") {
  OperatorGesture g(80);
  for (int i = 0; i < 5; ++i) CHECK_FALSE(g.press(5, 5, i * 1.0));  // spans 4 s
  CHECK_FALSE(g.press(5, 5, 4.5));  // 2, 3, 4, 4.5: four taps within 3 s
  CHECK(g.press(5, 5, 4.8));        // the fifth
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
