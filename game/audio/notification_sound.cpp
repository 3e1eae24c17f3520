// Notification ping: synthesis (a pure function, unit-tested) and playback through the platform.
#include "audio/notification_sound.h"

#include "platform/platform.h"

#include <cmath>

namespace lureproof {

std::vector<float> notification_samples() {
  const int n = kNotificationSampleRate * 35 / 100;  // 0.35 s
  std::vector<float> out(size_t(n), 0.f);
  const double two_pi = 6.283185307179586;
  for (int i = 0; i < n; ++i) {
    const double t = double(i) / kNotificationSampleRate;
    const double attack = std::fmin(1.0, t / 0.008);
    const double decay = std::exp(-t * 11.0);
    // A major sixth (E6 then C#6 under it), quiet: a kind ping, not an alarm.
    const double tone =
        0.6 * std::sin(two_pi * 1318.5 * t) + 0.4 * std::sin(two_pi * 1108.7 * t) * (t > 0.06 ? 1.0 : 0.0);
    out[size_t(i)] = float(0.22 * attack * decay * tone);
  }
  return out;
}

void play_notification() {
  static const std::vector<float> samples = notification_samples();
  platform::play_samples(samples.data(), int(samples.size()), kNotificationSampleRate);
}

}  // namespace lureproof
