// The operator's way in: a PIN pad (digits only, no OS keyboard) checked against the configured
// Argon2id hash, behind the escalating, persisted lockout of kiosk/pin_lockout.h. Unit-tested.
#pragma once

#include "kiosk/pin_lockout.h"

#include <string>
#include <utility>

namespace lureproof {

class OperatorAccess {
 public:
  explicit OperatorAccess(std::string pin_hash, PinLockout lockout = PinLockout())
      : pin_hash_(std::move(pin_hash)), lockout_(std::move(lockout)) {}

  bool has_pin() const { return !pin_hash_.empty(); }
  bool locked() const { return lockout_.locked(); }
  int lockout_seconds_left() const { return lockout_.seconds_left(); }
  PinLockout& lockout() { return lockout_; }

  // The pad: digits typed so far (shown as dots), a delete key, and OK.
  void type_digit(char digit);
  void erase();
  void clear() { entry_.clear(); }
  int typed() const { return int(entry_.size()); }

  enum class Result { Granted, Wrong, LockedOut, NoPin };
  // Clears the entry in every case. LockedOut: refused unchecked, or this wrong PIN locked the pad.
  Result submit();
  // A problem saving the lockout since the last call ("" if none), for the log.
  std::string take_problem() { return std::exchange(problem_, std::string()); }

 private:
  std::string pin_hash_;
  PinLockout lockout_;
  std::string entry_;
  std::string problem_;
};

}  // namespace lureproof
