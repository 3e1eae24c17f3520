// stats.json in the data dir: loaded at start (a corrupt file is kept aside as stats.json.corrupt-N
// and counting restarts, with a warning), saved atomically after each visit, reset by the operator.
#pragma once

#include "kiosk/statistics.h"

#include <string>

namespace lureproof {

class StatsStore {
 public:
  explicit StatsStore(std::string dir);

  // Reads stats.json. Returns false when something needs the operator's attention (`warning`).
  bool load(std::string& warning);
  // Adds one visit and saves. On a failed save the counters stay in memory and the next save retries.
  bool record(const SessionSummary& visit, std::string& error);
  bool save(std::string& error);
  // Keeps the old counters as stats.json.before-reset-N, then starts from zero.
  bool reset(std::string& error);

  const Statistics& stats() const { return stats_; }
  const std::string& path() const { return path_; }

 private:
  std::string keep_aside(const std::string& suffix);  // renames stats.json to the first free <suffix>-N

  std::string dir_, path_;
  Statistics stats_;
};

}  // namespace lureproof
