// AppHarness: scripted and program input, screenshots and text dumps of the last frame, the
// script's verdict, and the benchmark hooks (--frame-stats, --run-seconds) for the App's frame loop.
#include "app/app_harness.h"

#include "lure/file_source.h"
#include "platform/platform.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace lureproof {

AppHarness::AppHarness(const Options& options, const Session& session, const ScenarioLibrary& library)
    : options_(options), session_(session), library_(library) {
  if (!options_.frame_stats_path.empty()) stats_ = std::make_unique<FrameStats>();
  if (!options_.layout_check_dir.empty())
    layout_ = std::make_unique<LayoutWalk>(
        options_.layout_check_dir, options_.language.empty() ? "en" : options_.language, options_.layout_screens);
}

bool AppHarness::load_script(std::string& error) {
  if (layout_ && !layout_->valid(error)) return false;
  if (options_.script_path.empty()) return true;
  const std::optional<std::string> text = lure::DiskFileSource().read(options_.script_path);
  if (!text) {
    error = "cannot read the script " + options_.script_path;
    return false;
  }
  ScriptParse parsed = parse_script(*text);
  if (!parsed.error.empty()) {
    error = options_.script_path + ": " + parsed.error;
    return false;
  }
  script_ = std::make_unique<ScriptDriver>(std::move(parsed), static_cast<ScriptHost&>(*this));
  return true;
}

void AppHarness::before_frame() {
  if (script_) script_->before_frame(last_trace_);
  if (input_hook_) input_hook_(last_trace_);
}

double AppHarness::take_passed_time() {
  const double passed = pending_time_;
  pending_time_ = 0.0;
  return passed;
}

int AppHarness::route_choice() const {
  if (!session_.story || session_.scenario < 0) return -1;
  const auto& route = library_.shortest_route_choices(session_.scenario);
  const auto& choices = session_.story->choices();
  const size_t step = size_t(session_.story->steps());
  if (step < route.size())
    for (size_t i = 0; i < choices.size(); ++i)
      if (choices[i].enabled && choices[i].choice_index == route[step]) return int(i);
  for (size_t i = 0; i < choices.size(); ++i)
    if (choices[i].enabled) return int(i);
  return -1;
}

bool AppHarness::frame_drawn(int frames, const UiTrace& trace) {
  const bool script_done = script_ && script_->finished();
  if (layout_) {
    const std::string png = layout_->frame_drawn(trace, ImGui::GetIO().DisplaySize);
    if (!png.empty()) screenshot_requests_.push_back(png);
  }
  const bool layout_done = layout_ && layout_->finished();
  if (layout_done) exit_code_ = std::max(exit_code_, layout_->finish());
  const bool last = (options_.frames > 0 && frames >= options_.frames) || script_done || layout_done;
  if (last && !options_.screenshot_path.empty()) screenshot_requests_.push_back(options_.screenshot_path);
  if (last && !options_.dump_text_path.empty()) dump_requests_.push_back(options_.dump_text_path);
  for (const std::string& path : screenshot_requests_) {
    std::string error;
    if (!platform::save_screenshot(path, error)) {
      std::fprintf(stderr, "lureproof: %s\n", error.c_str());
      exit_code_ = 1;
    }
  }
  for (const std::string& path : dump_requests_) write_text_dump(path, trace);
  screenshot_requests_.clear();
  dump_requests_.clear();
  if (script_ && script_->failed()) {
    std::fprintf(stderr, "lureproof: %s\n", script_->message().c_str());
    exit_code_ = 1;
  }
  if (script_done && !script_->failed())
    std::printf("lureproof: script finished on screen '%s'\n", screen_name(session_.screen));
  if (script_ || input_hook_) last_trace_ = trace;
  return !last;
}

void AppHarness::write_text_dump(const std::string& path, const UiTrace& trace) {
  std::string text = std::string("screen: ") + screen_name(session_.screen) + "\n";
  for (const std::string& t : trace.texts) text += t + "\n";
  std::FILE* out = std::fopen(path.c_str(), "wb");  // <cstdio>: no iostreams in the web build
  const bool written = out && std::fwrite(text.data(), 1, text.size(), out) == text.size();
  if (out && std::fclose(out) != 0) out = nullptr;
  if (!written || !out) {
    std::fprintf(stderr, "lureproof: could not write %s\n", path.c_str());
    exit_code_ = 1;
  }
}

double AppHarness::seconds_left(double now) const {
  return options_.run_seconds > 0 ? options_.run_seconds - now : std::numeric_limits<double>::infinity();
}

void AppHarness::measure_frame(double now, double ui_cpu_ms, double gl_ms) {
  if (!stats_) return;
  stats_->record(current_screen(), now, ui_cpu_ms, gl_ms);
  if (stats_->frames() % 30 == 1) {
    long resident = -1, peak = -1, anon = -1;
    platform::memory_use(resident, peak, anon);
    stats_->note_memory(resident, peak, anon);
  }
}

void AppHarness::shutdown(double now) {
  if (!stats_) return;
  long resident = -1, peak = -1, anon = -1;
  platform::memory_use(resident, peak, anon);
  stats_->note_memory(resident, peak, anon);
  std::string error;
  if (!stats_->write(options_.frame_stats_path, now, error)) {
    std::fprintf(stderr, "lureproof: %s\n", error.c_str());
    exit_code_ = 1;
  }
}

}  // namespace lureproof

namespace lureproof {

void AppHarness::utterance_started(const std::string& language, const char* kind, const std::string& id,
                                   const std::string& text) {
  if (options_.speech_log_path.empty()) return;
  if (std::FILE* f = std::fopen(options_.speech_log_path.c_str(), "a")) {
    std::fprintf(f, "%s\t%s\t%s\t%s\n", language.c_str(), kind, id.c_str(), text.c_str());
    std::fclose(f);
  }
}

}  // namespace lureproof
