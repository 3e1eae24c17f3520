// App: the frame loop — events, screen drawing, screenshots for --frames/--screenshot, present.
#include "app.h"

#include "platform/platform.h"
#include "screens/attract_screen.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

App::App(Options options) : options_(std::move(options)) {}

bool App::init(const char* argv0, std::string& error) {
  platform::WindowRequest request;
  request.width = options_.window_width;
  request.height = options_.window_height;
  request.fullscreen = options_.fullscreen;
  if (!platform::init(request, error)) return false;
  assets_dir_ = options_.assets_dir.empty() ? platform::default_assets_dir(argv0) : options_.assets_dir;
  int w = 0, h = 0;
  platform::drawable_size(w, h);
  std::string font_error;
  if (!theme_.load_fonts(assets_dir_, Theme::scale_for(w, h), font_error))
    std::fprintf(stderr, "lureproof: warning: %s\n", font_error.c_str());
  theme_.apply_style(false);
  platform::rebuild_font_texture();
  return true;
}

void App::refresh_scale_if_needed() {
  int w = 0, h = 0;
  platform::drawable_size(w, h);
  const float wanted = Theme::scale_for(w, h);
  if (std::fabs(wanted - theme_.scale()) / theme_.scale() < 0.1f) return;
  std::string font_error;
  theme_.load_fonts(assets_dir_, wanted, font_error);
  theme_.apply_style(false);
  platform::rebuild_font_texture();
}

bool App::frame() {
  if (!platform::pump_events()) return false;
  refresh_scale_if_needed();
  platform::begin_frame();
  const double t = double(frame_index_) / 60.0 + start_time_;
  draw_attract_screen(theme_, t, false);
  platform::end_frame();

  ++frame_index_;
  const bool last = options_.frames > 0 && frame_index_ >= options_.frames;
  if (last && !options_.screenshot_path.empty()) {
    std::string error;
    if (!platform::save_screenshot(options_.screenshot_path, error)) {
      std::fprintf(stderr, "lureproof: %s\n", error.c_str());
      exit_code_ = 1;
    }
  }
  platform::present();
  return !last;
}

void App::shutdown() { platform::shutdown(); }
