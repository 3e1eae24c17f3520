// Idle detection for an unattended kiosk, as a plain class fed with input times and the clock:
// Active -> (timeout without input) Warning with a countdown -> (countdown over) Expired.
// Any input during the warning extends the time (WCAG 2.2.1); the app resets on Expired.
#pragma once

namespace lureproof {

class IdleTimer {
 public:
  enum class Phase { Active, Warning, Expired };

  IdleTimer(double timeout_s, double countdown_s);

  // Arming: the attract screen (nobody playing) disarms it; leaving attract arms it from `now`.
  void arm(double now);
  void disarm();
  bool armed() const { return armed_; }

  void input(double now);    // a touch, click or key at time `now`
  Phase update(double now);  // call once per frame
  Phase phase() const { return phase_; }
  int seconds_left() const { return seconds_left_; }  // during Warning: whole seconds, rounded up
  // Seconds from `now` until the warning starts (0 when due or past); infinity when disarmed.
  double seconds_to_warning(double now) const;
  // During Warning: seconds until seconds_left() goes down by one (0 < x <= 1), else HUGE_VAL.
  double seconds_to_next_tick(double now) const;

 private:
  double timeout_s_, countdown_s_;
  bool armed_ = false;
  double last_input_ = 0.0;
  Phase phase_ = Phase::Active;
  int seconds_left_ = 0;
};

}  // namespace lureproof
