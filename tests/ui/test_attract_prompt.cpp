// The attract screen's call to action fits the visitor's device (issue #23 point 4): a finger
// touches, a mouse clicks, a keyboard or gamepad presses Enter; a kiosk is a touch stand.
#include "headless_ui.h"
#include "screens/attract_screen.h"

#include <doctest/doctest.h>

using namespace lureproof;

TEST_CASE("the start prompt follows the last input, and a kiosk is a touch stand") {
  // choose_start_by(last input was a key, pointer is a finger, kiosk)
  CHECK(choose_start_by(false, true, false) == StartBy::Touch);
  CHECK(choose_start_by(false, false, false) == StartBy::Click);
  CHECK(choose_start_by(false, false, true) == StartBy::Touch);  // a touch screen seen as a mouse
  CHECK(choose_start_by(true, true, false) == StartBy::Key);
  CHECK(choose_start_by(true, false, true) == StartBy::Key);
  CHECK(std::string(start_prompt(StartBy::Touch)) == "Touch to start");
  CHECK(std::string(start_prompt(StartBy::Click)) == "Click to start");
  CHECK(std::string(start_prompt(StartBy::Key)) == "Press Enter to start");
}

TEST_CASE("the attract screen draws the prompt it is given, as its start action") {
  HeadlessUi ui(390, 844);
  for (StartBy by : {StartBy::Touch, StartBy::Click, StartBy::Key}) {
    AttractView view;
    view.start_by = by;
    view.languages = {"English"};
    const UiContext context{ui.theme, 2.0, 2.0, true};
    ui.frame([&] { draw_attract_screen(context, view); });
    std::string start;
    for (const UiAction& a : ui::frame().trace.actions)
      if (a.id == "start") start = a.label;
    CHECK(start == start_prompt(by));
  }
}
