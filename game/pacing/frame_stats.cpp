// FrameStats: see frame_stats.h.
#include "pacing/frame_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lureproof {

namespace {
std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", std::isfinite(v) ? v : 0.0);
  return buf;
}
}  // namespace

void FrameStats::record(const std::string& screen, double at_s, double cpu_ms, double gl_ms) {
  Screen& s = screens_[screen];
  s.cpu_ms.push_back(cpu_ms);
  s.gl_ms.push_back(gl_ms);
  times_.push_back(at_s);
}

void FrameStats::note_memory(long resident_kb, long peak_kb, long anon_kb) {
  anon_kb_ = std::max(anon_kb_, anon_kb);
  resident_kb_ = std::max(resident_kb_, resident_kb);
  peak_kb_ = std::max(peak_kb_, peak_kb);
}

double FrameStats::quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const double rank = std::ceil(std::clamp(q, 0.0, 1.0) * double(values.size()));
  const size_t i = rank < 1.0 ? 0 : size_t(rank) - 1;
  return values[std::min(i, values.size() - 1)];
}

std::string FrameStats::to_json(double run_seconds) const {
  // {"frames":..,"cpu_median_ms":..,"cpu_p99_ms":..,"cpu_max_ms":..,"gl_median_ms":..}
  auto summary = [](const std::vector<double>& cpu, const std::vector<double>& gl) {
    return "{\"frames\":" + std::to_string(cpu.size()) + ",\"cpu_median_ms\":" + number(quantile(cpu, 0.5)) +
           ",\"cpu_p99_ms\":" + number(quantile(cpu, 0.99)) + ",\"cpu_max_ms\":" + number(quantile(cpu, 1.0)) +
           ",\"gl_median_ms\":" + number(quantile(gl, 0.5)) + "}";
  };
  std::string j = "{\"run_seconds\":" + number(run_seconds) + ",\"frames\":" + std::to_string(times_.size()) +
                  ",\"memory\":{\"resident_kb\":" + std::to_string(resident_kb_) +
                  ",\"peak_kb\":" + std::to_string(peak_kb_) + ",\"anon_kb\":" + std::to_string(anon_kb_) +
                  "},\"screens\":{";
  std::vector<double> all_cpu, all_gl;  // every frame, whatever the screen
  bool first = true;
  for (const auto& [name, s] : screens_) {  // screen names are fixed identifiers (no escaping needed)
    j += std::string(first ? "" : ",") + "\"" + name + "\":" + summary(s.cpu_ms, s.gl_ms);
    first = false;
    all_cpu.insert(all_cpu.end(), s.cpu_ms.begin(), s.cpu_ms.end());
    all_gl.insert(all_gl.end(), s.gl_ms.begin(), s.gl_ms.end());
  }
  j += "},\"all\":" + summary(all_cpu, all_gl) + ",\"frame_times_s\":[";
  for (size_t i = 0; i < times_.size(); ++i) j += (i ? "," : "") + number(times_[i]);
  return j + "]}\n";
}

bool FrameStats::write(const std::string& path, double run_seconds, std::string& error) const {
  // fopen rather than <fstream>: iostreams bring the locale facets into the web build (~48 KB of code).
  const std::string json = to_json(run_seconds);
  std::FILE* out = std::fopen(path.c_str(), "wb");
  bool ok = out != nullptr;
  if (out) {
    ok = std::fwrite(json.data(), 1, json.size(), out) == json.size();
    ok = std::fclose(out) == 0 && ok;
  }
  if (!ok) {
    error = "could not write the frame statistics to " + path;
    return false;
  }
  return true;
}

}  // namespace lureproof
