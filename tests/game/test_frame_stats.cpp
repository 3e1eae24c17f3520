// --frame-stats summaries: per-screen quantiles and the JSON the benchmark reads.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

#include "pacing/frame_stats.h"

using namespace lureproof;

TEST_CASE("quantiles by nearest rank") {
  std::vector<double> v;
  for (int i = 1; i <= 100; ++i) v.push_back(double(101 - i));
  CHECK(FrameStats::quantile(v, 0.5) == 50);
  CHECK(FrameStats::quantile(v, 0.99) == 99);
  CHECK(FrameStats::quantile(v, 1.0) == 100);
  CHECK(FrameStats::quantile(v, 0.0) == 1);
  CHECK(FrameStats::quantile({}, 0.5) == 0);
  CHECK(FrameStats::quantile({7}, 0.99) == 7);
}

TEST_CASE("summary per screen, memory and frame times in JSON") {
  FrameStats s;
  for (int i = 0; i < 10; ++i) s.record("play", 0.1 * i, 1.0 + i, 2.0);
  s.record("attract", 5.0, 0.5, 1.0);
  s.note_memory(1000, 2000, 300);
  s.note_memory(900, 2500, 200);
  CHECK(s.frames() == 11);
  const std::string j = s.to_json(6.0);
  CHECK(j.find("\"run_seconds\":6.0000") != std::string::npos);
  CHECK(j.find("\"frames\":11") != std::string::npos);
  CHECK(j.find("\"resident_kb\":1000,\"peak_kb\":2500,\"anon_kb\":300") != std::string::npos);
  CHECK(j.find("\"play\":{\"frames\":10,\"cpu_median_ms\":5.0000,\"cpu_p99_ms\":10.0000") != std::string::npos);
  CHECK(j.find("\"attract\":{\"frames\":1,") != std::string::npos);
  CHECK(j.find("\"frame_times_s\":[0.0000,0.1000") != std::string::npos);
  CHECK(j.find("\"all\":{\"frames\":11,\"cpu_median_ms\":5.0000") != std::string::npos);
}

TEST_CASE("write puts exactly the JSON in the file; an unwritable path is an error") {
  FrameStats s;
  s.record("play", 0.5, 1.0, 2.0);
  const std::string path = std::filesystem::temp_directory_path().string() + "/lure_frame_stats_test.json";
  std::string error;
  REQUIRE(s.write(path, 1.0, error));
  CHECK(error.empty());
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f);
  std::string text(4096, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), f));
  std::fclose(f);
  CHECK(text == s.to_json(1.0));
  std::filesystem::remove(path);
  CHECK_FALSE(s.write("/nonexistent-dir/stats.json", 1.0, error));
  CHECK(error.find("/nonexistent-dir/stats.json") != std::string::npos);
}
