// What only tests, the soaks and benchmarks ask of the App, behind one object: the --script driver
// (its ScriptHost), the soak's input hook and time jumps, --frames / --screenshot / --dump-text with
// the screenshot and dump requests, and --frame-stats / --run-seconds. A visitor's run has one that
// does nothing; App calls it at four points of a frame and never asks what kind of run it is.
#pragma once

#include "journey/scenario_library.h"
#include "journey/session.h"
#include "app/layout_walk.h"
#include "app/options.h"
#include "pacing/frame_stats.h"
#include "script/script_driver.h"
#include "ui/ui_trace.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lureproof {

class AppHarness : private ScriptHost {
 public:
  AppHarness(const Options& options, const Session& session, const ScenarioLibrary& library);
  // --script FILE: reads and parses it; false with a message.
  bool load_script(std::string& error);

  // ---- for tools/soak: a program plays the visitor, through input only (set before App::init) ----
  // Called before ImGui::NewFrame with last frame's UI trace, like the --script driver. The run must
  // be a soak (Options::input_from_program), which makes the clock and the quiz deterministic.
  using InputHook = std::function<void(const UiTrace& last_frame)>;
  void set_input_hook(InputHook hook) { input_hook_ = std::move(hook); }
  // Lets `seconds` pass before the next frame (a visitor who wanders off), on top of its 1/60 s.
  void let_time_pass(double seconds) { pending_time_ += seconds; }

  // ---- for App's frame ----
  void before_frame();        // scripted or program input for this frame (before ImGui::NewFrame)
  double take_passed_time();  // what let_time_pass added since the last frame
  // After the frame is drawn, before it is presented: the screenshots and text dumps asked for, the
  // script's result. `frames` counts the frames drawn so far. False when this was the last frame.
  bool frame_drawn(int frames, const UiTrace& trace);
  // --layout-check: the cell of the matrix to open before this frame (nullptr: none now).
  const LayoutCell* layout_cell_to_open() { return layout_ ? layout_->cell_to_open() : nullptr; }
  bool layout_walking() const { return layout_ != nullptr; }
  // --run-seconds: seconds until the run ends (infinity without it); the run ends at 0.
  double seconds_left(double now) const;
  // --frame-stats: one frame's CPU time for the UI and for the GL draw + swap, and now and then memory.
  void measure_frame(double now, double ui_cpu_ms, double gl_ms);
  void shutdown(double now);  // writes --frame-stats
  // --speech-log: appends one utterance read aloud as it starts ("language<TAB>kind<TAB>id<TAB>text").
  void utterance_started(const std::string& language, const char* kind, const std::string& id, const std::string& text);
  int exit_code() const { return exit_code_; }

 private:
  // ScriptHost
  std::string current_screen() const override { return screen_name(session_.screen); }
  int route_choice() const override;
  void request_screenshot(const std::string& path) override { screenshot_requests_.push_back(path); }
  void request_text_dump(const std::string& path) override { dump_requests_.push_back(path); }
  void write_text_dump(const std::string& path, const UiTrace& trace);

  const Options& options_;
  const Session& session_;
  const ScenarioLibrary& library_;
  std::unique_ptr<ScriptDriver> script_;
  std::unique_ptr<LayoutWalk> layout_;  // --layout-check
  InputHook input_hook_;
  double pending_time_ = 0.0;
  UiTrace last_trace_;  // what the script and the hook look at
  std::vector<std::string> screenshot_requests_, dump_requests_;
  std::unique_ptr<FrameStats> stats_;  // --frame-stats
  int exit_code_ = 0;
};

}  // namespace lureproof
