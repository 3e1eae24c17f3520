// Tests for resolve_run_mode: the one place that decides, from the command line, whether a run is
// deterministic, drawn every frame, the Studio, and which screen --screen opens.
#include <doctest/doctest.h>

#include "app/run_mode.h"
#include "command_line.h"

#include <vector>

using namespace lureproof;

namespace {
RunMode mode_of(std::vector<const char*> args) {
  const OptionsResult r = parse_command_line(args);
  REQUIRE(r.ok);
  return resolve_run_mode(r.options);
}
}  // namespace

TEST_CASE("a visitor's run: attract first, real time, nothing forced") {
  const RunMode m = mode_of({});
  CHECK_FALSE(m.studio);
  CHECK_FALSE(m.scripted);
  CHECK_FALSE(m.soak);
  CHECK_FALSE(m.deterministic);
  CHECK_FALSE(m.jump);
  CHECK(m.attract_first);
  CHECK_FALSE(m.start_screen);
  CHECK_FALSE(m.operator_screen);
  CHECK(m.unknown_screen.empty());
}

TEST_CASE("--frames and --script are scripted and deterministic; a soak is deterministic only") {
  for (const RunMode& m : {mode_of({"--frames", "3"}), mode_of({"--script", "s.txt"})}) {
    CHECK(m.scripted);
    CHECK(m.deterministic);
    CHECK_FALSE(m.soak);
  }
  Options soak;
  soak.input_from_program = true;
  const RunMode m = resolve_run_mode(soak);
  CHECK(m.soak);
  CHECK(m.deterministic);
  CHECK_FALSE(m.scripted);  // the soak keeps event-driven pacing and the starter atlas rules
  CHECK(m.attract_first);
}

TEST_CASE("--screen NAME opens that screen, with the content loaded at once") {
  struct Case {
    const char* name;
    Screen screen;
    bool settings;
  };
  // settings: the story list with the settings overlay open.
  for (const Case& c : {Case{"play", Screen::Play, false}, Case{"content-note", Screen::ContentNote, false},
                        Case{"quiz-result", Screen::QuizResult, false}, Case{"settings", Screen::Stories, true}}) {
    CAPTURE(c.name);
    const RunMode m = mode_of({"--screen", c.name});
    REQUIRE(m.start_screen);
    CHECK(*m.start_screen == c.screen);
    CHECK(m.start_settings == c.settings);
    CHECK(m.jump);
    CHECK_FALSE(m.attract_first);
    CHECK_FALSE(m.operator_screen);
  }
}

TEST_CASE("--screen operator / operator-pin: the kiosk's operator screen over attract") {
  const RunMode unlocked = mode_of({"--screen", "operator"});
  CHECK(unlocked.operator_screen);
  CHECK(unlocked.operator_unlocked);
  REQUIRE(unlocked.start_screen);
  CHECK(*unlocked.start_screen == Screen::Attract);
  CHECK(unlocked.jump);
  const RunMode pin = mode_of({"--screen", "operator-pin"});
  CHECK(pin.operator_screen);
  CHECK_FALSE(pin.operator_unlocked);
  CHECK(*pin.start_screen == Screen::Attract);
}

TEST_CASE("an unknown --screen is named for a warning and opens nothing") {
  const RunMode m = mode_of({"--screen", "nowhere"});
  CHECK_FALSE(m.start_screen);
  CHECK(m.unknown_screen == "nowhere");
  CHECK(m.jump);  // as before: the content is read at once, the game starts on attract
  CHECK_FALSE(m.attract_first);
}

TEST_CASE("--scenario is a jump; --studio is the Studio, never attract first") {
  const RunMode scenario = mode_of({"--scenario", "s.lure"});
  CHECK(scenario.jump);
  CHECK_FALSE(scenario.attract_first);
  CHECK_FALSE(scenario.start_screen);
  const RunMode studio = mode_of({"--studio", "dir"});
  CHECK(studio.studio);
  CHECK(studio.studio_path == "dir");
  CHECK_FALSE(studio.jump);
  CHECK_FALSE(studio.attract_first);
  CHECK(mode_of({"--studio"}).studio_path.empty());
}
