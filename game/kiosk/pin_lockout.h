// The PIN pad's escalating lockout: 5 wrong PINs lock it for 1 minute, the next 5 for 5, then 15,
// then 60 (and 60 from then on); the right PIN clears it. Kept in <data dir>/pin-lockout.json,
// written atomically, so a restart clears nothing; a damaged file locks the pad for 60 minutes.
#pragma once

#include <array>
#include <functional>
#include <string>

namespace lureproof {

class PinLockout {
 public:
  using Clock = std::function<double()>;  // wall-clock seconds (they must survive a restart)
  static constexpr int kAttemptsPerStep = 5;
  static constexpr std::array<int, 4> kStepMinutes = {1, 5, 15, 60};

  // `path` empty: kept in memory only. The default clock is the system's wall clock.
  explicit PinLockout(std::string path = "", Clock clock = {});

  // Reads the file; returns a problem for the operator ("" when fine or when there is no file yet).
  std::string load();

  bool locked() const { return seconds_left() > 0; }
  int seconds_left() const;
  int wrong_in_a_row() const { return failures_; }
  int lockouts() const { return lockouts_; }
  int current_step_minutes() const;  // the length of the lockout that is (or was last) set

  // Outcomes of a check; each saves the file. Return a problem ("" when saved).
  std::string record_wrong(bool& now_locked);
  std::string record_right();

 private:
  std::string save();
  void lock_for(int minutes);

  std::string path_;
  Clock clock_;
  int failures_ = 0;         // wrong PINs since the last lockout or right PIN
  int lockouts_ = 0;         // lockouts since the last right PIN: picks the next step
  double locked_until_ = 0;  // wall-clock seconds
};

}  // namespace lureproof
