// The visitor's display settings (the settings overlay): text size, contrast, motion, sound.
// Part of the Session, so the next visitor starts from the defaults again.
#pragma once

struct Settings {
  float text_size = 1.f;        // 1.0 .. 2.0 (100-200 %)
  bool high_contrast = false;
  bool reduced_motion = false;
  bool sound = true;

  bool operator==(const Settings&) const = default;
};
