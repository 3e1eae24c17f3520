// Command-line options of the `lureproof` executable, parsed without touching SDL so that the
// parser is unit-tested. A bad option yields a message and a non-zero exit in main().
#pragma once

#include <string>

struct Options {
  int window_width = 1280;
  int window_height = 800;
  bool fullscreen = false;
  int frames = -1;              // render this many frames then exit 0; -1 = run until closed
  std::string screenshot_path;  // save the last frame as PNG (needs --frames)
  std::string assets_dir;       // empty = platform default
  std::string scenario_path;    // open this scenario file directly
  std::string language;         // e.g. "en"
  std::string screen;           // open this screen directly (for tests and educators)
  bool show_help = false;
};

struct OptionsResult {
  Options options;
  bool ok = true;
  std::string error;  // set when !ok
};

OptionsResult parse_options(int argc, const char* const* argv);
std::string options_usage(const char* program);
