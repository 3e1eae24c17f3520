// Tests for the `lureproof` command-line parser: every option, and clear errors for bad ones.
#include <doctest/doctest.h>

#include "command_line.h"

using namespace lureproof;

TEST_CASE("defaults") {
  OptionsResult r = parse_command_line({});
  REQUIRE(r.ok);
  CHECK(r.options.window_width == 1280);
  CHECK(r.options.window_height == 800);
  CHECK(r.options.frames == -1);
  CHECK_FALSE(r.options.fullscreen);
}

TEST_CASE("every option is read") {
  OptionsResult r =
      parse_command_line({"--windowed", "390x844", "--frames", "60", "--screenshot", "/tmp/a.png", "--assets",
                          "/x/assets", "--scenario", "s.lure", "--lang", "ro", "--screen", "play"});
  REQUIRE(r.ok);
  CHECK(r.options.window_width == 390);
  CHECK(r.options.window_height == 844);
  CHECK(r.options.frames == 60);
  CHECK(r.options.screenshot_path == "/tmp/a.png");
  CHECK(r.options.assets_dir == "/x/assets");
  CHECK(r.options.scenario_path == "s.lure");
  CHECK(r.options.language == "ro");
  CHECK(r.options.screen == "play");
  CHECK(parse_command_line({"--fullscreen"}).options.fullscreen);
  CHECK(parse_command_line({"--help"}).options.show_help);
  CHECK(parse_command_line({"--version"}).options.show_version);
  CHECK_FALSE(parse_command_line({"--kiosk"}).options.show_version);
}

TEST_CASE("bad options fail with a message") {
  struct Case {
    std::vector<const char*> args;
    const char* needle;
  };
  const Case cases[] = {
      {{"--bogus"}, "unknown option '--bogus'"},
      {{"--windowed"}, "--windowed needs a size"},
      {{"--windowed", "12x"}, "is not a size"},
      {{"--windowed", "10x10"}, "is not a size"},
      {{"--windowed", "800X600"}, "is not a size"},
      {{"--frames", "0"}, "not a positive whole number"},
      {{"--frames", "6a"}, "not a positive whole number"},
      {{"--frames"}, "--frames needs"},
      {{"--screenshot", "a.png"}, "--screenshot needs --frames"},
      {{"--assets"}, "--assets needs a directory"},
  };
  for (const Case& c : cases) {
    OptionsResult r = parse_command_line(c.args);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.error.find(c.needle) != std::string::npos, r.error);
  }
}

TEST_CASE("benchmark options: --frame-stats, --reduced-motion, --run-seconds") {
  OptionsResult r = parse_command_line({"--frame-stats", "/tmp/f.json", "--reduced-motion", "--run-seconds", "30"});
  REQUIRE(r.ok);
  CHECK(r.options.frame_stats_path == "/tmp/f.json");
  CHECK(r.options.reduced_motion);
  CHECK(r.options.run_seconds == 30);
  CHECK_FALSE(parse_command_line({}).options.reduced_motion);
  CHECK(parse_command_line({}).options.run_seconds < 0);
  CHECK_FALSE(parse_command_line({"--run-seconds", "0"}).ok);
  CHECK_FALSE(parse_command_line({"--run-seconds", "2.5x"}).ok);
  CHECK_FALSE(parse_command_line({"--run-seconds"}).ok);
  CHECK_FALSE(parse_command_line({"--frame-stats"}).ok);
}

TEST_CASE("--po reads a translation for the --scenario, and needs one") {
  OptionsResult r = parse_command_line({"--scenario", "s.lure", "--po", "ro.po"});
  REQUIRE(r.ok);
  CHECK(r.options.po_path == "ro.po");
  OptionsResult alone = parse_command_line({"--po", "ro.po"});
  CHECK_FALSE(alone.ok);
  CHECK(alone.error.find("--scenario") != std::string::npos);
  CHECK_FALSE(parse_command_line({"--scenario", "s.lure", "--po"}).ok);
}

TEST_CASE("--ending names the ending that --screen ending or debrief shows, and needs one of them") {
  OptionsResult r = parse_command_line({"--scenario", "s.lure", "--screen", "debrief", "--ending", "end_safe"});
  REQUIRE(r.ok);
  CHECK(r.options.ending == "end_safe");
  CHECK(parse_command_line({"--screen", "ending", "--ending", "x"}).ok);
  OptionsResult no_screen = parse_command_line({"--ending", "end_safe"});
  CHECK_FALSE(no_screen.ok);
  CHECK(no_screen.error == "--ending needs --screen ending or --screen debrief");
  CHECK_FALSE(parse_command_line({"--screen", "play", "--ending", "x"}).ok);
  CHECK_FALSE(parse_command_line({"--screen", "ending", "--ending"}).ok);
  CHECK(options_usage("lureproof").find("--ending ID") != std::string::npos);
}
