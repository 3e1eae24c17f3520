// The message "ping", generated in code (no sound files): two soft sine tones with a quick attack
// and an exponential decay. Played through the platform's audio when the settings allow sound.
#pragma once

#include <vector>

namespace lureproof {

constexpr int kNotificationSampleRate = 44100;

// Mono samples in -1..1 at kNotificationSampleRate.
std::vector<float> notification_samples();
// Plays the ping (no-op without an audio device).
void play_notification();

}  // namespace lureproof
