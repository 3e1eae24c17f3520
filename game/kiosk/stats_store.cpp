// StatsStore: see stats_store.h.
#include "kiosk/stats_store.h"

#include "kiosk/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace lureproof {

StatsStore::StatsStore(std::string dir) : dir_(std::move(dir)), path_(dir_ + "/stats.json") {}

std::string StatsStore::keep_aside(const std::string& suffix) {
  for (int n = 1; n < 10000; ++n) {
    const std::string target = path_ + "." + suffix + "-" + std::to_string(n);
    struct stat st;
    if (::stat(target.c_str(), &st) == 0) continue;
    if (std::rename(path_.c_str(), target.c_str()) == 0) return target;
    break;
  }
  return {};
}

bool StatsStore::load(std::string& warning) {
  stats_ = Statistics{};
  ::unlink((path_ + ".tmp").c_str());  // a write interrupted by a crash; stats.json is still whole
  std::string text;
  if (!read_whole_file(path_, text)) {
    if (errno == ENOENT) return true;  // first start
    warning = "cannot read " + path_ + "; counting starts from zero";
    return false;
  }
  std::string why;
  if (stats_from_json(text, stats_, why)) return true;
  stats_ = Statistics{};
  const std::string kept = keep_aside("corrupt");
  warning = "statistics file " + path_ + " is damaged (" + why + "); " +
            (kept.empty() ? std::string("it could not be moved aside") : "kept as " + kept) + " and counting restarts";
  return false;
}

bool StatsStore::save(std::string& error) { return write_file_atomically(path_, stats_to_json(stats_), error); }

bool StatsStore::record(const SessionSummary& visit, std::string& error) {
  if (!stats_.add(visit)) {
    error = "a visit summary held something other than plain ids; it was not counted";
    return false;
  }
  return save(error);
}

bool StatsStore::reset(std::string& error) {
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0 && keep_aside("before-reset").empty()) {
    error = "cannot keep the old counters aside; nothing was reset";
    return false;
  }
  stats_ = Statistics{};
  return save(error);
}

}  // namespace lureproof
