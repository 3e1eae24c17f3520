// Script parsing: verbs, arguments, comments (#) and blank lines.
#include "script/script.h"

namespace lureproof {

namespace {
const char* const kVerbs[] = {"wait",        "tap",         "tap-prefix", "hover",     "key", "expect-screen",
                              "expect-text", "play-to-end", "screenshot", "dump-text", "quit"};
// Keyboard and gamepad navigation (issue #4): key names are checked here, so a typo fails early.
const char* const kNavVerbs[] = {"pad", "focus", "pad-focus", "expect-focus", "finger-tap"};
// A visitor trying to leave the kiosk (tests/kiosk/escape): keys and window-system requests as SDL events.
const char* const kEscapeVerbs[] = {"press", "send", "expect-window"};
const char* const kWindowEvents[] = {"quit", "window-close"};
const char* const kWindowStates[] = {"fullscreen", "windowed", "minimised", "hidden"};
const char* const kKeys[] = {"enter", "space", "escape", "tab", "shift-tab", "up", "down", "left", "right",
                             "1",     "2",     "3",      "4",   "5",         "6",  "7",    "8",    "9"};
const char* const kPadButtons[] = {"up", "down", "left", "right", "a", "b"};

template <size_t N>
bool one_of(const std::string& s, const char* const (&names)[N]) {
  for (const char* n : names)
    if (s == n) return true;
  return false;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}
}  // namespace

ScriptParse parse_script(const std::string& text) {
  ScriptParse out;
  int n = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string raw = text.substr(start, end - start);
    start = end + 1;
    ++n;
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find_first_of(" \t");
    ScriptCommand c{line.substr(0, space), space == std::string::npos ? "" : trim(line.substr(space)), n};
    bool known = false;
    for (const char* v : kVerbs) known = known || c.verb == v;
    known = known || one_of(c.verb, kNavVerbs) || one_of(c.verb, kEscapeVerbs);
    if (!known) {
      out.error = "script:" + std::to_string(n) + ": unknown command '" + c.verb + "'";
      return out;
    }
    const bool needs_arg = c.verb != "quit" && c.verb != "play-to-end";
    if (needs_arg && c.arg.empty()) {
      out.error = "script:" + std::to_string(n) + ": '" + c.verb + "' needs an argument";
      return out;
    }
    if (c.verb == "wait") {
      for (char ch : c.arg)
        if (ch < '0' || ch > '9') {
          out.error = "script:" + std::to_string(n) + ": 'wait' needs a number of frames";
          return out;
        }
    }
    if ((c.verb == "send" && !one_of(c.arg, kWindowEvents)) ||
        (c.verb == "expect-window" && !one_of(c.arg, kWindowStates))) {
      out.error = "script:" + std::to_string(n) + ": unknown " + (c.verb == "send" ? "window event" : "window state") +
                  " '" + c.arg + "'";
      return out;
    }
    if ((c.verb == "key" && !one_of(c.arg, kKeys)) || (c.verb == "pad" && !one_of(c.arg, kPadButtons))) {
      out.error = "script:" + std::to_string(n) + ": unknown " + (c.verb == "key" ? "key" : "gamepad button") + " '" +
                  c.arg + "'";
      return out;
    }
    out.commands.push_back(std::move(c));
  }
  return out;
}

}  // namespace lureproof
