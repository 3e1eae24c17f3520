// The kiosk's command-line options: --kiosk, --config FILE, --hash-pin.
#include <doctest/doctest.h>

#include "app/options.h"

#include <vector>

using namespace lureproof;

namespace {
OptionsResult parse(std::vector<const char*> args) {
  args.insert(args.begin(), "lureproof");
  return parse_options(int(args.size()), args.data());
}
}  // namespace

TEST_CASE("--kiosk and --config") {
  OptionsResult r = parse({"--kiosk", "--config", "/etc/lureproof/kiosk.toml"});
  REQUIRE(r.ok);
  CHECK(r.options.kiosk);
  CHECK(r.options.config_path == "/etc/lureproof/kiosk.toml");
  CHECK_FALSE(parse({"--config"}).ok);
  CHECK(parse({"--hash-pin"}).options.hash_pin);
  CHECK_FALSE(parse({}).options.kiosk);
}
