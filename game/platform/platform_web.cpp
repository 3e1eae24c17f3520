// Web (Emscripten) half of the platform module: WebGL2 through GLES3 (or no display at all: the text
// edition), the browser's animation frame drives the loop (no ASYNCIFY), assets are preloaded into
// the virtual file system at /assets.
#include "platform/platform.h"

#include "l10n/language_pack.h"
#include "platform/web_font_faces.h"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace lureproof {

namespace platform {

const char* name() { return "web"; }
bool can_store_data() { return false; }

namespace detail {
void set_gl_attributes() {
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
}
const char* glsl_version() { return "#version 300 es"; }
void adjust_request(WindowRequest& request) {
  // The canvas fills the page (web/index.html); open the SDL window at the page's CSS size and let
  // SDL follow later resizes (the window is resizable).
  double w = 0, h = 0;
  if (emscripten_get_element_css_size("#canvas", &w, &h) == EMSCRIPTEN_RESULT_SUCCESS && w >= 64 && h >= 64) {
    request.width = int(w);
    request.height = int(h);
  }
  request.fullscreen = false;
  // No window title: SDL would write it into document.title. The page's title stays the one in
  // web/index.html, whatever the screen, so a shared phone's browser history shows nothing more.
  request.title = nullptr;
}
void watch_stop_signals() {}  // a page gets no signals
bool stop_signalled() { return false; }
// The text edition: the page found no WebGL2 or was opened with ?text=1 (web/lureproof-page.js).
bool display_declined() { return EM_ASM_INT({ return Module.textEdition ? 1 : 0; }) != 0; }
// clang-format off
EM_JS(void, js_display_unavailable, (const char* why), {
  if (window.LureproofPage) window.LureproofPage.displayUnavailable(UTF8ToString(why));
});
// clang-format on
bool watch_game_controllers(bool kiosk) { return kiosk; }  // see platform.h
// The page creates the context with preserveDrawingBuffer (web/lureproof-page.js); one SDL creates
// itself (no page script) has the default, false.
bool keeps_last_frame() {
  static const bool kept = [] {
    EmscriptenWebGLContextAttributes attributes;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_get_current_context();
    return context && emscripten_webgl_get_context_attributes(context, &attributes) == EMSCRIPTEN_RESULT_SUCCESS &&
           attributes.preserveDrawingBuffer;
  }();
  return kept;
}
// A phone or tablet: its primary pointer is coarse (a finger). A laptop with a touch screen has a fine one.
// clang-format off
EM_JS(int, js_pointer_is_coarse, (), {
  return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
});
// clang-format on
InputDevice primary_pointer() {
  static const bool coarse = js_pointer_is_coarse() != 0;  // asked once: the attract screen asks every frame
  return coarse ? InputDevice::Touch : InputDevice::Mouse;
}
bool prepares_display_in_steps() { return true; }  // platform.h: display_ready
bool continue_without_display(const std::string& why) {
  std::fprintf(stderr, "lureproof: warning: %s; continuing as the text edition\n", why.c_str());
  js_display_unavailable(why.c_str());
  return true;
}
}  // namespace detail

namespace {
std::function<bool()> g_frame;
std::function<double()> g_next_frame_in;

// Input waiting: SDL's queue (canvas, keyboard, gamepads) or a click, key or drop elsewhere on the
// page, e.g. on the accessible mirror's buttons (flagged by the listeners set in run_main_loop).
// `take`: the page's flag is taken (the frame about to be drawn answers it), else only looked at.
bool input_waiting(bool take = true) {
  SDL_PumpEvents();
  const bool page = EM_ASM_INT({
    const wake = Module.wakeRequested ? 1 : 0;
    if ($0) Module.wakeRequested = 0;
    return wake;
  }, take ? 1 : 0);
  return page || detail::input_held() || SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
}

double g_last_frame_ms = -1e9;

// Resting: while no frame is due and no input waits, the browser's animation-frame loop is paused
// (every animation frame, even one that draws nothing, wakes the renderer, the compositor and the
// GPU process) and a timer asks again when the next frame is due; any input event on the page
// resumes it at once (lureproof_wake_loop), so input is answered on the next animation frame as
// before. A hidden tab pauses the loop too, and a wake-up does not resume it then.
bool g_resting = false;
bool g_hidden = false;
bool g_stopped = false;
long g_rest_timer = 0;
constexpr double kMaxRestS = 0.5;          // ask again at least this often (like the native loop)
constexpr double kGamepadPollS = 0.05;     // gamepads only report when polled (SDL_PumpEvents)

void rest_check(void*);

void resume_loop() {
  if (!g_resting || g_hidden || g_stopped) return;
  g_resting = false;
  if (g_rest_timer) emscripten_clear_timeout(g_rest_timer);
  g_rest_timer = 0;
  emscripten_resume_main_loop();
}

void schedule_rest_check(double wait_s) {
  double delay = std::min(wait_s, kMaxRestS);
  if (SDL_NumJoysticks() > 0) delay = std::min(delay, kGamepadPollS);
  // Whole milliseconds rounded up, and one more: a timer may fire up to a millisecond before the game's
  // clock (performance.now(), coarsened) says the frame is due, and asking again for the fraction left
  // took 2-6 more timer tasks (sub-millisecond waits) before each countdown tick.
  g_rest_timer = emscripten_set_timeout(rest_check, std::ceil(delay * 1000.0) + 1.0, nullptr);
}

void rest(double wait_s) {
  g_resting = true;
  emscripten_pause_main_loop();
  schedule_rest_check(wait_s);
}

void rest_check(void*) {
  g_rest_timer = 0;
  if (!g_resting || g_hidden || g_stopped) return;
  const double wait = g_next_frame_in ? g_next_frame_in() : 0.0;
  if (wait <= 0.0 || input_waiting())
    resume_loop();
  else
    schedule_rest_check(wait);
}

void frame_trampoline() {
  const int presented = detail::frames_presented();
  // The frame cap (set_frame_cap): on a display faster than the cap, some animation frames are
  // skipped (2 ms of slack: the callbacks of a 60 Hz display come 16.7 ms apart, give or take).
  const double now_ms = emscripten_get_now();
  if (presented > 0 && now_ms - g_last_frame_ms < detail::min_frame_interval() * 1000.0 - 2.0) return;
  // Event-driven rendering: nothing due and no input, so the loop rests until a frame is due or
  // input arrives (the canvas keeps showing the last frame).
  const double wait = g_next_frame_in ? g_next_frame_in() : 0.0;
  if (wait > 0.0 && !input_waiting()) {
    rest(wait);
    return;
  }
  g_last_frame_ms = now_ms;
  if (!g_frame()) {
    g_stopped = true;
    emscripten_cancel_main_loop();
  } else if (detail::frames_presented() == 0) {
    // Until the first frame is presented, the loop's iterations (the start-up's steps, the display's
    // preparation: main.cpp, display_ready) run as timer tasks, one after the other: on animation
    // frames each waited for the next frame, and each frame made the browser's GPU process composite
    // the page again. Set after every such iteration: SDL's swap interval (platform::init) sets the
    // loop's timing too.
    emscripten_set_main_loop_timing(EM_TIMING_SETTIMEOUT, 0);
  } else if (presented == 0) {
    emscripten_set_main_loop_timing(EM_TIMING_RAF, 1);  // the first frame is on screen
  } else if (const double next = g_next_frame_in ? g_next_frame_in() : 0.0; next > 0.0 && !input_waiting(false)) {
    // No frame due soon (a countdown's tick, an attract fade's step): rest now rather than on the next
    // animation frame, which would wake the renderer, the compositor and the GPU process for nothing.
    rest(next);
  }
  // Loop iterations so far and the wasm heap size, for the page and its tests and benchmarks; the first
  // frame presented (not an iteration that only prepared the display or read content) hands the page's
  // poster over to the canvas. wasmHeapBytes: the linear memory's size; wasmSbrkBytes: how much of it
  // static data, stack and malloc'd memory reach (the top of the heap).
  EM_ASM({
    Module.framesRendered = (Module.framesRendered || 0) + 1;
    if ($1 && !Module.firstFrameTime) {
      Module.firstFrameTime = performance.now();
      if (Module.onFirstFrame) Module.onFirstFrame();  // the page hands its poster over to the canvas
    }
    Module.wasmHeapBytes = HEAP8.length;
    Module.wasmSbrkBytes = $0 >>> 0;
  }, unsigned(*emscripten_get_sbrk_ptr()), detail::frames_presented() != presented ? 1 : 0);
}
}  // namespace
}  // namespace platform

// Called by the page's input listeners (js_wake_on_page_input): resumes a resting loop.
extern "C" EMSCRIPTEN_KEEPALIVE void lureproof_wake_loop() { platform::resume_loop(); }

namespace platform {

double cpu_seconds() { return emscripten_get_now() / 1000.0; }

void memory_use(long& resident_kb, long& peak_kb, long& anon_kb) {
  resident_kb = peak_kb = anon_kb = long(emscripten_get_heap_size() / 1024);
}

// Page input wakes the loop. A click, key, drop, focus change or resize anywhere on the page (e.g.
// on the accessible mirror's buttons) counts as input for the next frame (Module.wakeRequested, which
// the page also sets, e.g. when a dropped file is ready); input that SDL reads itself (pointer,
// wheel, touch, keys) only resumes a resting loop, SDL's queue then holds it.
// clang-format off
EM_JS(void, js_wake_on_page_input, (), {
  var wake = 0;
  Object.defineProperty(Module, 'wakeRequested', {
    configurable: true,
    get: function () { return wake; },
    set: function (value) { wake = value; if (value) _lureproof_wake_loop(); }
  });
  ['click', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'drop', 'focusin', 'resize'].forEach(function (type) {
    window.addEventListener(type, function () { Module.wakeRequested = 1; }, true);
  });
  ['pointermove', 'mousemove', 'mousedown', 'mouseup', 'wheel', 'touchstart', 'touchmove', 'touchend', 'touchcancel',
   'keypress', 'focusout', 'blur', 'focus', 'fullscreenchange'].forEach(function (type) {
    window.addEventListener(type, function () { _lureproof_wake_loop(); }, { capture: true, passive: true });
  });
});
// clang-format on

// The system's display preferences as bits (1 reduced motion, 2 more contrast or forced colours),
// read once and then kept up to date by change listeners, which also wake the loop: a change while
// the page is open applies at once.
// clang-format off
EM_JS(int, js_system_preferences, (), {
  if (Module.systemPrefs === undefined) {
    var queries = ['(prefers-reduced-motion: reduce)', '(prefers-contrast: more)', '(forced-colors: active)'].map(
        function (q) { return window.matchMedia ? window.matchMedia(q) : null; });
    var read = function () {
      var on = queries.map(function (m) { return m && m.matches ? 1 : 0; });
      Module.systemPrefs = on[0] | ((on[1] | on[2]) << 1);
    };
    queries.forEach(function (m) {
      if (m && m.addEventListener) m.addEventListener('change', function () { read(); Module.wakeRequested = 1; });
    });
    read();
  }
  return Module.systemPrefs;
});
// clang-format on

SystemPreferences system_preferences() {
  const int bits = js_system_preferences();
  return {true, (bits & 1) != 0, (bits & 2) != 0};
}

// A hidden tab renders nothing: the loop pauses until the page is visible again.
static EM_BOOL on_visibility_change(int, const EmscriptenVisibilityChangeEvent* event, void*) {
  g_hidden = event->hidden;
  if (g_stopped) return EM_FALSE;
  if (g_hidden) {
    if (!g_resting) emscripten_pause_main_loop();
    g_resting = true;  // visible again: resumed like a resting loop
  } else {
    resume_loop();
  }
  return EM_FALSE;
}

void run_main_loop(std::function<bool()> frame, std::function<double()> next_frame_in) {
  g_frame = std::move(frame);
  g_next_frame_in = std::move(next_frame_in);
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility_change);
  js_wake_on_page_input();
  // fps 0 = requestAnimationFrame; simulate_infinite_loop 1 keeps main()'s stack semantics simple.
  emscripten_set_main_loop(frame_trampoline, 0, 1);
}

bool save_screenshot(const std::string&, std::string& error) {
  error = "screenshots are taken by the browser test harness on the web";
  return false;
}

std::string default_assets_dir(const char*) { return "/assets"; }

// ---- packs: fetched on first use, unpacked into the virtual file system -------------------------
// A language's (l10n/<code>.pack into <assets>/l10n/<code>/), a story's source (stories/<story>.pack
// into <assets>/scenarios/) and its translation (l10n/<code>/<story>.pack), each by its path.
namespace {
struct PackRequest {
  std::string path;  // beside the page, e.g. "l10n/de.pack"
  std::string dir;   // where its files go
  std::string what;  // for the warnings, e.g. "the 'de' language pack"
  const char* then;  // what the game does without it
};
int& emoji_sheets() {
  static int arrived = 0;
  return arrived;
}
std::map<std::string, LanguagePack>& pack_states() {
  static std::map<std::string, LanguagePack> states;
  return states;
}
// clang-format off
// Adds a UI pack's story translations ({"l10n/<lang>/<story>.pack": its hashed name}) to the names the
// page locates (web/lureproof-page.js, Module.locateFile): only names in the same folder as the path.
EM_JS(void, js_add_located_files, (const char* json), {
  var more = {};
  try { more = JSON.parse(UTF8ToString(json)); } catch (e) {}
  var locate = Module['locateFile'];
  Module['locateFile'] = function(p, prefix) {
    var v = Object.prototype.hasOwnProperty.call(more, p) ? String(more[p]) : '';
    var dir = p.slice(0, p.lastIndexOf('/') + 1);
    var ok = p.indexOf('l10n/') === 0 && v.indexOf(dir) === 0 && v.lastIndexOf('/') + 1 === dir.length &&
             v.slice(-5) === '.pack';
    return ok ? v : locate(p, prefix);
  };
});
// clang-format on
void pack_loaded(void* arg, void* data, int size) {
  PackRequest* request = static_cast<PackRequest*>(arg);
  std::string error;
  const std::string_view bytes{static_cast<const char*>(data), size_t(size >= 0 ? size : 0)};
  const bool ok = size >= 0 && unpack_language_pack(bytes, request->dir, error);
  // A UI pack names its language's story translations (scripts/build-steps/web-dist.py, pack-files.json).
  std::vector<LanguagePackFile> files;
  if (ok && request->path.rfind("l10n/", 0) == 0 && request->path.find('/', 5) == std::string::npos &&
      parse_language_pack(bytes, files, error))
    for (const LanguagePackFile& f : files)
      if (f.name == "pack-files.json") js_add_located_files(std::string(f.bytes).c_str());
  if (!ok)
    std::fprintf(stderr, "lureproof: warning: %s is unusable (%s); %s\n", request->what.c_str(), error.c_str(),
                 request->then);
  pack_states()[request->path] = ok ? LanguagePack::Ready : LanguagePack::Failed;
  if (ok && request->path.rfind("emoji/", 0) == 0) ++emoji_sheets();
  // A language's UI pack may carry its font (Arabic's): the page draws with it (complex_text_web.cpp).
  if (ok && request->path.rfind("l10n/", 0) == 0 && request->path.find('/', 5) == std::string::npos &&
      !detail::display_declined())
    web_fonts::register_faces_in(request->dir);
  delete request;
}
void pack_failed(void* arg) {
  PackRequest* request = static_cast<PackRequest*>(arg);
  std::fprintf(stderr, "lureproof: warning: could not fetch %s; %s\n", request->what.c_str(), request->then);
  pack_states()[request->path] = LanguagePack::Failed;
  delete request;
}
// clang-format off
// The page maps l10n/<code>.pack to its content-hashed name (web/lureproof-page.js, Module.locateFile).
EM_JS(char*, js_locate_file, (const char* path), {
  var p = UTF8ToString(path);
  var url = Module['locateFile'] ? Module['locateFile'](p, '') : p;
  var n = lengthBytesUTF8(url) + 1;
  var out = _malloc(n);
  stringToUTF8(url, out, n);
  return out;
});
// Whether the deployed page has `path` among its files (scripts/build-steps/web-dist.py: index.html's list,
// and the story translations its UI packs name); a page without the list (served from the build's stage/)
// has everything.
EM_JS(int, js_page_has_file, (const char* path), {
  if (!document.querySelector('meta[name="lureproof-files"]')) return 1;
  var p = UTF8ToString(path);
  return Module['locateFile'](p, '') !== p ? 1 : 0;
});
// clang-format on
std::string located_url(const std::string& path) {
  char* p = js_locate_file(path.c_str());
  std::string url = p ? p : path;
  free(p);
  return url;
}
bool plain_code(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}
// Same origin, relative to the page, by its hashed name (cmake/L10n.cmake, scripts/build-steps/web-story-packs.py).
LanguagePack fetch_pack(const std::string& path, const std::string& dir, const std::string& what, const char* then) {
  auto [it, first] = pack_states().emplace(path, LanguagePack::Loading);
  if (!first) return it->second;
  emscripten_async_wget_data(located_url(path).c_str(), new PackRequest{path, dir, what, then}, pack_loaded, pack_failed);
  return LanguagePack::Loading;
}
LanguagePack both(LanguagePack a, LanguagePack b) {
  if (a == LanguagePack::Failed || b == LanguagePack::Failed) return LanguagePack::Failed;
  return a == LanguagePack::Loading || b == LanguagePack::Loading ? LanguagePack::Loading : LanguagePack::Ready;
}
}  // namespace

LanguagePack language_pack(const std::string& assets_dir, const std::string& code) {
  if (code.empty() || code == "en") return LanguagePack::Ready;
  // A code that is not plain never becomes part of a URL; the catalogue loader reports it missing.
  if (!plain_code(code) || code.size() > 12) return LanguagePack::Failed;
  const std::string dir = assets_dir + "/l10n/" + code;
  const LanguagePack pack = fetch_pack("l10n/" + code + ".pack", dir, "the '" + code + "' language pack", "continuing in English");
  // A pack's font (Arabic's) is the browser's before the language's first frame.
  return pack == LanguagePack::Ready && web_fonts::faces_loading(dir) ? LanguagePack::Loading : pack;
}

bool stories_on_demand() { return true; }

LanguagePack story_pack(const std::string& assets_dir, const std::string& story, const std::string& language) {
  if (!plain_code(story)) return LanguagePack::Failed;
  // Its emoji come with it; without them it still starts (they are left out).
  const LanguagePack emoji = emoji_pack(assets_dir, story);
  const LanguagePack source = both(
      fetch_pack("stories/" + story + ".pack", assets_dir + "/scenarios", "the story '" + story + "'", "it cannot start"),
      emoji == LanguagePack::Failed ? LanguagePack::Ready : emoji);
  if (language.empty() || language == "en" || !plain_code(language)) return source;
  // The language's UI pack names its story translations: it comes first (a visitor picks a language before
  // a story; a --lang jump may ask sooner). Without it the story plays in English, as without a translation.
  const LanguagePack ui = language_pack(assets_dir, language);
  if (ui != LanguagePack::Ready) return ui == LanguagePack::Loading ? LanguagePack::Loading : source;
  // A story without a translation into `language` is listed without one: it plays in English.
  const std::string translation = "l10n/" + language + "/" + story + ".pack";
  if (!js_page_has_file(translation.c_str())) return source;
  return both(source, fetch_pack(translation, assets_dir + "/l10n/" + language,
                                 "the '" + language + "' translation of the story '" + story + "'", "it cannot start"));
}

LanguagePack emoji_pack(const std::string& assets_dir, const std::string& group) {
  const std::string path = "emoji/" + group + ".pack";
  // The text edition draws nothing: no emoji to fetch.
  if (!plain_code(group) || detail::display_declined() || !js_page_has_file(path.c_str())) return LanguagePack::Ready;
  return fetch_pack(path, assets_dir + "/fonts/emoji", "the emoji of '" + group + "'", "they are left out");
}

int emoji_sheets_arrived() { return emoji_sheets(); }

void retry_story_pack(const std::string& story, const std::string& language) {
  for (const std::string& path : {"stories/" + story + ".pack", "l10n/" + language + "/" + story + ".pack"}) {
    auto it = pack_states().find(path);
    if (it != pack_states().end() && it->second == LanguagePack::Failed) pack_states().erase(it);
  }
}

// clang-format off
EM_JS(void, js_offer_download, (const char* name, const char* bytes, int length), {
  var data = HEAPU8.slice(bytes, bytes + length);
  var url = URL.createObjectURL(new Blob([data], { type: 'text/plain;charset=utf-8' }));
  var a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
});
// clang-format on

bool offer_download(const std::string& file_name, const std::string& bytes) {
  js_offer_download(file_name.c_str(), bytes.data(), int(bytes.size()));
  return true;
}

}  // namespace platform

}  // namespace lureproof
