// How this run of `lureproof` behaves, decided once from the Options: the visitor's game or the
// Studio, a deterministic (tested) run or a visitor's, the screen `--screen` opens. Everything else
// (App, main's operator screen) reads these answers instead of looking at Options again. Kiosk mode
// is the KioskRuntime's to decide (--kiosk or the config); --frame-stats and --run-seconds are the
// AppHarness's alone.
#pragma once

#include "journey/session.h"
#include "app/options.h"

#include <optional>
#include <string>

namespace lureproof {

struct RunMode {
  // ---- what runs ----
  bool studio = false;      // --studio: the educators' editor instead of the visitor's screens
  std::string studio_path;  // its folder or .lure file (empty = the bundled scenarios)

  // ---- who drives it, and how time passes ----
  // --frames or --script: a test that ends with a screenshot or a text dump. Every frame is drawn
  // (no event-driven waiting) and the whole font atlas is loaded on the second frame.
  bool scripted = false;
  bool soak = false;  // Options::input_from_program: tools/soak plays the visitor through the harness
  // scripted or soak: the clock moves 1/60 s per frame and the quiz draws its cards with seed 1.
  bool deterministic = false;

  // ---- where it starts (--screen, --scenario) ----
  std::optional<Screen> start_screen;  // --screen NAME (the operator screens start on attract)
  bool start_settings = false;         // --screen settings: the story list with the settings overlay open
  bool operator_screen = false;        // --screen operator / operator-pin: the kiosk's operator screen
  bool operator_unlocked = false;      // --screen operator: past the PIN
  std::string ending;                  // --ending ID: the ending node the ending/debrief screen shows
  std::string unknown_screen;          // a --screen name that is none of these (a warning; the game starts)
  // A jump (--screen or --scenario) needs the stories and quiz on the first frame; a visitor's start
  // shows the attract screen first, with a starter font atlas, and reads them on the second frame.
  bool jump = false;
  bool attract_first = false;
};

RunMode resolve_run_mode(const Options& options);

}  // namespace lureproof
