// Script parsing: verbs, arguments, comments (#) and blank lines.
#include "script/script.h"


namespace {
const char* const kVerbs[] = {"wait", "tap", "tap-prefix", "key", "expect-screen", "expect-text",
                              "play-to-end", "screenshot", "dump-text", "quit"};

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
    out.commands.push_back(std::move(c));
  }
  return out;
}
