// OperatorAccess: see operator_access.h.
#include "kiosk/operator_access.h"

#include "kiosk/pin.h"

namespace lureproof {

void OperatorAccess::type_digit(char digit) {
  if (digit >= '0' && digit <= '9' && entry_.size() < std::size_t(kPinMaxDigits)) entry_ += digit;
}

void OperatorAccess::erase() {
  if (!entry_.empty()) entry_.pop_back();
}

OperatorAccess::Result OperatorAccess::submit() {
  const std::string pin = std::move(entry_);
  entry_.clear();
  if (!has_pin()) return Result::NoPin;
  if (lockout_.locked()) return Result::LockedOut;  // not even checked: no guess while locked
  if (verify_pin(pin, pin_hash_)) {
    problem_ = lockout_.record_right();
    return Result::Granted;
  }
  bool now_locked = false;
  problem_ = lockout_.record_wrong(now_locked);
  return now_locked ? Result::LockedOut : Result::Wrong;
}

}  // namespace lureproof
