// parse_options() on the command line `lureproof ARGS...`: the tests of the options (game, kiosk) and
// of the run mode start from it.
#pragma once

#include "app/options.h"

#include <vector>

namespace lureproof {

inline OptionsResult parse_command_line(std::vector<const char*> args) {
  args.insert(args.begin(), "lureproof");
  return parse_options(int(args.size()), args.data());
}

}  // namespace lureproof
