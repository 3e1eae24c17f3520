// The operator's way in: a PIN pad (digits only, no OS keyboard) checked against the configured
// hash, with a lockout of 60 s after 5 wrong PINs. Plain class fed with the clock, unit-tested.
#pragma once

#include <string>

class OperatorAccess {
 public:
  static constexpr int kMaxAttempts = 5;
  static constexpr double kLockoutS = 60.0;

  explicit OperatorAccess(std::string pin_hash) : pin_hash_(std::move(pin_hash)) {}

  bool has_pin() const { return !pin_hash_.empty(); }
  bool locked(double now) const { return now < locked_until_; }
  int lockout_seconds_left(double now) const;
  int wrong_attempts() const { return wrong_; }

  // The pad: digits typed so far (shown as dots), a delete key, and OK.
  void type_digit(char digit);
  void erase();
  void clear() { entry_.clear(); }
  int typed() const { return int(entry_.size()); }

  enum class Result { Granted, Wrong, LockedOut, NoPin };
  Result submit(double now);  // clears the entry in every case

 private:
  std::string pin_hash_;
  std::string entry_;
  int wrong_ = 0;
  double locked_until_ = -1.0;
};
