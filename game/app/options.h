// Command-line options of the `lureproof` executable, parsed without touching SDL so that the
// parser is unit-tested. A bad option yields a message and a non-zero exit in main().
#pragma once

#include <string>

namespace lureproof {

struct Options {
  int window_width = 1280;
  int window_height = 800;
  bool fullscreen = false;
  int frames = -1;               // render this many frames then exit 0; -1 = run until closed
  std::string screenshot_path;   // save the last frame as PNG (needs --frames)
  std::string assets_dir;        // empty = platform default
  std::string scenario_path;     // open this scenario file directly
  std::string language;          // e.g. "en"
  std::string po_path;           // --po FILE: play --scenario in this translation, read from the .po
  std::string screen;            // open this screen directly (for tests and educators)
  std::string ending;            // --ending ID: the ending that --screen ending/debrief shows
  std::string script_path;       // scripted taps and keys (tests, demos); see game/script/script.h
  std::string dump_text_path;    // write the texts drawn in the last frame to this file
  std::string layout_check_dir;  // --layout-check: walk the layout matrix, failing screens' screenshots here
  std::string layout_screens;    // --layout-screens: only these (comma-separated; empty = all)
  std::string speech_log_path;   // --speech-log FILE: each utterance read aloud, as it starts (tests)
  bool studio = false;           // open the Studio (educators' editor) instead of the game
  std::string studio_path;       // the Studio's folder or .lure file (empty = the scenarios in assets)
  bool kiosk = false;            // --kiosk: kiosk mode (docs/kiosk.md); the config key `kiosk` also sets it
  std::string config_path;       // --config FILE: kiosk config (empty = /etc/lureproof/kiosk.toml, then assets)
  bool hash_pin = false;         // --hash-pin: read a PIN on stdin, print the operator_pin_hash line, exit
  bool show_help = false;
  bool show_version = false;     // --version: print the version, exit
  std::string frame_stats_path;  // --frame-stats FILE: per-screen frame CPU time and memory, written at exit
  bool reduced_motion = false;   // --reduced-motion: start with the "Reduce motion" setting on
  double run_seconds = -1;       // --run-seconds S: exit 0 after S seconds (benchmarks); -1 = no limit
  // Not a command-line option: tools/soak plays the visitor through AppHarness::set_input_hook, on
  // the deterministic clock (RunMode::soak).
  bool input_from_program = false;
};

struct OptionsResult {
  Options options;
  bool ok = true;
  std::string error;  // set when !ok
};

OptionsResult parse_options(int argc, const char* const* argv);
std::string options_usage(const char* program);

}  // namespace lureproof
