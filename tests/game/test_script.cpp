// The --script parser: verbs, arguments, comments, and clear errors with line numbers.
#include <doctest/doctest.h>

#include "script/script.h"

using namespace lureproof;

TEST_CASE("scripts parse into commands") {
  const ScriptParse p = parse_script("# a comment\n\ntap Touch to start\nwait 10\nplay-to-end mark-all\nquit\n");
  REQUIRE(p.error.empty());
  REQUIRE(p.commands.size() == 4);
  CHECK(p.commands[0].verb == "tap");
  CHECK(p.commands[0].arg == "Touch to start");
  CHECK(p.commands[0].line == 3);
  CHECK(p.commands[2].arg == "mark-all");
}

TEST_CASE("script errors name the line") {
  CHECK(parse_script("tapp x").error == "script:1: unknown command 'tapp'");
  CHECK(parse_script("press alt+f4\nsend quit\nsend window-close\nexpect-window fullscreen\n").error.empty());
  CHECK(parse_script("send reboot").error == "script:1: unknown window event 'reboot'");
  CHECK(parse_script("expect-window tiny").error == "script:1: unknown window state 'tiny'");
  CHECK(parse_script("\ntap").error == "script:2: 'tap' needs an argument");
  CHECK(parse_script("wait soon").error == "script:1: 'wait' needs a number of frames");
}

TEST_CASE("keyboard and gamepad commands parse, and their key names are checked") {
  const ScriptParse p = parse_script(
      "key shift-tab\nkey down\npad a\npad-focus choice:0\nfocus settings\n"
      "expect-focus settings\nplay-to-end mark-all pad\n");
  REQUIRE(p.error.empty());
  REQUIRE(p.commands.size() == 7);
  CHECK(p.commands[0].arg == "shift-tab");
  CHECK(p.commands[2].verb == "pad");
  CHECK(p.commands[3].verb == "pad-focus");
  CHECK(p.commands[3].arg == "choice:0");
  CHECK(parse_script("key return").error == "script:1: unknown key 'return'");
  CHECK(parse_script("\npad x").error == "script:2: unknown gamepad button 'x'");
  CHECK(parse_script("pad").error == "script:1: 'pad' needs an argument");
  CHECK(parse_script("focus").error == "script:1: 'focus' needs an argument");
}
