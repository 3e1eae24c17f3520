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

TEST_CASE("the mirror lists Start before Read aloud, and a tap on the speaker is its own") {
  HeadlessUi ui(390, 844);
  AttractView view;
  view.languages = {"English"};
  const UiContext context{ui.theme, 2.0, 2.0, true};
  AttractResult result;
  const auto draw = [&] { result = draw_attract_screen(context, view); };
  ui.frame(draw);
  std::vector<std::string> ids;
  for (const UiAction& a : ui::frame().trace.actions) ids.push_back(a.id);
  REQUIRE(ids.size() >= 2);
  CHECK(ids[0] == "start");
  CHECK(ids[1] == "read-aloud");
  // The speaker button is drawn before the screen-wide start button: a tap on it does not start.
  REQUIRE(ui.tap("read-aloud", [&] {
    const AttractResult r = draw_attract_screen(context, view);
    result.read_aloud = result.read_aloud || r.read_aloud;
    result.start = result.start || r.start;
  }));
  CHECK(result.read_aloud);
  CHECK_FALSE(result.start);
}

TEST_CASE("actions traced under TraceActionsLater follow the screen's others") {
  HeadlessUi ui(390, 844);
  ui.frame([&] {
    begin_screen("later-test", ui.theme);
    {
      const TraceActionsLater later;
      trace_action("second", "Second");
      trace_action_pressed(true);
    }
    trace_action("first", "First");
    CHECK(ui_trace().actions.size() == 1);  // held back until the screen ends
    end_screen();
  });
  const std::vector<UiAction>& a = ui::frame().trace.actions;
  REQUIRE(a.size() == 2);
  CHECK(a[0].id == "first");
  CHECK(a[1].id == "second");
  CHECK(a[1].pressed == 1);  // what is said of the last action applies to the held-back one
  CHECK(a[0].pressed == -1);
}
