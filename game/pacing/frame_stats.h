// --frame-stats FILE: per-frame CPU time and screen, summarised per screen (count, median, p99) for
// scripts/bench.sh and the pacing tests. Plain C++; the App feeds it and writes it at exit.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace lureproof {

class FrameStats {
 public:
  // One drawn frame at `at_s` seconds after start: CPU ms of events + UI + ImGui::Render, and wall
  // ms of the GL draw and buffer swap.
  void record(const std::string& screen, double at_s, double cpu_ms, double gl_ms);
  // Memory in use (platform::memory_use: native VmRSS/VmHWM/RssAnon, web the wasm heap); keeps the
  // largest of each.
  void note_memory(long resident_kb, long peak_kb, long anon_kb);
  // {"run_seconds":..,"frames":..,"memory":{"resident_kb":..,"peak_kb":..,"anon_kb":..},
  //  "screens":{"play":{"frames":..,"cpu_median_ms":..,"cpu_p99_ms":..,"cpu_max_ms":..,"gl_median_ms":..}},
  //  "all":{the same over every frame},"frame_times_s":[..]}
  std::string to_json(double run_seconds) const;
  bool write(const std::string& path, double run_seconds, std::string& error) const;
  int frames() const { return int(times_.size()); }

  // The value at quantile q (0..1) of `values` (nearest rank); 0 when empty.
  static double quantile(std::vector<double> values, double q);

 private:
  struct Screen {
    std::vector<double> cpu_ms, gl_ms;
  };
  std::map<std::string, Screen> screens_;
  std::vector<double> times_;
  long resident_kb_ = -1, peak_kb_ = -1, anon_kb_ = -1;
};

}  // namespace lureproof
