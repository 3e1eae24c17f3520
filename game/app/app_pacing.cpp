// App: event-driven rendering and the --frame-stats / --run-seconds measurement hooks. After each
// frame the screens' demand (ui/frame_demand.h), the input and a hash of the drawn frame go to the
// FramePacer, which tells the main loop when the next frame is needed.
#include "app/app.h"

#include "platform/platform.h"
#include "ui/frame_demand.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace lureproof {

namespace {
const auto g_started = std::chrono::steady_clock::now();
}

double App::seconds_since_start() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - g_started).count();
}

void App::start_pacing() {
  // Tests and screenshots (--frames, --script) stay deterministic: they draw every frame. The
  // Studio waits like the game: its text cursor does not blink (a blink would need frames).
  pacer_.set_continuous(mode_.scripted);
  if (mode_.studio) ImGui::GetIO().ConfigInputTextCursorBlink = false;
}

bool App::after_frame(bool input, double ui_cpu_ms, double gl_start_s) {
  const double now = seconds_since_start();
  FrameDemand demand = take_frame_demand();
  demand.wake_in = std::min(demand.wake_in, harness_.seconds_left(now));  // --run-seconds
  // A changed frame is only told apart from the last one when nothing else asks for the next frame.
  const bool known = input || demand.animating;
  pacer_.frame_done(now, input, demand, known ? 0 : hash_draw_data(ImGui::GetDrawData()));
  harness_.measure_frame(now, ui_cpu_ms, (now - gl_start_s) * 1000.0);  // --frame-stats
  return harness_.seconds_left(now) > 0;
}

void App::shutdown() {
  harness_.shutdown(seconds_since_start());
  platform::shutdown();
}

}  // namespace lureproof
