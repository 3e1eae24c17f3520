// OperatorAccess: see operator_access.h.
#include "kiosk/operator_access.h"

#include "kiosk/pin.h"

#include <cmath>

int OperatorAccess::lockout_seconds_left(double now) const {
  return locked(now) ? int(std::ceil(locked_until_ - now)) : 0;
}

void OperatorAccess::type_digit(char digit) {
  if (digit >= '0' && digit <= '9' && entry_.size() < std::size_t(kPinMaxDigits)) entry_ += digit;
}

void OperatorAccess::erase() {
  if (!entry_.empty()) entry_.pop_back();
}

OperatorAccess::Result OperatorAccess::submit(double now) {
  const std::string pin = std::move(entry_);
  entry_.clear();
  if (!has_pin()) return Result::NoPin;
  if (locked(now)) return Result::LockedOut;
  if (verify_pin(pin, pin_hash_)) {
    wrong_ = 0;
    return Result::Granted;
  }
  if (++wrong_ >= kMaxAttempts) {
    wrong_ = 0;
    locked_until_ = now + kLockoutS;
    return Result::LockedOut;
  }
  return Result::Wrong;
}
