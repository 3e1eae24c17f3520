// IdleTimer: see idle_timer.h. Times are seconds on any monotonic clock.
#include "kiosk/idle_timer.h"

#include <cmath>

namespace lureproof {

IdleTimer::IdleTimer(double timeout_s, double countdown_s) : timeout_s_(timeout_s), countdown_s_(countdown_s) {}

void IdleTimer::arm(double now) {
  armed_ = true;
  last_input_ = now;
  phase_ = Phase::Active;
}

void IdleTimer::disarm() {
  armed_ = false;
  phase_ = Phase::Active;
}

void IdleTimer::input(double now) {
  if (now > last_input_) last_input_ = now;
  if (phase_ != Phase::Expired) phase_ = Phase::Active;
}

double IdleTimer::seconds_to_warning(double now) const {
  if (!armed_) return HUGE_VAL;
  return std::fmax(0.0, last_input_ + timeout_s_ - now);
}

double IdleTimer::seconds_to_next_tick(double now) const {
  if (!armed_ || phase_ != Phase::Warning) return HUGE_VAL;
  const double remaining = last_input_ + timeout_s_ + countdown_s_ - now;
  return std::fmax(0.0, remaining - (std::ceil(remaining) - 1.0));
}

IdleTimer::Phase IdleTimer::update(double now) {
  if (!armed_ || phase_ == Phase::Expired) return phase_;
  const double idle = now - last_input_;
  if (idle < timeout_s_) {
    phase_ = Phase::Active;
  } else if (idle < timeout_s_ + countdown_s_) {
    phase_ = Phase::Warning;
    seconds_left_ = int(std::ceil(timeout_s_ + countdown_s_ - idle));
  } else {
    phase_ = Phase::Expired;
    seconds_left_ = 0;
  }
  return phase_;
}

}  // namespace lureproof
