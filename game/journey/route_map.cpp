// route_map: the visited nodes from the story's transcript, the roads not taken by a search from
// the targets of the choices the visitor left aside.
#include "journey/route_map.h"

#include <algorithm>
#include <deque>

namespace lureproof {

namespace {

constexpr size_t kGistBytes = 140;

// The first messages of a visited node, speaker first, cut at a word near kGistBytes.
std::string gist_of(const lure::NodeView& view) {
  std::string out;
  for (const lure::LineView& line : view.lines) {
    if (line.text.empty()) continue;
    std::string piece = line.text;
    if (line.comment) piece = line.commenter + ": " + piece;
    else if (line.speaker && line.speaker_id != "narrator") piece = line.speaker->name + ": " + piece;
    out += (out.empty() ? "" : " ") + piece;
    if (out.size() >= kGistBytes) break;
  }
  if (out.size() <= kGistBytes) return out;
  size_t cut = out.rfind(' ', kGistBytes);
  if (cut == std::string::npos || cut < kGistBytes / 2) {
    cut = kGistBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
  }
  return out.substr(0, cut) + "…";
}

int vertex_of(const lure::Graph& g, const std::string& id) {
  for (size_t i = 0; i < g.vertices.size(); ++i)
    if (g.vertices[i].id == id) return int(i);
  return -1;
}

// The endings reachable from `from` along any edge (conditions ignored), nearest first.
std::vector<int> endings_from(const lure::Graph& g, int from) {
  std::vector<int> found;
  std::vector<bool> seen(g.vertices.size(), false);
  std::deque<int> queue{from};
  seen[size_t(from)] = true;
  while (!queue.empty()) {
    const int v = queue.front();
    queue.pop_front();
    if (g.vertices[size_t(v)].ending != lure::EndingClass::None) found.push_back(v);
    for (const lure::GraphEdge& e : g.edges)
      if (e.from == v && e.to >= 0 && !seen[size_t(e.to)]) {
        seen[size_t(e.to)] = true;
        queue.push_back(e.to);
      }
  }
  return found;
}

}  // namespace

RouteMap route_map(const lure::Story& story, const lure::Graph& g) {
  RouteMap map;
  const lure::Scenario& sc = story.scenario();
  const auto& views = story.transcript();
  const auto& choices = story.choices_taken();
  for (size_t i = 0; i < views.size(); ++i) {
    const lure::NodeView& view = views[i];
    RouteStep step;
    step.vertex = vertex_of(g, view.id);
    step.label = step.vertex >= 0 ? g.vertices[size_t(step.vertex)].label : view.id;
    step.gist = gist_of(view);
    // A choice was made here when the next node was entered one choice later.
    const bool chose = i + 1 < views.size() && views[i + 1].step == view.step + 1;
    if (chose && view.step >= 0 && size_t(view.step) < choices.size()) step.choice = choices[size_t(view.step)];
    for (const lure::LineView& line : view.lines)
      for (const std::string& id : line.flags)
        if (const int f = sc.find_flag(id); f >= 0) step.flags.push_back(&sc.flags[size_t(f)]);
    map.steps.push_back(std::move(step));
  }
  // Roads not taken: from the latest step backwards, each choice that leads off the route reaches
  // endings; each ending not reached is reported once, at the latest step where it was still open.
  std::vector<bool> reported(g.vertices.size(), false);
  for (const RouteStep& s : map.steps)
    if (s.vertex >= 0) reported[size_t(s.vertex)] = true;  // visited: not a road not taken
  for (size_t k = map.steps.size(); k-- > 0;) {
    const int v = map.steps[k].vertex;
    if (v < 0) continue;
    const int next = k + 1 < map.steps.size() ? map.steps[k + 1].vertex : -1;
    for (size_t e = 0; e < g.edges.size(); ++e) {
      const lure::GraphEdge& edge = g.edges[e];
      if (edge.from != v || edge.to < 0 || edge.to == next || edge.kind != lure::GraphEdge::Kind::Choice) continue;
      for (int ending : endings_from(g, edge.to)) {
        if (reported[size_t(ending)]) continue;
        reported[size_t(ending)] = true;
        map.roads.push_back({int(k), int(e), edge.label, ending, g.vertices[size_t(ending)].ending});
      }
    }
  }
  std::sort(map.roads.begin(), map.roads.end(), [](const RoadNotTaken& a, const RoadNotTaken& b) {
    return a.step != b.step ? a.step < b.step : a.edge < b.edge;
  });
  return map;
}

}  // namespace lureproof
