// ScenarioLibrary: loading, ordering and per-scenario caches (graph, shortest route).
#include "journey/scenario_library.h"

#include "journey/ending_routes.h"

#include <lure/story.h>

#include <lure/file_source.h>
#include <lure/parser.h>

#include <algorithm>
#include <filesystem>

namespace lureproof {

std::unique_ptr<ScenarioLibrary::Entry> ScenarioLibrary::load(const std::string& path, bool header_only) {
  lure::DiskFileSource files;
  lure::ParseResult result;
  if (header_only) {  // a header has no node or include to check
    if (const std::optional<std::string> text = files.read(path)) result = lure::parse_scenario(*text, path);
    else
      result.diagnostics.push_back(
          {"LP150", lure::Severity::Error, "scenario file '" + path + "' not found", path, 0, 0, ""});
  } else {
    result = lure::load_scenario(path, files);
  }
  if (!result.ok()) {
    std::string message = path + ": not loaded";
    for (const lure::Diagnostic& d : result.diagnostics)
      if (d.severity == lure::Severity::Error) {
        message += "\n  " + lure::format_diagnostic(d);
        break;
      }
    problems_.push_back(message);
    return nullptr;
  }
  auto entry = std::make_unique<Entry>();
  entry->path = path;
  entry->header_only = header_only;
  entry->scenario = std::move(result.scenario);
  // An avatar path is relative to the file that defines the character (docs/scenario-format.md);
  // the game resolves avatars from the main file's folder, so re-anchor those from included files.
  namespace fs = std::filesystem;
  const lure::Scenario& sc = entry->scenario;
  const fs::path main_dir = fs::path(sc.file_name({})).parent_path();
  for (lure::Character& c : entry->scenario.characters) {
    if (c.avatar.empty() || c.avatar[0] == '/' || c.avatar_loc.file <= 0) continue;
    const fs::path defining_dir = fs::path(sc.file_name(c.avatar_loc)).parent_path();
    const fs::path relative = defining_dir.lexically_relative(main_dir);
    if (!relative.empty() && relative != ".") c.avatar = (relative / c.avatar).lexically_normal().generic_string();
  }
  return entry;
}

void ScenarioLibrary::load_directory(const std::string& dir, const std::vector<std::string>& enabled,
                                     bool headers_only) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ".lure") paths.push_back(it->path().string());
  if (ec) problems_.push_back(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  std::vector<std::unique_ptr<Entry>> loaded;
  for (const std::string& p : paths)
    if (auto e = load(p, headers_only)) loaded.push_back(std::move(e));
  if (enabled.empty()) {
    for (auto& e : loaded) entries_.push_back(std::move(e));
    return;
  }
  for (const std::string& id : enabled)
    for (auto& e : loaded)
      if (e && e->scenario.header.id == id) entries_.push_back(std::move(e));
}

int ScenarioLibrary::add_file(const std::string& path, bool headers_only) {
  auto e = load(path, headers_only);
  if (!e) return -1;
  const std::string id = e->scenario.header.id;
  entries_.erase(std::remove_if(entries_.begin(), entries_.end(),
                                [&](const auto& other) { return other->scenario.header.id == id; }),
                 entries_.end());
  entries_.insert(entries_.begin(), std::move(e));
  return 0;
}

bool ScenarioLibrary::load_whole(int i) {
  Entry& e = *entries_[size_t(i)];
  if (!e.header_only) return true;
  std::unique_ptr<Entry> loaded = load(e.path, false);
  if (!loaded) return false;
  e.scenario = std::move(loaded->scenario);
  e.header_only = false;
  e.has_graph = e.has_route = e.has_route_choices = false;
  return true;
}

int ScenarioLibrary::add_scenario(std::string path, lure::Scenario scenario) {
  auto e = std::make_unique<Entry>();
  e->path = std::move(path);
  e->scenario = std::move(scenario);
  for (auto it = entries_.begin(); it != entries_.end();) {
    if ((*it)->scenario.header.id == e->scenario.header.id) {
      retired_.push_back(std::move(*it));
      it = entries_.erase(it);
    } else {
      ++it;
    }
  }
  entries_.insert(entries_.begin(), std::move(e));
  return 0;
}

int ScenarioLibrary::find(const std::string& id) const {
  for (int i = 0; i < size(); ++i)
    if (scenario(i).header.id == id) return i;
  return -1;
}

std::vector<int> ScenarioLibrary::for_language(const std::string& language) const {
  std::vector<int> matching, all;
  for (int i = 0; i < size(); ++i) {
    all.push_back(i);
    if (scenario(i).header.language == language) matching.push_back(i);
  }
  return matching.empty() ? all : matching;
}

const lure::Graph& ScenarioLibrary::graph(int i) const {
  const Entry& e = *entries_[size_t(i)];
  if (!e.has_graph) {
    e.graph = lure::graph_of(e.scenario);
    e.has_graph = true;
  }
  return e.graph;
}

const std::vector<int>& ScenarioLibrary::shortest_route_choices(int i) const {
  const Entry& e = *entries_[size_t(i)];
  if (!e.has_route_choices) {
    // Replay the route's texts on the source scenario and note which choice each one is.
    lure::Story story(e.scenario);
    story.start(0);
    for (const std::string& text : shortest_route(i)) {
      const int pick = story.is_ended() ? -1 : find_choice(story, text);
      if (pick < 0) break;
      e.route_choices.push_back(story.choices()[size_t(pick)].choice_index);
      if (!story.choose(size_t(pick))) break;
    }
    e.has_route_choices = true;
  }
  return e.route_choices;
}

const std::vector<std::string>& ScenarioLibrary::shortest_route(int i) const {
  const Entry& e = *entries_[size_t(i)];
  if (!e.has_route) {
    lure::ExploreLimits limits;
    limits.max_states = 20000;
    lure::CoverageReport report = lure::explore(e.scenario, limits);
    const lure::EndingReached* best = nullptr;
    for (const lure::EndingReached& r : report.endings)
      if (!best || r.choice_path.size() < best->choice_path.size()) best = &r;
    if (best) e.route = best->choice_path;
    e.has_route = true;
  }
  return e.route;
}

}  // namespace lureproof
