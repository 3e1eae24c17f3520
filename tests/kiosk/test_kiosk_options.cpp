// The kiosk's command-line options: --kiosk, --config FILE, --hash-pin.
#include <doctest/doctest.h>

#include "../game/command_line.h"

using namespace lureproof;

TEST_CASE("--kiosk and --config") {
  OptionsResult r = parse_command_line({"--kiosk", "--config", "/etc/lureproof/kiosk.toml"});
  REQUIRE(r.ok);
  CHECK(r.options.kiosk);
  CHECK(r.options.config_path == "/etc/lureproof/kiosk.toml");
  CHECK_FALSE(parse_command_line({"--config"}).ok);
  CHECK(parse_command_line({"--hash-pin"}).options.hash_pin);
  CHECK_FALSE(parse_command_line({}).options.kiosk);
}
