// The platform module: the only code that knows native from Emscripten (window, GL context, main
// loop, files, storage, clipboard, accessibility bridge). Implemented by platform_sdl.cpp (shared
// SDL2 + GL code) plus exactly one of platform_native.cpp / platform_web.cpp, chosen by CMake.
#pragma once

#include <functional>
#include <string>

struct SDL_Window;
struct ImDrawList;
union SDL_Event;

namespace lureproof {

namespace platform {

struct WindowRequest {
  int width = 1280;
  int height = 800;
  bool fullscreen = false;
  const char* title = "Lureproof";
};

// Creates the window, the GL context and initialises Dear ImGui's SDL2 + OpenGL3 backends.
// On failure returns false and fills `error`. The web can run without a display instead (the text
// edition: no window, no GL, ImGui only, the page shows the accessible mirror): when the page asks
// for it (no WebGL2, `?text=1`) or when the window or GL context cannot be created, which is then
// reported to the page.
bool init(const WindowRequest& request, std::string& error);
void shutdown();

// Runs `frame` until it returns false (native) or forever (web). Event-driven rendering: before
// each display frame `next_frame_in` (optional) says in how many seconds the game needs a frame
// (0 = now); until then native sleeps in SDL_WaitEventTimeout and the web pauses its animation-frame
// loop (a timer asks again when the frame is due), and any input event (SDL, or a click/key/drop on
// the page) runs `frame` at once (natively) or on the next animation frame (web).
void run_main_loop(std::function<bool()> frame, std::function<double()> next_frame_in = {});

// Frame cap: the main loop never draws more than `max_fps` frames a second, nor more than the
// display's refresh rate when SDL knows a lower one, whether or not vsync blocks the buffer swap.
// Returns the cap in effect (frames per second).
int set_frame_cap(int max_fps);

// The operating system's display preferences, where the platform can read them (the browser's
// prefers-reduced-motion, prefers-contrast: more and forced-colors: active, live). Natively there
// are none: the kiosk config gives the defaults.
struct SystemPreferences {
  bool known = false;  // false natively: nothing to apply
  bool reduced_motion = false;
  bool high_contrast = false;
};
SystemPreferences system_preferences();

// How the visitor reaches the screen, for prompts such as "Touch to start": the device's primary
// pointer until the first input (a touch screen without a fine pointer: Touch), then the kind of the
// latest input (a finger, a real mouse, a key or gamepad button).
enum class InputDevice { Touch, Mouse, Keys };
InputDevice input_device();

// Feeds pending SDL events to ImGui; returns false when the user asked to quit. `had_events`
// (optional) tells whether any event arrived.
bool pump_events(bool* had_events = nullptr);

// Frame boundaries around the game's ImGui code. `before_new_frame` (optional) runs after the
// backends updated ImGui's input and before ImGui::NewFrame(): scripted tests inject taps/keys there.
void begin_frame(const std::function<void()>& before_new_frame = {});
// Renders ImGui draw data into the back buffer (does not present). `after_render` (optional) runs
// after ImGui::Render(), before the GL draw calls (the frame statistics split CPU from GL time there).
void end_frame(const std::function<void()>& after_render = {});
void present();

// Re-uploads ImGui's font atlas after the game rebuilt it (e.g. a new UI scale). Its first call
// (before the first frame) prepares the display: the atlas's pixels, the backend's shaders and the
// atlas's texture. Natively that happens at once; the web leaves it to display_ready().
void rebuild_font_texture();
// False while the display is still being prepared: each call then does one piece of it (the web: the
// atlas's pixels, then the shaders and the texture), and the caller draws nothing this loop iteration.
// The browser runs each iteration as a task of its own, so the page never stalls for all of it at once
// (a long task blocks input; Lighthouse counts it as Total Blocking Time). Native: always true.
bool display_ready();
// Whether main() runs the program's start-up in steps, one loop iteration each (the web: each a task
// of its own, like display_ready's), or all of it before the loop (native).
bool starts_in_steps();

// Framebuffer size in pixels and the ratio of pixels to window points (HiDPI / devicePixelRatio).
void drawable_size(int& width, int& height);
float pixel_ratio();

// Fills the whole screen with a vertical gradient from `top` to `bottom` (ImGui colours, opaque) as
// the next thing `dl` draws. With a display it is drawn by scissored clears, one per band of rows of
// one colour (screen_gradient_gl.cpp), which costs a software rasteriser far less than a textured
// full-screen quad; without one it is an ImGui rectangle. new_frame_gradients: begin_frame calls it.
void fill_screen_gradient(ImDrawList* dl, unsigned top, unsigned bottom);
void new_frame_gradients();
// The frame being built differs from the last one drawn only inside this rectangle (ImGui
// coordinates), e.g. the idle countdown's ticking number. Where the last frame's pixels are kept
// (the web canvas) and no input arrived since it, end_frame redraws only that rectangle, a fraction
// of a software rasteriser's full frame; elsewhere the frame is drawn whole. Asked anew every frame.
void redraw_only(float x0, float y0, float x1, float y1);

// An RGBA8 texture for ImGui images (avatars); nullptr on failure. Lives until shutdown.
void* create_texture_rgba(const unsigned char* pixels, int width, int height);
// Replaces the `width` x `height` RGBA8 pixels at (`x`, `y`) of a texture from create_texture_rgba
// (ui/line_image_cache.h). Nothing without a display.
void update_texture_rgba(void* texture, int x, int y, const unsigned char* pixels, int width, int height);

// Plays mono float samples (-1..1) once at `sample_rate` Hz. Opens the audio device on first use;
// returns false, silently, when there is no audio device (Xvfb, CI) — the game never needs sound.
bool play_samples(const float* samples, int count, int sample_rate);

// Saves the current back buffer as a PNG (native; the web build returns false).
bool save_screenshot(const std::string& path, std::string& error);

// Offers `bytes` to the user as a file download named `file_name` (web: a Blob and an <a download>).
// Returns false where downloads do not exist (native: files are saved in place instead).
bool offer_download(const std::string& file_name, const std::string& bytes);

// CPU seconds used by the calling thread (native); the web has no CPU clock and returns wall time.
double cpu_seconds();
// Memory in use, -1 where unknown. Native: VmRSS, VmHWM (peak) and RssAnon (the program's own
// memory, without mapped libraries such as the GL driver) of the process. Web: the size of the wasm
// heap in all three.
void memory_use(long& resident_kb, long& peak_kb, long& anon_kb);

// Where the bundled assets live when --assets is not given.
std::string default_assets_dir(const char* argv0);

// A language's catalogues (<assets_dir>/l10n/<code>/*.mo). Natively they are files: Ready at once.
// The web edition preloads none: the first call for a language fetches its pack (l10n/<code>.pack
// beside the page, game/l10n/language_pack.h) into the virtual file system and answers Loading
// until it is there; Failed (with a warning on stderr) if it cannot be fetched or unpacked, and the
// game then falls back to English. English needs no pack.
enum class LanguagePack { Ready, Loading, Failed };
LanguagePack language_pack(const std::string& assets_dir, const std::string& code);

// Stories on demand. Natively every story is a file on disk (false, and story_pack is Ready at once).
// The web edition preloads only each story's header (<assets_dir>/scenarios/<story>.lure holds no
// node: scripts/build-steps/web-story-packs.py), which the story picker shows; a language's pack carries the
// headers' translations. story_pack() fetches the rest when a visitor opens the story: its source
// (stories/<story>.pack, written over the header) and, unless `language` is English, its catalogue
// (l10n/<language>/<story>.pack into <assets_dir>/l10n/<language>/), answering Loading until both are
// there and Failed (with a warning on stderr) if either could not be fetched or unpacked. A failure is
// kept until retry_story_pack() forgets it, so the next story_pack() fetches again.
bool stories_on_demand();
LanguagePack story_pack(const std::string& assets_dir, const std::string& story, const std::string& language);
void retry_story_pack(const std::string& story, const std::string& language);

// Colour emoji (game/ui/emoji_atlas.h). Natively every sheet is on disk: Ready, and none ever arrives.
// The web edition fetches a group's sheet (emoji/<group>.pack into <assets_dir>/fonts/emoji/) on the
// first call: a story's with story_pack(), the quiz's ("common") when the quiz opens; a group without
// a sheet is Ready at once. emoji_sheets_arrived() counts the sheets unpacked so far, so the game
// builds its font atlas again when it changes.
LanguagePack emoji_pack(const std::string& assets_dir, const std::string& group);
int emoji_sheets_arrived();

// Name of this platform, for logs: "native" or "web".
const char* name();

// Kiosk mode (issue 6): hides the mouse pointer when `hide_cursor` (touch screens), ignores quit
// requests from the window system and SDL_QUIT (only the operator screen ends the program; SIGTERM
// and SIGINT, e.g. from `systemctl stop`, still end it cleanly), keeps the screen
// saver off and the fullscreen window from minimising on focus loss, and makes the first tap on an
// unfocused window count. The game itself never opens an OS dialog (no SDL message boxes, the IME
// window is off). Returns what took effect, for kiosk.log, e.g. "pointer hidden; screen saver off".
std::string set_kiosk_mode(bool kiosk, bool hide_cursor);

// Whether this edition may keep files about its use (kiosk.log, anonymous statistics): the native
// kiosk does; the browser edition stores nothing (ePrivacy Directive 2002/58/EC, Art. 5(3); docs/web.md).
bool can_store_data();

// Queues a touch of the screen as SDL reports it (phase 0 down, 1 move, 2 up) at window point
// (x, y): scripted tests send taps through the real event path (platform/touch_input.h).
void push_touch(int phase, float x, float y);

// Scripted tests (tests/kiosk/escape): queue what a visitor's keyboard or a window system could
// send, through the real event path. `keys` is e.g. "alt+f4", "ctrl+q", "escape", "alt+tab",
// "super", "f11" (modifiers ctrl, alt, shift, super); `what` is "quit" (SDL_QUIT) or
// "window-close". Both return false for a name they do not know.
bool push_keys(const std::string& keys);
bool push_window_event(const std::string& what);
// The window as the window system sees it: "hidden", "minimised", "fullscreen" or "windowed".
std::string window_state();
// The layout check (--layout-check) resizes the window to each size of its matrix, in points.
void set_window_size(int width, int height);

// Internal: hooks each platform file provides to platform_sdl.cpp.
namespace detail {
void set_gl_attributes();                              // context version/profile before window creation
void adjust_request(WindowRequest& request);           // e.g. the web canvas takes the page's size
const char* glsl_version();                            // shader header for the OpenGL3 backend
void handle_controller_event(const SDL_Event& event);  // hot-plug (platform_sdl.cpp)
bool input_held();  // input waits for the next frame (platform/input_trickle.h): do not sleep
// SIGTERM / SIGINT: caught before SDL_Init (so SDL does not turn them into SDL_QUIT, which kiosk
// mode ignores) and reported here; the web has no signals.
void watch_stop_signals();
bool stop_signalled();
double min_frame_interval();  // seconds between two frames at the frame cap (set_frame_cap)
bool display_declined();      // the page asked for the text edition (web); native: false
// The window or GL context could not be created (`why`): true = the page was told and the game goes
// on without a display (web); false = init fails (native).
bool continue_without_display(const std::string& why);
// Whether game controllers are watched (native: always; web: in kiosk mode only, because a page
// that listens for gamepads keeps the browser polling them 60 times a second, a steady ~2% of a
// core for every visitor, whose phone or laptop has none).
bool watch_game_controllers(bool kiosk);
// The device's primary pointer before any input (native: a touch screen SDL knows of; web: the
// page's `pointer: coarse` media query).
InputDevice primary_pointer();
// Whether the back buffer still holds the last frame when the next one starts (web: the canvas's
// preserveDrawingBuffer; native: no, swapping leaves it undefined), and clipping every draw and clear
// to a box in GL pixels (x, y from the bottom left, width, height; nullptr: no clip) for redraw_only.
bool keeps_last_frame();
void clip_drawing(const int* box);
// Whether the display's preparation is left to display_ready() (web) or done in init (native).
bool prepares_display_in_steps();
int frames_presented();  // present() calls so far (the web's first one hands the page's poster over)
}  // namespace detail

}  // namespace platform

}  // namespace lureproof
