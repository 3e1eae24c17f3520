// Native (desktop / kiosk) half of the platform module: desktop OpenGL 3.3 core, a plain main
// loop, PNG screenshots of the back buffer, assets found next to the executable.
#include "platform/platform.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace platform {

const char* name() { return "native"; }
bool can_store_data() { return true; }

namespace detail {
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
}  // namespace detail

void run_main_loop(std::function<bool()> frame, std::function<double()> next_frame_in) {
  for (;;) {
    // Sleep until an event arrives or the game's next frame is due; wake at least every 0.5 s to
    // ask again (the answer may move, e.g. a countdown), without drawing when nothing is due.
    const double wait = detail::input_held() ? 0.0 : next_frame_in ? next_frame_in() : 0.0;
    if (wait > 0.0 && !SDL_WaitEventTimeout(nullptr, int(std::ceil(std::min(wait, 0.5) * 1000.0)))) continue;
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

std::string default_assets_dir(const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::weakly_canonical(fs::path(argv0 ? argv0 : ""), ec);
  if (char* base = SDL_GetBasePath()) {
    exe = fs::path(base) / "lureproof";
    SDL_free(base);
  }
  // build/native/bin/lureproof -> build/native/assets
  for (fs::path candidate : {exe.parent_path().parent_path() / "assets", exe.parent_path() / "assets",
                             fs::path("assets")}) {
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return "assets";
}

}  // namespace platform
