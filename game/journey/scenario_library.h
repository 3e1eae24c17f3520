// The scenarios a visitor can pick: loaded once from assets/scenarios (or --scenario), in the
// operator's order, with cached graphs and shortest routes for the debrief map and for tests.
#pragma once

#include <lure/coverage.h>
#include <lure/diagnostics.h>
#include <lure/graph.h>
#include <lure/scenario.h>

#include <memory>
#include <string>
#include <vector>

class ScenarioLibrary {
 public:
  // Loads every *.lure directly inside `dir`. `enabled` (scenario ids) filters and orders them;
  // empty = all, sorted by file name. Files with errors are skipped with a message in `problems`.
  void load_directory(const std::string& dir, const std::vector<std::string>& enabled);
  // Loads one file (e.g. --scenario) and puts it first. Returns its index or -1.
  int add_file(const std::string& path);
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
    mutable bool has_graph = false, has_route = false, has_route_choices = false;
    mutable lure::Graph graph;
    mutable std::vector<std::string> route;
    mutable std::vector<int> route_choices;
  };
  std::unique_ptr<Entry> load(const std::string& path);
  std::vector<std::unique_ptr<Entry>> entries_;  // unique_ptr: a Story keeps a pointer to its Scenario
  std::vector<std::string> problems_;
  std::vector<std::unique_ptr<Entry>> retired_;  // replaced by add_scenario, still referenced
};
