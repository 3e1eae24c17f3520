// Headless platform for endurance runs (tools/soak): no window, no GL context, no SDL. Dear ImGui
// runs for real (a fixed display size, a built font atlas, NewFrame/Render with every draw list);
// only the GL drawing of those lists is skipped. Input comes from the caller's before_new_frame
// hook; time is the App's deterministic clock. CMake links it instead of platform_sdl.cpp +
// platform_native.cpp, so the same App, screens and kiosk layer run unchanged.
#include "platform/imgui_without_display.h"
#include "platform/platform.h"
#include "platform/speech.h"

#include <imgui.h>

#include <filesystem>

namespace lureproof {

namespace platform {
namespace {
int g_width = 1280, g_height = 800;
}  // namespace

const char* name() { return "headless"; }
bool can_store_data() { return true; }

namespace detail {
void set_gl_attributes() {}
void adjust_request(WindowRequest&) {}
const char* glsl_version() { return ""; }
}  // namespace detail

bool init(const WindowRequest& request, std::string& error) {
  if (request.width <= 0 || request.height <= 0) {
    error = "the headless display needs a positive size";
    return false;
  }
  g_width = request.width;
  g_height = request.height;
  no_display::create_context(g_width, g_height);
  rebuild_font_texture();
  return true;
}

void shutdown() {
  if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
}

int set_frame_cap(int max_fps) { return max_fps; }  // no display: the soak draws as fast as it can
SystemPreferences system_preferences() { return {}; }

void run_main_loop(std::function<bool()> frame, std::function<double()>) {
  while (frame()) {}
}

bool pump_events(bool* had_events) {
  if (had_events) *had_events = false;  // the soak's input comes through the App's input hook
  return true;
}

void begin_frame(const std::function<void()>& before_new_frame) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(g_width), float(g_height));
  io.DeltaTime = 1.f / 60.f;
  if (before_new_frame) before_new_frame();
  ImGui::NewFrame();
}

void end_frame(const std::function<void()>& after_render) {
  ImGui::Render();  // the draw lists are built in full; nothing uploads them
  if (after_render) after_render();
}
void present() {}

void rebuild_font_texture() { no_display::build_font_atlas(); }
bool display_ready() { return true; }
bool starts_in_steps() { return false; }

void drawable_size(int& width, int& height) {
  width = g_width;
  height = g_height;
}
float pixel_ratio() { return 1.f; }

void fill_screen_gradient(ImDrawList* dl, unsigned top, unsigned bottom) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  dl->AddRectFilledMultiColor(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y), top, top, bottom,
                              bottom);
}
void new_frame_gradients() {}
void redraw_only(float, float, float, float) {}

void* create_texture_rgba(const unsigned char* pixels, int width, int height) {
  if (!pixels || width <= 0 || height <= 0) return nullptr;
  return no_display::fake_texture();
}
void update_texture_rgba(void*, int, int, const unsigned char*, int, int) {}  // nothing is drawn

bool play_samples(const float*, int, int) { return false; }

namespace speech {  // no voice without a display either (platform/speech.h)
Voice voice_for(const std::string&) { return Voice::Missing; }
void speak(const std::string&, const std::string&, float) {}
void stop() {}
bool speaking() { return false; }
void set_enabled(bool) {}
}  // namespace speech

bool save_screenshot(const std::string&, std::string& error) {
  error = "the headless platform has no pixels to save";
  return false;
}

bool offer_download(const std::string&, const std::string&) { return false; }

// The catalogues are plain files here, as natively.
LanguagePack language_pack(const std::string&, const std::string&) { return LanguagePack::Ready; }
bool stories_on_demand() { return false; }  // every story is a file on disk
LanguagePack story_pack(const std::string&, const std::string&, const std::string&) { return LanguagePack::Ready; }
void retry_story_pack(const std::string&, const std::string&) {}

LanguagePack emoji_pack(const std::string&, const std::string&) { return LanguagePack::Ready; }

int emoji_sheets_arrived() { return 0; }

std::string default_assets_dir(const char*) {
  std::error_code ec;
  return std::filesystem::is_directory("assets", ec) ? "assets" : ".";
}

std::string set_kiosk_mode(bool, bool) { return "headless: no pointer, no screen saver"; }

// No SDL event queue without a window: the soak's visitors tap through the App's input hook instead.
void push_touch(int, float, float) {}
bool push_keys(const std::string&) { return false; }
InputDevice input_device() { return InputDevice::Mouse; }  // no device: the soak's visitors tap
bool push_window_event(const std::string&) { return false; }
void set_window_size(int width, int height) {
  g_width = width;
  g_height = height;
}
std::string window_state() { return "headless"; }

}  // namespace platform

}  // namespace lureproof
