// Platform code shared by the native and web builds: SDL2 window, GL context, ImGui backends,
// event pumping and frame boundaries. Nothing here branches on the platform at compile time; at run
// time the web may go on without a display (the text edition, platform.h: init).
#include "platform/imgui_without_display.h"
#include "platform/platform.h"
#include "platform/input_trickle.h"
#include "platform/touch_input.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lureproof {

namespace platform {
namespace {
SDL_Window* g_window = nullptr;
SDL_GLContext g_gl_context = nullptr;
bool g_kiosk = false;
InputTrickle g_trickle;
int g_frames_pumped = 0;                   // game controllers start with the second frame (see init)
double g_min_frame_interval = 1.0 / 60.0;  // set_frame_cap
// Without a display (the web's text edition): no window, no GL, no ImGui backends; ImGui gets the
// requested size and real time between frames, and its input is the accessible mirror's.
bool g_no_display = false;
int g_no_display_width = 0, g_no_display_height = 0;
Uint64 g_last_frame_ticks = 0;
std::optional<InputDevice> g_input_device;  // the kind of the latest input; none before the first
// redraw_only: the rectangle asked for this frame, and what the last drawn frame had.
std::array<float, 4> g_redraw_only{};
bool g_redraw_only_asked = false;
bool g_input_since_drawn = true;
int g_drawn_width = 0, g_drawn_height = 0;
// The display's preparation (rebuild_font_texture's first call): pieces left for display_ready(), and
// whether the backend's device objects (shaders, font texture) exist.
constexpr int kDisplaySteps = 3;
int g_display_steps = 0;
bool g_device_objects = false;
int g_frames_presented = 0;

// The input kind an event shows, if any (a finger, a mouse that really moved or clicked, a key or a
// gamepad button); mouse events SDL synthesises from a finger are the finger's.
std::optional<InputDevice> device_of(const SDL_Event& e) {
  switch (e.type) {
    case SDL_FINGERDOWN: return InputDevice::Touch;
    case SDL_MOUSEBUTTONDOWN: return e.button.which == SDL_TOUCH_MOUSEID ? InputDevice::Touch : InputDevice::Mouse;
    case SDL_MOUSEMOTION:
      if (e.motion.which == SDL_TOUCH_MOUSEID) return std::nullopt;
      return InputDevice::Mouse;
    case SDL_KEYDOWN:
    case SDL_CONTROLLERBUTTONDOWN: return InputDevice::Keys;
    default: return std::nullopt;
  }
}

// The backend takes the modifiers from SDL_GetModState(), i.e. from the newest event SDL has
// queued; an event that waited for its frame must use the modifiers it was sent with.
void set_modifiers_from(const SDL_Event& event) {
  if (event.type != SDL_KEYDOWN && event.type != SDL_KEYUP) return;
  ImGuiIO& io = ImGui::GetIO();
  const Uint16 mod = event.key.keysym.mod;
  io.KeyShift = (mod & KMOD_SHIFT) != 0;
  io.KeyCtrl = (mod & KMOD_CTRL) != 0;
  io.KeyAlt = (mod & KMOD_ALT) != 0;
  io.KeySuper = (mod & KMOD_GUI) != 0;
}

bool start_without_display(const WindowRequest& request) {
  g_no_display = true;
  g_no_display_width = request.width > 0 ? request.width : 1280;
  g_no_display_height = request.height > 0 ? request.height : 800;
  if (SDL_InitSubSystem(SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) SDL_Log("lureproof: %s", SDL_GetError());
  no_display::create_context(g_no_display_width, g_no_display_height);
  return true;
}

// The window or GL context failed: the web goes on without a display, native gives up.
bool display_failed(const WindowRequest& request, std::string& error) {
  if (g_window) SDL_DestroyWindow(g_window);
  g_window = nullptr;
  SDL_QuitSubSystem(SDL_INIT_VIDEO);
  if (!detail::continue_without_display(error)) {
    SDL_Quit();
    return false;
  }
  error.clear();
  return start_without_display(request);
}
}  // namespace

bool init(const WindowRequest& requested, std::string& error) {
  WindowRequest request = requested;
  detail::adjust_request(request);
  detail::watch_stop_signals();  // before SDL_Init, which installs its own handlers only where none are
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "0");
  if (detail::display_declined()) return start_without_display(request);
  // Game controllers start with the second frame (pump_events): their setup is not needed to draw
  // the first one, which the browser edition then shows a few ms sooner.
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    error = std::string("SDL_Init failed: ") + SDL_GetError();
    return false;
  }
  detail::set_gl_attributes();
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  // ImGui draws flat 2D triangles: no depth or stencil buffer (less GPU memory, a faster context).
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (request.fullscreen) {
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    // Open at the desktop's size too: on a bare X server (no window manager) the fullscreen request
    // alone leaves the window at its windowed size while SDL reports the desktop's.
    SDL_DisplayMode desktop;
    if (SDL_GetDesktopDisplayMode(0, &desktop) == 0 && desktop.w > 0 && desktop.h > 0) {
      request.width = desktop.w;
      request.height = desktop.h;
    }
  }
  g_window = SDL_CreateWindow(request.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, request.width,
                              request.height, flags);
  if (!g_window) {
    error = std::string("could not open a window: ") + SDL_GetError();
    return display_failed(request, error);
  }
  g_gl_context = SDL_GL_CreateContext(g_window);
  if (!g_gl_context) {
    error = std::string("could not create an OpenGL context: ") + SDL_GetError();
    return display_failed(request, error);
  }
  SDL_GL_MakeCurrent(g_window, g_gl_context);
  SDL_GL_SetSwapInterval(1);

  create_imgui_context();
  ImGui_ImplSDL2_InitForOpenGL(g_window, g_gl_context);
  ImGui_ImplOpenGL3_Init(detail::glsl_version());
  return true;
}

void shutdown() {
  if (!g_no_display) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
  }
  if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
  if (g_gl_context) SDL_GL_DeleteContext(g_gl_context);
  if (g_window) SDL_DestroyWindow(g_window);
  g_gl_context = nullptr;
  g_window = nullptr;
  g_frames_pumped = 0;
  g_no_display = false;
  g_device_objects = false;
  g_display_steps = 0;
  SDL_Quit();
}

std::string set_kiosk_mode(bool kiosk, bool hide_cursor) {
  g_kiosk = kiosk;
  // Closing the window must not quit (the window system's close request and SDL_QUIT are ignored
  // below), while SIGTERM from `systemctl stop` still ends the program cleanly (stop_signalled).
  SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, kiosk ? "0" : "1");
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, kiosk ? "0" : "1");
  SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, kiosk ? "1" : "0");
  if (kiosk) SDL_DisableScreenSaver();
  SDL_ShowCursor(kiosk && hide_cursor ? SDL_DISABLE : SDL_ENABLE);
  // Report SDL's own state, not what was asked for.
  std::string state = SDL_ShowCursor(SDL_QUERY) == SDL_DISABLE ? "pointer hidden" : "pointer shown";
  state += SDL_IsScreenSaverEnabled() ? "; screen saver on" : "; screen saver off";
  if (kiosk) state += "; window close ignored; no minimising on focus loss";
  return state;
}

int set_frame_cap(int max_fps) {
  int cap = max_fps > 0 && max_fps <= 60 ? max_fps : 60;
  // The display's refresh rate, when SDL knows it (0 = unknown, e.g. in a browser, where the
  // animation frame follows the display anyway).
  SDL_DisplayMode mode{};
  if (g_window && SDL_GetWindowDisplayMode(g_window, &mode) == 0 && mode.refresh_rate > 0 && mode.refresh_rate < cap)
    cap = mode.refresh_rate;
  else if (SDL_GetCurrentDisplayMode(0, &mode) == 0 && mode.refresh_rate > 0 && mode.refresh_rate < cap)
    cap = mode.refresh_rate;
  g_min_frame_interval = 1.0 / double(cap);
  return cap;
}

InputDevice input_device() { return g_input_device ? *g_input_device : detail::primary_pointer(); }

bool pump_events(bool* had_events) {
  if (++g_frames_pumped == 2 && !g_no_display && detail::watch_game_controllers(g_kiosk) &&
      SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)                     // controllers already plugged in
    SDL_Log("lureproof: no game controller support: %s", SDL_GetError());  // arrive as DEVICEADDED events
  bool keep_running = true;
  SDL_Event event;
  if (had_events) *had_events = false;
  while (g_trickle.next(event)) {
    if (had_events) *had_events = true;
    g_input_since_drawn = true;
    if (g_no_display) {
      if (event.type == SDL_QUIT) keep_running = false;
      continue;
    }
    if (const std::optional<InputDevice> device = device_of(event)) g_input_device = device;
    if (!touch::process_event(event, g_window)) {
      ImGui_ImplSDL2_ProcessEvent(&event);
      set_modifiers_from(event);
    }
    detail::handle_controller_event(event);
    if (event.type == SDL_QUIT && !g_kiosk) keep_running = false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(g_window) && !g_kiosk)
      keep_running = false;
  }
  return keep_running && !detail::stop_signalled();
}

void begin_frame(const std::function<void()>& before_new_frame) {
  if (g_no_display) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(g_no_display_width), float(g_no_display_height));
    const Uint64 now = SDL_GetTicks64();
    io.DeltaTime =
        g_last_frame_ticks && now > g_last_frame_ticks ? float(now - g_last_frame_ticks) / 1000.f : 1.f / 60.f;
    g_last_frame_ticks = now;
    if (before_new_frame) before_new_frame();
    ImGui::NewFrame();
    return;
  }
  new_frame_gradients();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  touch::apply_to_imgui();
  if (before_new_frame) before_new_frame();
  ImGui::NewFrame();
}

bool push_keys(const std::string& keys) {
  // "ctrl+alt+f4": modifiers first, then the key; each is pressed in order and released in reverse.
  std::vector<std::pair<SDL_Scancode, Uint16>> presses;  // a key and the modifier state it adds
  Uint16 mod = 0;
  for (std::size_t start = 0; start <= keys.size();) {
    std::size_t end = keys.find('+', start);
    if (end == std::string::npos) end = keys.size();
    const std::string part = keys.substr(start, end - start);
    start = end + 1;
    SDL_Scancode code = SDL_SCANCODE_UNKNOWN;
    Uint16 adds = 0;
    if (part == "ctrl") code = SDL_SCANCODE_LCTRL, adds = KMOD_LCTRL;
    else if (part == "alt") code = SDL_SCANCODE_LALT, adds = KMOD_LALT;
    else if (part == "shift") code = SDL_SCANCODE_LSHIFT, adds = KMOD_LSHIFT;
    else if (part == "super") code = SDL_SCANCODE_LGUI, adds = KMOD_LGUI;
    else code = SDL_GetScancodeFromName(part.c_str());
    if (code == SDL_SCANCODE_UNKNOWN) return false;
    presses.emplace_back(code, adds);
  }
  auto send = [](Uint32 type, SDL_Scancode code, Uint16 mod_state) {
    SDL_Event e{};
    e.type = type;
    e.key.windowID = SDL_GetWindowID(g_window);
    e.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.scancode = code;
    e.key.keysym.sym = SDL_GetKeyFromScancode(code);
    e.key.keysym.mod = mod_state;
    SDL_PushEvent(&e);
  };
  for (const auto& [code, adds] : presses) {
    mod = Uint16(mod | adds);
    send(SDL_KEYDOWN, code, mod);
  }
  for (auto it = presses.rbegin(); it != presses.rend(); ++it) {
    send(SDL_KEYUP, it->first, mod);
    mod = Uint16(mod & ~it->second);
  }
  return !presses.empty();
}

void set_window_size(int width, int height) {
  if (g_window) SDL_SetWindowSize(g_window, width, height);
}

bool push_window_event(const std::string& what) {
  SDL_Event e{};
  if (what == "quit") {
    e.type = SDL_QUIT;
  } else if (what == "window-close") {
    e.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_CLOSE;
    e.window.windowID = SDL_GetWindowID(g_window);
  } else {
    return false;
  }
  return SDL_PushEvent(&e) == 1;
}

std::string window_state() {
  const Uint32 flags = g_window ? SDL_GetWindowFlags(g_window) : Uint32(SDL_WINDOW_HIDDEN);
  if (flags & SDL_WINDOW_HIDDEN) return "hidden";
  if (flags & SDL_WINDOW_MINIMIZED) return "minimised";
  if (flags & SDL_WINDOW_FULLSCREEN) return "fullscreen";  // also set by SDL_WINDOW_FULLSCREEN_DESKTOP
  return "windowed";
}

void push_touch(int phase, float x, float y) {
  int w = 0, h = 0;
  SDL_GetWindowSize(g_window, &w, &h);
  if (w <= 0 || h <= 0) return;
  SDL_Event e{};
  e.type = phase == 0 ? SDL_FINGERDOWN : phase == 1 ? SDL_FINGERMOTION : SDL_FINGERUP;
  e.tfinger.timestamp = SDL_GetTicks();
  e.tfinger.touchId = 1;
  e.tfinger.fingerId = 1;
  e.tfinger.x = x / float(w);
  e.tfinger.y = y / float(h);
  e.tfinger.pressure = phase == 2 ? 0.f : 1.f;
  e.tfinger.windowID = SDL_GetWindowID(g_window);
  SDL_PushEvent(&e);
}

namespace detail {
bool input_held() { return g_trickle.holding(); }
double min_frame_interval() { return g_min_frame_interval; }

void handle_controller_event(const SDL_Event& event) {
  // Hot-plug: keep every game controller open while it is connected (ImGui's backend reads the
  // first one each frame; opening it here makes a controller plugged in later work at once).
  if (event.type == SDL_CONTROLLERDEVICEADDED) {
    if (SDL_GameControllerOpen(event.cdevice.which))
      SDL_Log("lureproof: game controller connected: %s", SDL_GameControllerNameForIndex(event.cdevice.which));
  } else if (event.type == SDL_CONTROLLERDEVICEREMOVED) {
    if (SDL_GameController* c = SDL_GameControllerFromInstanceID(event.cdevice.which)) SDL_GameControllerClose(c);
    SDL_Log("lureproof: game controller disconnected");
  }
}
}  // namespace detail

void* create_texture_rgba(const unsigned char* pixels, int width, int height) {
  if (!pixels || width <= 0 || height <= 0) return nullptr;
  if (g_no_display) return no_display::fake_texture();
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  return reinterpret_cast<void*>(static_cast<intptr_t>(texture));
}

void update_texture_rgba(void* texture, int x, int y, const unsigned char* pixels, int width, int height) {
  if (!texture || !pixels || width <= 0 || height <= 0 || g_no_display) return;
  glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(texture)));
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
}

bool play_samples(const float* samples, int count, int sample_rate) {
  // Opened once on first use; 0 = no device (not retried, so a missing device costs nothing).
  static SDL_AudioDeviceID device = 0;
  static bool tried = false;
  static int device_rate = 0;
  if (!tried) {
    tried = true;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return false;
    SDL_AudioSpec want{}, have{};
    want.freq = sample_rate;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 1024;
    device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device == 0) {
      SDL_QuitSubSystem(SDL_INIT_AUDIO);
      return false;
    }
    device_rate = have.freq;
    SDL_PauseAudioDevice(device, 0);
  }
  if (device == 0 || !samples || count <= 0 || device_rate != sample_rate) return false;
  SDL_ClearQueuedAudio(device);
  return SDL_QueueAudio(device, samples, Uint32(count) * sizeof(float)) == 0;
}

void redraw_only(float x0, float y0, float x1, float y1) {
  g_redraw_only = {x0, y0, x1, y1};
  g_redraw_only_asked = true;
}

void end_frame(const std::function<void()>& after_render) {
  ImGui::Render();
  if (after_render) after_render();
  const bool asked = std::exchange(g_redraw_only_asked, false);
  if (g_no_display) return;
  int w = 0, h = 0;
  drawable_size(w, h);
  // redraw_only: the rest of the canvas keeps the last frame's pixels (same size, no input since).
  const bool partial =
      asked && !g_input_since_drawn && w == g_drawn_width && h == g_drawn_height && detail::keeps_last_frame();
  g_input_since_drawn = false;
  g_drawn_width = w;
  g_drawn_height = h;
  glViewport(0, 0, w, h);
  if (partial) {
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    const int x0 = int(std::floor(g_redraw_only[0] * scale.x)), x1 = int(std::ceil(g_redraw_only[2] * scale.x));
    const int y0 = int(std::floor(g_redraw_only[1] * scale.y)), y1 = int(std::ceil(g_redraw_only[3] * scale.y));
    const int box[4] = {x0, h - y1, std::max(0, x1 - x0), std::max(0, y1 - y0)};  // GL counts rows from the bottom
    detail::clip_drawing(box);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, w, h);  // clipped to the box
  }
  glClearColor(0.f, 0.f, 0.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (partial) {
    detail::clip_drawing(nullptr);
    glDisable(GL_SCISSOR_TEST);
  }
}

void rebuild_font_texture() {
  // The first call (before the first frame) creates the backend's shaders with the font texture,
  // which spares its first NewFrame a second creation and upload (on the web, in display_ready's
  // steps). The GPU holds the atlas, so ImGui's CPU copies (RGBA32 + alpha, ~10 MB at 1280x800) are
  // freed; a later rebuild (new UI scale, text size) rasterises the fonts again anyway.
  if (g_no_display) {
    no_display::build_font_atlas();
    return;
  }
  if (g_device_objects) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
    return;
  }
  g_display_steps = kDisplaySteps;
  if (!detail::prepares_display_in_steps())
    while (!display_ready()) {}
}

bool starts_in_steps() { return detail::prepares_display_in_steps(); }

bool display_ready() {
  if (g_display_steps == 0) return true;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  switch (g_display_steps--) {
    case 3: atlas->GetTexDataAsAlpha8(&pixels, &width, &height); break;  // rasterises the glyphs
    case 2: atlas->GetTexDataAsRGBA32(&pixels, &width, &height); break;  // what the backend uploads
    default:
      ImGui_ImplOpenGL3_CreateDeviceObjects();  // compiles the shaders, uploads the atlas
      g_device_objects = true;
      atlas->ClearTexData();
  }
  return false;
}

void present() {
  ++g_frames_presented;
  if (!g_no_display) SDL_GL_SwapWindow(g_window);
}

namespace detail {
int frames_presented() { return g_frames_presented; }
}  // namespace detail

void drawable_size(int& width, int& height) {
  if (g_no_display) {
    width = g_no_display_width;
    height = g_no_display_height;
    return;
  }
  SDL_GL_GetDrawableSize(g_window, &width, &height);
}

float pixel_ratio() {
  if (g_no_display) return 1.f;
  int ww = 0, wh = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(g_window, &ww, &wh);
  SDL_GL_GetDrawableSize(g_window, &dw, &dh);
  return ww > 0 ? float(dw) / float(ww) : 1.f;
}

}  // namespace platform

}  // namespace lureproof
