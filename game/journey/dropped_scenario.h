// The educators' drop-a-file preview: a .lure or Twee 3 (.twee/.tw) file dropped on the web page is
// loaded and checked here; its diagnostics become "file:line:column: severity code message" lines
// for the page's preview panel, and a file without errors becomes a Scenario to play at once.
#pragma once

#include <lure/scenario.h>

#include <optional>
#include <string>
#include <vector>

namespace lureproof {

struct DroppedScenario {
  std::string name;                        // the file's name without its directory
  std::optional<lure::Scenario> scenario;  // set when the file has no errors
  std::vector<std::string> report;         // every diagnostic (errors and warnings), formatted
};

// Never throws or crashes on bad input: unreadable, unknown or broken files give a report only.
DroppedScenario load_dropped_scenario(const std::string& path);

}  // namespace lureproof
