// Native (desktop / kiosk) half of the platform module: desktop OpenGL 3.3 core, a plain main
// loop, PNG screenshots of the back buffer, assets found next to the executable.
#include "platform/platform.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <csignal>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace lureproof {

namespace platform {

const char* name() { return "native"; }
bool can_store_data() { return true; }

namespace {
volatile std::sig_atomic_t g_stop_signal = 0;
void on_stop_signal(int) { g_stop_signal = 1; }
}  // namespace

namespace detail {
void watch_stop_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGTERM, SIGINT}) sigaction(sig, &action, nullptr);
}
bool stop_signalled() { return g_stop_signal != 0; }

void set_gl_attributes() {
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
}
const char* glsl_version() { return "#version 330 core"; }
void adjust_request(WindowRequest&) {}
bool display_declined() { return false; }
bool continue_without_display(const std::string&) { return false; }  // a kiosk needs its screen
bool watch_game_controllers(bool) { return true; }
InputDevice primary_pointer() { return SDL_GetNumTouchDevices() > 0 ? InputDevice::Touch : InputDevice::Mouse; }
bool keeps_last_frame() { return false; }  // a swap leaves the back buffer undefined
void clip_drawing(const int*) {}
bool prepares_display_in_steps() { return false; }  // no page to keep responsive: all in init
}  // namespace detail

SystemPreferences system_preferences() { return {}; }  // the kiosk config gives the defaults

void run_main_loop(std::function<bool()> frame, std::function<double()> next_frame_in) {
  Uint64 last_frame = 0;
  const double ticks_per_s = double(SDL_GetPerformanceFrequency());
  for (;;) {
    // Sleep until an event arrives or the game's next frame is due; wake at least every 0.5 s to
    // ask again (the answer may move, e.g. a countdown), without drawing when nothing is due.
    const double wait = detail::input_held() ? 0.0 : next_frame_in ? next_frame_in() : 0.0;
    if (wait > 0.0 && !detail::stop_signalled() &&
        !SDL_WaitEventTimeout(nullptr, int(std::ceil(std::min(wait, 0.5) * 1000.0))))
      continue;
    // The frame cap (set_frame_cap): events that arrive sooner wait for the next frame in SDL's queue.
    if (last_frame != 0) {
      const double since = double(SDL_GetPerformanceCounter() - last_frame) / ticks_per_s;
      const double left = detail::min_frame_interval() - since;
      if (left > 0.0005) SDL_Delay(Uint32(std::lround(left * 1000.0)));
    }
    last_frame = SDL_GetPerformanceCounter();
    if (!frame()) break;
  }
}

bool save_screenshot(const std::string& path, std::string& error) {
  int w = 0, h = 0;
  drawable_size(w, h);
  if (w <= 0 || h <= 0) {
    error = "the window has no pixels";
    return false;
  }
  std::vector<unsigned char> pixels(size_t(w) * size_t(h) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's origin is bottom-left; PNG rows go top-down. Force opaque alpha.
  std::vector<unsigned char> flipped(pixels.size());
  const size_t row = size_t(w) * 4;
  for (int y = 0; y < h; ++y) {
    const unsigned char* src = pixels.data() + size_t(h - 1 - y) * row;
    unsigned char* dst = flipped.data() + size_t(y) * row;
    for (size_t i = 0; i < row; i += 4) {
      dst[i] = src[i];
      dst[i + 1] = src[i + 1];
      dst[i + 2] = src[i + 2];
      dst[i + 3] = 255;
    }
  }
  if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), int(row))) {
    error = "could not write " + path;
    return false;
  }
  return true;
}

// Native builds save files in place (the Studio writes the scenario file itself).
bool offer_download(const std::string&, const std::string&) { return false; }

LanguagePack language_pack(const std::string&, const std::string&) { return LanguagePack::Ready; }
bool stories_on_demand() { return false; }  // every story is a file on disk
LanguagePack story_pack(const std::string&, const std::string&, const std::string&) { return LanguagePack::Ready; }
void retry_story_pack(const std::string&, const std::string&) {}

LanguagePack emoji_pack(const std::string&, const std::string&) { return LanguagePack::Ready; }

int emoji_sheets_arrived() { return 0; }

std::string default_assets_dir(const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::weakly_canonical(fs::path(argv0 ? argv0 : ""), ec);
  if (char* base = SDL_GetBasePath()) {
    exe = fs::path(base) / "lureproof";
    SDL_free(base);
  }
  // build/native/bin/lureproof -> build/native/assets; installed: /usr/bin/lureproof -> /usr/share/lureproof
  const fs::path prefix = exe.parent_path().parent_path();
  for (fs::path candidate :
       {prefix / "assets", exe.parent_path() / "assets", prefix / "share" / "lureproof", fs::path("assets")}) {
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return "assets";
}

}  // namespace platform

}  // namespace lureproof
