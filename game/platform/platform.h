// The platform module: the only code that knows native from Emscripten (window, GL context, main
// loop, files, storage, clipboard, accessibility bridge). Implemented by platform_sdl.cpp (shared
// SDL2 + GL code) plus exactly one of platform_native.cpp / platform_web.cpp, chosen by CMake.
#pragma once

#include <functional>
#include <string>

struct SDL_Window;

namespace platform {

struct WindowRequest {
  int width = 1280;
  int height = 800;
  bool fullscreen = false;
  const char* title = "Lureproof";
};

// Creates the window, the GL context and initialises Dear ImGui's SDL2 + OpenGL3 backends.
// On failure returns false and fills `error`.
bool init(const WindowRequest& request, std::string& error);
void shutdown();

// Runs `frame` once per display frame until it returns false (native) or forever (web).
void run_main_loop(std::function<bool()> frame);

// Feeds pending SDL events to ImGui; returns false when the user asked to quit.
bool pump_events();

// Frame boundaries around the game's ImGui code.
void begin_frame();
void end_frame();  // renders ImGui draw data into the back buffer (does not present)
void present();

// Re-uploads ImGui's font atlas after the game rebuilt it (e.g. a new UI scale).
void rebuild_font_texture();

// Framebuffer size in pixels and the ratio of pixels to window points (HiDPI / devicePixelRatio).
void drawable_size(int& width, int& height);
float pixel_ratio();

// Saves the current back buffer as a PNG (native; the web build returns false).
bool save_screenshot(const std::string& path, std::string& error);

// Where the bundled assets live when --assets is not given.
std::string default_assets_dir(const char* argv0);

// Name of this platform, for logs: "native" or "web".
const char* name();

// Internal: hooks each platform file provides to platform_sdl.cpp.
namespace detail {
void set_gl_attributes();          // context version/profile before window creation
void adjust_request(WindowRequest& request);  // e.g. the web canvas takes the page's size
const char* glsl_version();        // shader header for the OpenGL3 backend
}  // namespace detail

}  // namespace platform
