// `lureproof --studio [PATH]` and `--studio-dir DIR`.
#include "app/options.h"

#include <doctest/doctest.h>

using namespace lureproof;

TEST_CASE("--studio with and without a folder") {
  const char* plain[] = {"lureproof", "--studio", "--windowed", "1600x900"};
  OptionsResult r = parse_options(4, plain);
  REQUIRE(r.ok);
  CHECK(r.options.studio);
  CHECK(r.options.studio_path.empty());
  CHECK(r.options.window_width == 1600);

  const char* folder[] = {"lureproof", "--studio", "assets/scenarios", "--frames", "60"};
  r = parse_options(5, folder);
  REQUIRE(r.ok);
  CHECK(r.options.studio_path == "assets/scenarios");
  CHECK(r.options.frames == 60);

  const char* dir[] = {"lureproof", "--studio-dir", "my/stories"};
  r = parse_options(3, dir);
  REQUIRE(r.ok);
  CHECK(r.options.studio);
  CHECK(r.options.studio_path == "my/stories");

  const char* missing[] = {"lureproof", "--studio-dir"};
  CHECK_FALSE(parse_options(2, missing).ok);
}
