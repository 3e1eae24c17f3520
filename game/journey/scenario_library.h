// The scenarios a visitor can pick: loaded once from assets/scenarios (or --scenario), in the
// operator's order, with cached graphs and shortest routes for the debrief map and for tests. The web
// edition reads only their headers at first (stories on demand, platform::story_pack) and each whole
// file when a visitor opens that story (load_whole).
#pragma once

#include <lure/coverage.h>
#include <lure/diagnostics.h>
#include <lure/graph.h>
#include <lure/scenario.h>

#include <memory>
#include <string>
#include <vector>

namespace lureproof {

class ScenarioLibrary {
 public:
  // Loads every *.lure directly inside `dir`. `enabled` (scenario ids) filters and orders them;
  // empty = all, sorted by file name. Files with errors are skipped with a message in `problems`.
  // `headers_only`: the files hold a scenario's header and nothing else (the web edition's preloaded
  // stories, scripts/build-steps/web-story-packs.py): they are parsed without the checker, for the story picker.
  void load_directory(const std::string& dir, const std::vector<std::string>& enabled, bool headers_only = false);
  // Loads one file (e.g. --scenario) and puts it first. Returns its index or -1.
  int add_file(const std::string& path, bool headers_only = false);
  // False while scenario `i` is a header only: it cannot be played until load_whole(i).
  bool whole(int i) const { return !entries_[size_t(i)]->header_only; }
  // Reads scenario `i` again from its file, now whole (with includes and the checker), in place: its
  // address stays. False (the header kept, the reason in problems()) when the file does not load.
  bool load_whole(int i);
  // Adds an already loaded scenario (a dropped preview file) first. A scenario with the same id is
  // replaced but kept alive: a Story or a localized copy may still point to it.
  int add_scenario(std::string path, lure::Scenario scenario);

  int size() const { return int(entries_.size()); }
  const lure::Scenario& scenario(int i) const { return entries_[size_t(i)]->scenario; }
  const std::string& path(int i) const { return entries_[size_t(i)]->path; }
  int find(const std::string& id) const;
  // Scenarios written in `language`; all of them when none is.
  std::vector<int> for_language(const std::string& language) const;
  const std::vector<std::string>& problems() const { return problems_; }

  const lure::Graph& graph(int i) const;
  // Choice texts of the shortest route from the start to an ending (via lure::explore).
  const std::vector<std::string>& shortest_route(int i) const;
  // The same route as Scenario::choices indices, which do not change with the language (a
  // localized copy of the scenario keeps the structure and only swaps texts).
  const std::vector<int>& shortest_route_choices(int i) const;

 private:
  struct Entry {
    std::string path;
    lure::Scenario scenario;
    bool header_only = false;
    mutable bool has_graph = false, has_route = false, has_route_choices = false;
    mutable lure::Graph graph;
    mutable std::vector<std::string> route;
    mutable std::vector<int> route_choices;
  };
  std::unique_ptr<Entry> load(const std::string& path, bool header_only);
  std::vector<std::unique_ptr<Entry>> entries_;  // unique_ptr: a Story keeps a pointer to its Scenario
  std::vector<std::string> problems_;
  std::vector<std::unique_ptr<Entry>> retired_;  // replaced by add_scenario, still referenced
};

}  // namespace lureproof
