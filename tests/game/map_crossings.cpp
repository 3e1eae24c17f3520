// Edge crossings of the debrief map, before and after it moved to the engine's layered layout: the
// old layout (one barycentre pass, kept here as the baseline) against lure::layout_layered as
// `lure graph` lays it out, for every shipped scenario: crossings counted by lure::count_crossings,
// and edges drawn through a node they do not join.
#include "graph_map.h"

#include <lure/file_source.h>
#include <lure/graph_layout.h>
#include <lure/parser.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

namespace {

// The debrief's and the Studio's layout until the layered layout replaced it (game/ui/graph_view.cpp
// before commit "Debrief and Studio maps drawn from lure::layout_layered"): layer = shortest distance
// from the start, one barycentre pass per layer; positions in 0..1 of the area.
std::vector<lure::LayoutPoint> old_layout(const lure::Graph& g, bool vertical) {
  const int n = int(g.vertices.size());
  std::vector<int> layer(static_cast<size_t>(n), -1);
  std::deque<int> queue;
  for (int i = 0; i < n; ++i)
    if (g.vertices[size_t(i)].is_start) {
      layer[size_t(i)] = 0;
      queue.push_back(i);
    }
  if (queue.empty() && n > 0) {
    layer[0] = 0;
    queue.push_back(0);
  }
  while (!queue.empty()) {
    const int v = queue.front();
    queue.pop_front();
    for (const lure::GraphEdge& e : g.edges)
      if (e.from == v && e.to >= 0 && layer[size_t(e.to)] < 0) {
        layer[size_t(e.to)] = layer[size_t(v)] + 1;
        queue.push_back(e.to);
      }
  }
  int max_layer = 0;
  for (int& l : layer) max_layer = std::max(max_layer, l);
  for (int& l : layer)
    if (l < 0) l = ++max_layer;
  const int layers = max_layer + 1;
  std::vector<float> order(static_cast<size_t>(n), 0.f);
  std::vector<std::vector<int>> by_layer(static_cast<size_t>(layers));
  for (int i = 0; i < n; ++i) by_layer[size_t(layer[size_t(i)])].push_back(i);
  for (auto& members : by_layer) {
    for (int v : members) {
      float sum = 0.f;
      int count = 0;
      for (const lure::GraphEdge& e : g.edges)
        if (e.to == v && e.from >= 0 && layer[size_t(e.from)] < layer[size_t(v)]) {
          sum += order[size_t(e.from)];
          ++count;
        }
      order[size_t(v)] = count ? sum / float(count) : 0.5f;
    }
    std::stable_sort(members.begin(), members.end(), [&](int a, int b) { return order[size_t(a)] < order[size_t(b)]; });
    for (size_t k = 0; k < members.size(); ++k) order[size_t(members[k])] = (float(k) + 0.5f) / float(members.size());
  }
  std::vector<lure::LayoutPoint> out(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const float along = layers > 1 ? float(layer[size_t(i)]) / float(layers - 1) : 0.5f;
    const float across = order[size_t(i)];
    out[size_t(i)] = vertical ? lure::LayoutPoint{across, along} : lure::LayoutPoint{along, across};
  }
  return out;
}

// The old map's edges as it drew them: cubic Béziers (24 segments) between the marks, in an area
// of `w` x `h` points with the old 26-point margin.
std::vector<std::vector<lure::LayoutPoint>> old_paths(const lure::Graph& g, float w, float h,
                                                      std::vector<lure::LayoutPoint>& centres) {
  const bool vertical = h > w * 1.2f;  // the old rule: the area's shape, not the screen's
  const std::vector<lure::LayoutPoint> pos = old_layout(g, vertical);
  const float m = 26.f;
  auto at = [&](int v) {
    return lure::LayoutPoint{m + pos[size_t(v)].x * (w - 2 * m), m + pos[size_t(v)].y * (h - 2 * m)};
  };
  centres.clear();
  for (size_t v = 0; v < g.vertices.size(); ++v) centres.push_back(at(int(v)));
  std::vector<std::vector<lure::LayoutPoint>> paths;
  for (const lure::GraphEdge& e : g.edges) {
    if (e.from < 0 || e.to < 0 || e.from == e.to) continue;
    const lure::LayoutPoint a = at(e.from), b = at(e.to);
    const bool v = std::abs(b.y - a.y) > std::abs(b.x - a.x);
    const lure::LayoutPoint c1 =
        v ? lure::LayoutPoint{a.x, (a.y + b.y) * 0.5f} : lure::LayoutPoint{(a.x + b.x) * 0.5f, a.y};
    const lure::LayoutPoint c2 =
        v ? lure::LayoutPoint{b.x, (a.y + b.y) * 0.5f} : lure::LayoutPoint{(a.x + b.x) * 0.5f, b.y};
    std::vector<lure::LayoutPoint> path;
    for (int k = 0; k <= 24; ++k) {
      const float t = float(k) / 24.f, u = 1.f - t;
      const float a0 = u * u * u, a1 = 3 * u * u * t, a2 = 3 * u * t * t, a3 = t * t * t;
      path.push_back({a0 * a.x + a1 * c1.x + a2 * c2.x + a3 * b.x, a0 * a.y + a1 * c1.y + a2 * c2.y + a3 * b.y});
    }
    paths.push_back(std::move(path));
  }
  return paths;
}

// Edges drawn through a node they do not join: path segments passing within `r` of another mark.
int through_marks(const lure::Graph& g, const std::vector<std::vector<lure::LayoutPoint>>& paths,
                  const std::vector<lure::LayoutPoint>& centres, float r) {
  int n = 0;
  size_t path = 0;
  for (const lure::GraphEdge& e : g.edges) {
    if (e.from < 0 || e.to < 0 || e.from == e.to) continue;
    const auto& pts = paths[path++];
    for (size_t v = 0; v < centres.size(); ++v) {
      if (int(v) == e.from || int(v) == e.to) continue;
      bool hit = false;
      for (size_t k = 0; k + 1 < pts.size() && !hit; ++k) {
        const lure::LayoutPoint a = pts[k], b = pts[k + 1], c = centres[v];
        const float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const float t = len2 > 0 ? std::clamp(((c.x - a.x) * dx + (c.y - a.y) * dy) / len2, 0.f, 1.f) : 0.f;
        const float px = a.x + t * dx - c.x, py = a.y + t * dy - c.y;
        hit = px * px + py * py < r * r;
      }
      n += hit;
    }
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: map_crossings SCENARIO_DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
    if (entry.path().extension() == ".lure") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  // The map card's drawing area in the debrief (points): beside the flag list at 1280x800, above it
  // at 390x844.
  struct Screen {
    const char* name;
    bool portrait;
    float map_w, map_h;
  };
  const Screen screens[] = {{"1280x800", false, 568.f, 600.f}, {"390x844", true, 358.f, 180.f}};
  std::printf(
      "| scenario | screen | nodes | edges | crossings, old layout | crossings, layered | edges through a mark, old | edges through a mark, layered |\n"
      "|---|---|--:|--:|--:|--:|--:|--:|\n");
  int old_total = 0, new_total = 0, old_through = 0, new_through = 0;
  for (const auto& file : files) {
    lure::DiskFileSource disk;
    const lure::ParseResult loaded = lure::load_scenario(file.string(), disk);
    if (loaded.scenario.nodes.empty()) {
      std::fprintf(stderr, "%s: no nodes\n", file.string().c_str());
      return 1;
    }
    for (const Screen& s : screens) {
      const cli::ScenarioMap map = cli::map_scenario(loaded.scenario, s.portrait);
      std::vector<lure::LayoutPoint> old_centres;
      const auto before_paths = old_paths(map.graph, s.map_w, s.map_h, old_centres);
      const int before = lure::count_crossings(before_paths);
      const int after = lure::count_crossings(map.layout.edge_paths);
      std::vector<std::vector<lure::LayoutPoint>> after_paths;  // in the same order as old_paths
      for (size_t e = 0; e < map.graph.edges.size(); ++e)
        if (map.graph.edges[e].from >= 0 && map.graph.edges[e].to >= 0 &&
            map.graph.edges[e].from != map.graph.edges[e].to)
          after_paths.push_back(map.layout.edge_paths[e]);
      const float r = lure::LayoutSettings{}.node_size * 0.5f;
      const int before_through = through_marks(map.graph, before_paths, old_centres, r);
      const int after_through = through_marks(map.graph, after_paths, map.layout.centres, r);
      old_total += before;
      new_total += after;
      old_through += before_through;
      new_through += after_through;
      std::printf("| %s | %s | %zu | %zu | %d | %d | %d | %d |\n", loaded.scenario.header.id.c_str(), s.name,
                  map.graph.vertices.size(), map.graph.edges.size(), before, after, before_through, after_through);
    }
  }
  std::printf("| all | both | | | %d | %d | %d | %d |\n", old_total, new_total, old_through, new_through);
  return 0;
}
