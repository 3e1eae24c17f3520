// App: event-driven rendering and the --frame-stats / --run-seconds measurement hooks. After each
// frame the screens' demand (ui/frame_demand.h), the input and a hash of the drawn frame go to the
// FramePacer, which tells the main loop when the next frame is needed.
#include "app.h"

#include "platform/platform.h"
#include "ui/frame_demand.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {
const auto g_started = std::chrono::steady_clock::now();
}

double App::seconds_since_start() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - g_started).count();
}

void App::start_pacing() {
  // Tests and screenshots (--frames, --script) stay deterministic: they draw every frame. The
  // Studio waits like the game: its text cursor does not blink (a blink would need frames).
  pacer_.set_continuous(options_.frames > 0 || script_);
  if (options_.studio) ImGui::GetIO().ConfigInputTextCursorBlink = false;
  if (!options_.frame_stats_path.empty()) stats_ = std::make_unique<FrameStats>();
}

bool App::after_frame(bool input, double ui_cpu_ms, double gl_start_s) {
  const double now = seconds_since_start();
  FrameDemand demand = take_frame_demand();
  if (options_.run_seconds > 0) demand.wake_in = std::min(demand.wake_in, options_.run_seconds - now);
  // A changed frame is only told apart from the last one when nothing else asks for the next frame.
  const bool known = input || demand.animating;
  pacer_.frame_done(now, input, demand, known ? 0 : hash_draw_data(ImGui::GetDrawData()));
  if (stats_) {
    stats_->record(current_screen(), now, ui_cpu_ms, (now - gl_start_s) * 1000.0);
    if (stats_->frames() % 30 == 1) {
      long resident = -1, peak = -1, anon = -1;
      platform::memory_use(resident, peak, anon);
      stats_->note_memory(resident, peak, anon);
    }
  }
  return options_.run_seconds <= 0 || now < options_.run_seconds;
}

void App::shutdown() {
  if (stats_) {
    long resident = -1, peak = -1, anon = -1;
    platform::memory_use(resident, peak, anon);
    stats_->note_memory(resident, peak, anon);
    std::string error;
    if (!stats_->write(options_.frame_stats_path, seconds_since_start(), error)) {
      std::fprintf(stderr, "lureproof: %s\n", error.c_str());
      exit_code_ = 1;
    }
  }
  platform::shutdown();
}
