// Scripted input for tests and demos (`lureproof --script FILE`): one command per line, parsed
// without ImGui so the parser is unit-tested. Commands are described in tests/ui/README.md.
//   wait N | tap LABEL | tap-prefix PREFIX | key enter|space|escape|tab|1..9 | expect-screen NAME
//   expect-text TEXT | play-to-end [mark-all] [keys|pad] | screenshot PATH | dump-text PATH | quit
//   key shift-tab|up|down|left|right | pad up|down|left|right|a|b | focus LABEL (Tab until focused)
//   pad-focus LABEL (D-pad until focused) | expect-focus LABEL | finger-tap LABEL (SDL touch events)
//   press KEYS (SDL key events, e.g. alt+f4) | send quit|window-close | expect-window fullscreen|...
#pragma once

#include <string>
#include <vector>

namespace lureproof {

struct ScriptCommand {
  std::string verb;  // as written, e.g. "tap"
  std::string arg;   // the rest of the line, trimmed
  int line = 0;
};

struct ScriptParse {
  std::vector<ScriptCommand> commands;
  std::string error;  // "script:3: unknown command 'tapp'" (empty when ok)
};

ScriptParse parse_script(const std::string& text);

}  // namespace lureproof
