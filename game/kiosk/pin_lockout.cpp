// PinLockout: see pin_lockout.h. The file is {"failures": N, "lockouts": N, "locked_until": T}.
#include "kiosk/pin_lockout.h"

#include "kiosk/atomic_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <unistd.h>

namespace lureproof {

using nlohmann::json;

PinLockout::PinLockout(std::string path, Clock clock) : path_(std::move(path)), clock_(std::move(clock)) {
  if (!clock_) clock_ = [] { return double(std::time(nullptr)); };
}

int PinLockout::current_step_minutes() const {
  const int step = std::clamp(lockouts_ - 1, 0, int(kStepMinutes.size()) - 1);
  return kStepMinutes[std::size_t(step)];
}

int PinLockout::seconds_left() const {
  if (lockouts_ == 0) return 0;
  // Never longer than the step itself: a clock set back cannot stretch a lockout without end.
  const double left = std::min(locked_until_ - clock_(), current_step_minutes() * 60.0);
  return left > 0 ? int(std::ceil(left)) : 0;
}

void PinLockout::lock_for(int minutes) { locked_until_ = clock_() + minutes * 60.0; }

std::string PinLockout::load() {
  if (path_.empty()) return "";
  if (::access(path_.c_str(), F_OK) != 0 && errno == ENOENT) return "";
  std::string text;
  bool ok = read_whole_file(path_, text, 4096);
  json j = ok ? json::parse(text, nullptr, false) : json();
  ok = ok && j.is_object() && j.size() == 3;
  const auto number = [&](const char* key, double low, double high, double& out) {
    auto it = ok ? j.find(key) : j.end();
    ok = ok && it != j.end() && it->is_number() && *it >= low && *it <= high;
    if (ok) out = it->get<double>();
  };
  double failures = 0, lockouts = 0, until = 0;
  number("failures", 0, kAttemptsPerStep - 1, failures);
  number("lockouts", 0, 1e6, lockouts);
  number("locked_until", 0, 1e12, until);
  if (ok && failures == std::floor(failures) && lockouts == std::floor(lockouts)) {
    failures_ = int(failures);
    lockouts_ = int(lockouts);
    locked_until_ = until;
    return "";
  }
  // Damaged or unreadable: lock (never open) for the longest step, and say so.
  failures_ = 0;
  lockouts_ = int(kStepMinutes.size());
  lock_for(kStepMinutes.back());
  const std::string problem = save();
  return "the PIN lockout file " + path_ + " is damaged or unreadable: the PIN pad is locked for " +
         std::to_string(kStepMinutes.back()) + " minutes" + (problem.empty() ? "" : " (" + problem + ")");
}

std::string PinLockout::record_wrong(bool& now_locked) {
  now_locked = false;
  if (locked()) return "";  // refused without a check: does not count
  if (++failures_ >= kAttemptsPerStep) {
    failures_ = 0;
    ++lockouts_;
    lock_for(current_step_minutes());
    now_locked = true;
  }
  return save();
}

std::string PinLockout::record_right() {
  const bool changed = failures_ != 0 || lockouts_ != 0;
  failures_ = lockouts_ = 0;
  locked_until_ = 0;
  return changed ? save() : "";
}

std::string PinLockout::save() {
  if (path_.empty()) return "";
  const json j = {{"failures", failures_}, {"lockouts", lockouts_}, {"locked_until", locked_until_}};
  std::string error;
  if (!write_file_atomically(path_, j.dump() + "\n", error)) return "PIN lockout not saved: " + error;
  return "";
}

}  // namespace lureproof
