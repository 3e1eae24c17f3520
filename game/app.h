// The game application: owns the theme and the current screen, and runs one frame at a time on
// top of the platform module. main() builds it from the parsed options.
#pragma once

#include "options.h"
#include "ui/theme.h"

#include <string>

class App {
 public:
  explicit App(Options options);
  // Opens the window and loads fonts; returns false with a message on failure.
  bool init(const char* argv0, std::string& error);
  // One frame: input, UI, render, present. Returns false when the app should exit.
  bool frame();
  void shutdown();
  int exit_code() const { return exit_code_; }

 private:
  void refresh_scale_if_needed();

  Options options_;
  std::string assets_dir_;
  Theme theme_;
  int frame_index_ = 0;
  double start_time_ = 0.0;
  int exit_code_ = 0;
};
