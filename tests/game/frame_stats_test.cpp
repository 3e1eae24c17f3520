// --frame-stats summaries: per-screen quantiles and the JSON the benchmark reads.
#include <doctest/doctest.h>

#include "pacing/frame_stats.h"

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
