// Loads SiteConfig from TOML. Every problem becomes a ConfigIssue with the file's line:column
// (when toml++ knows it) and the key falls back to its safe default; the loader never throws.
#pragma once

#include "kiosk/site_config.h"

#include <functional>
#include <string>
#include <vector>

namespace lureproof {

struct ConfigIssue {
  enum class Severity { Warning, Error };  // Error: the key (or file) was rejected; Warning: adjusted
  Severity severity = Severity::Warning;
  int line = 0, column = 0;  // 1-based; 0 = no position
  std::string key;           // e.g. "idle_countdown_s", "helplines[2].number"
  std::string message;
};

// What the values are checked against; an empty list skips that check.
struct ConfigContext {
  std::vector<std::string> known_languages;
  std::vector<std::string> known_scenarios;
  // Used instead of an empty known_scenarios, and only when the config lists scenarios: listing the
  // scenario directory costs the browser edition ~10 ms before its first frame, and most configs
  // (the browser's among them) name no scenarios.
  std::function<std::vector<std::string>()> list_scenarios;
};

struct ConfigLoad {
  SiteConfig config;
  std::vector<ConfigIssue> issues;
  std::string source;  // path read, or "" when none was found
  bool parsed = true;  // false: the file was missing/unreadable/not TOML, so all defaults apply
};

ConfigLoad parse_kiosk_config(const std::string& text, const std::string& source_name, const ConfigContext& context);
ConfigLoad load_kiosk_config_file(const std::string& path, const ConfigContext& context);

// "kiosk.toml:12:5: error: message" — the form used on screen and in the log.
std::string format_issue(const ConfigIssue& issue, const std::string& source);

}  // namespace lureproof
