// Entry point of `lureproof`, the kiosk and browser game: parse options, run the app.
#include "app/app.h"
#include "kiosk/kiosk_runtime.h"
#include "kiosk/pin.h"
#include "app/kiosk_layer.h"
#include "app/options.h"
#include "platform/platform.h"

#include <cstdio>

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
  // Kiosk configuration, log and statistics first, so every later problem reaches the log.
  static KioskRuntime kiosk;  // static: the web main loop outlives main()'s stack frame
  KioskSetup setup;
  setup.config_path = parsed.options.config_path;
  setup.force_kiosk = parsed.options.kiosk;
  setup.assets_dir =
      parsed.options.assets_dir.empty() ? platform::default_assets_dir(argv[0]) : parsed.options.assets_dir;
  setup.can_store_data = platform::can_store_data();
  kiosk.start(setup);
  Options options = parsed.options;
  if (kiosk.kiosk_mode()) options.fullscreen = true;  // borderless, over the whole screen

  static App app(options, kiosk.config());
  std::string error;
  if (!app.init(argv[0], error)) {
    kiosk.log().write(error);
    kiosk.stop();
    return 1;
  }
  const std::string kiosk_state = platform::set_kiosk_mode(kiosk.kiosk_mode(), kiosk.config().hide_cursor);
  if (kiosk.kiosk_mode()) kiosk.log().write("kiosk mode: " + kiosk_state);
  static KioskLayer layer(kiosk, app);
  layer.attach();
  // --screen operator / operator-pin: drawn over the attract screen the App opened.
  if (app.run_mode().operator_screen) layer.open_operator_directly(app.run_mode().operator_unlocked);
  platform::run_main_loop([] { return app.frame() && !layer.exit_requested(); }, [] { return app.next_frame_in(); });
  app.shutdown();
  kiosk.stop();
  return app.exit_code();
}
