// The visitor's display settings (the settings overlay): text size, contrast, motion, sound, read aloud.
// Part of the Session, so the next visitor starts from the defaults again. Contrast and motion
// follow the defaults (kiosk config, the browser's system preferences) until the visitor picks.
#pragma once

namespace lureproof {

struct Settings {
  float text_size = 1.f;  // 1.0 .. 2.0 (100-200 %)
  bool high_contrast = false;
  bool reduced_motion = false;
  bool sound = true;
  bool read_aloud = false;         // read the screen aloud (issue #21); the kiosk config's default until chosen
  bool contrast_chosen = false;    // the visitor set high_contrast in the settings overlay
  bool motion_chosen = false;      // the visitor set reduced_motion in the settings overlay
  bool read_aloud_chosen = false;  // the visitor turned read aloud on or off

  bool operator==(const Settings&) const = default;
  // Only what the visitor chose: contrast and motion they did not touch are reset to false.
  Settings visitor_choices() const {
    Settings s = *this;
    if (!contrast_chosen) s.high_contrast = false;
    if (!motion_chosen) s.reduced_motion = false;
    if (!read_aloud_chosen) s.read_aloud = false;
    return s;
  }
};

}  // namespace lureproof
