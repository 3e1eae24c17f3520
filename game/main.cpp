// Entry point of `lureproof`, the kiosk and browser game: parse options, run the app.
#include "app.h"
#include "options.h"
#include "platform/platform.h"

#include <cstdio>

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
  static App app(parsed.options);  // static: the web main loop outlives main()'s stack frame
  std::string error;
  if (!app.init(argv[0], error)) {
    std::fprintf(stderr, "lureproof: %s\n", error.c_str());
    return 1;
  }
  platform::run_main_loop([] { return app.frame(); });
  app.shutdown();
  return app.exit_code();
}
