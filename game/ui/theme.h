// The visual design shared by every screen: palette, type scale and fonts. Screens take colours
// and fonts from here so the high-contrast theme and text size apply everywhere at once.
#pragma once

#include <imgui.h>

#include <string>

struct Palette {
  ImU32 background_top, background_bottom;
  ImU32 text, text_muted, accent, accent_text, warning, card, card_border;
};

struct Fonts {
  ImFont* body = nullptr;     // messages, buttons
  ImFont* heading = nullptr;  // screen headings
  ImFont* title = nullptr;    // the attract title
};

class Theme {
 public:
  // Loads the subset Noto Sans faces from `assets_dir`/fonts at sizes for `ui_scale`.
  // Returns false (and a message) when no font file could be read; ImGui's default font is used then.
  bool load_fonts(const std::string& assets_dir, float ui_scale, std::string& error);
  void apply_style(bool high_contrast);

  float scale() const { return scale_; }
  const Fonts& fonts() const { return fonts_; }
  const Palette& palette() const { return palette_; }

  // UI scale for a framebuffer: keeps text readable from 360x640 portrait to 3840x2160.
  static float scale_for(int width_px, int height_px, float text_size = 1.f);

 private:
  float scale_ = 1.f;
  Fonts fonts_;
  Palette palette_{};
};
