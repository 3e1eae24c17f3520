// Entry point of `lureproof`, the kiosk and browser game: parse options, run the app.
#include "app/app.h"
#include "kiosk/kiosk_runtime.h"
#include "kiosk/pin.h"
#include "app/kiosk_layer.h"
#include "app/options.h"
#include "platform/platform.h"

#include <cstdio>
#include <optional>
#include <string>

using namespace lureproof;

namespace {
// `lureproof --hash-pin`: reads a PIN on stdin, prints the config line that stores it hashed.
int hash_pin() {
  char line[256] = {};
  std::string pin = std::fgets(line, sizeof line, stdin) ? line : "";
  while (!pin.empty() && pin.back() == '\n') pin.pop_back();
  while (!pin.empty() && (pin.back() == '\r' || pin.back() == ' ')) pin.pop_back();
  if (!is_valid_pin(pin)) {
    std::fprintf(stderr, "lureproof: a PIN is %d to %d digits\n", kPinMinDigits, kPinMaxDigits);
    return 2;
  }
  const std::string hash = make_pin_hash(pin);
  if (hash.empty()) {
    std::fprintf(stderr, "lureproof: the PIN could not be hashed (out of memory, or no libsodium here)\n");
    return 1;
  }
  std::printf("operator_pin_hash = \"%s\"\n", hash.c_str());
  return 0;
}
// Static: the web main loop outlives main()'s stack frame.
KioskRuntime g_kiosk;
std::optional<App> g_app;
std::optional<KioskLayer> g_layer;
constexpr int kStartSteps = 4;

// One step of the start-up; false (with the error logged) when the program cannot start.
bool start_step(const Options& parsed, const std::string& argv0, int step) {
  std::string error;
  switch (step) {
    case 0: {  // kiosk configuration, log and statistics first, so every later problem reaches the log
      KioskSetup setup;
      setup.config_path = parsed.config_path;
      setup.force_kiosk = parsed.kiosk;
      setup.assets_dir = parsed.assets_dir.empty() ? platform::default_assets_dir(argv0.c_str()) : parsed.assets_dir;
      setup.can_store_data = platform::can_store_data();
      g_kiosk.start(setup);
      Options options = parsed;
      if (g_kiosk.kiosk_mode()) options.fullscreen = true;  // borderless, over the whole screen
      g_app.emplace(options, g_kiosk.config());
      return true;
    }
    case 1:  // the window, the GL context and ImGui
      if (g_app->open_window(argv0.c_str(), error)) return true;
      break;
    case 2:  // the fonts, the style and the first screen
      if (g_app->load_start(error)) return true;
      break;
    default: {
      const std::string kiosk_state = platform::set_kiosk_mode(g_kiosk.kiosk_mode(), g_kiosk.config().hide_cursor);
      if (g_kiosk.kiosk_mode()) g_kiosk.log().write("kiosk mode: " + kiosk_state);
      g_layer.emplace(g_kiosk, *g_app);
      g_layer->attach();
      // --screen operator / operator-pin: drawn over the attract screen the App opened.
      if (g_app->run_mode().operator_screen) g_layer->open_operator_directly(g_app->run_mode().operator_unlocked);
      return true;
    }
  }
  g_kiosk.log().write(error);
  g_kiosk.stop();
  return false;
}
}  // namespace

int main(int argc, char** argv) {
  OptionsResult parsed = parse_options(argc, argv);
  if (!parsed.ok) {
    std::fprintf(stderr, "lureproof: %s\n\n%s", parsed.error.c_str(), options_usage(argv[0]).c_str());
    return 2;
  }
  if (parsed.options.show_help) {
    std::printf("%s", options_usage(argv[0]).c_str());
    return 0;
  }
  if (parsed.options.show_version) {
    std::printf("lureproof %s\n", LUREPROOF_VERSION);
    return 0;
  }
  if (parsed.options.hash_pin) return hash_pin();
  // The start-up, in steps: natively all before the loop; on the web one loop iteration each, so the
  // page's main thread never runs it as one long task (docs/web.md, "Start-up in short tasks").
  static const Options options = parsed.options;
  static const std::string argv0 = argv[0];
  static int step = 0;
  static bool started = true;
  if (!platform::starts_in_steps()) {
    while (step < kStartSteps)
      if (!start_step(options, argv0, step++)) return 1;
  }
  platform::run_main_loop(
      [] {
        if (step < kStartSteps) return started = start_step(options, argv0, step++);
        return g_app->frame() && !g_layer->exit_requested();
      },
      [] { return step < kStartSteps ? 0.0 : g_app->next_frame_in(); });
  if (!started) return 1;
  g_app->shutdown();
  g_kiosk.stop();
  return g_app->exit_code();
}
