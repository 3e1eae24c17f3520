// `lure graph` and the debrief map read the same graph: for every bundled scenario, the edges in the
// CLI's DOT output are, in order, the edges of ScenarioLibrary::graph() (what the debrief draws),
// with the same kind (dotted fallback, dashed conditional, bold divert).
#include <doctest/doctest.h>

#include "journey/scenario_library.h"

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

using namespace lureproof;

namespace {

std::string run(const std::string& command) {
  std::string out;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

// The text between the quotes starting at `at` (DOT escapes \" and \\).
std::string quoted_at(const std::string& line, std::size_t& at) {
  std::string s;
  for (++at; at < line.size() && line[at] != '"'; ++at) {
    if (line[at] == '\\' && at + 1 < line.size()) ++at;
    s += line[at];
  }
  ++at;
  return s;
}

// "from -> to style" for every edge line of the DOT text but the start marker's.
std::vector<std::string> dot_edges(const std::string& dot) {
  std::vector<std::string> edges;
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) {
    std::size_t at = line.find('"');
    if (at == std::string::npos || line.find("\" -> \"") == std::string::npos) continue;
    const std::string from = quoted_at(line, at);
    if (from == "__start") continue;
    at = line.find('"', at);
    std::string to = quoted_at(line, at);
    if (to.rfind("missing:", 0) == 0) to = "?" + to.substr(8);
    const char* style = line.find("style=dotted") != std::string::npos   ? "fallback"
                        : line.find("style=dashed") != std::string::npos ? "conditional"
                        : line.find("style=bold") != std::string::npos   ? "divert"
                                                                         : "choice";
    edges.push_back(from + " -> " + to + " " + style);
  }
  return edges;
}

std::vector<std::string> library_edges(const lure::Graph& g) {
  std::vector<std::string> edges;
  for (const lure::GraphEdge& e : g.edges) {
    const std::string to = e.to >= 0 ? g.vertices[size_t(e.to)].id : "?" + e.target;
    const char* style = e.kind == lure::GraphEdge::Kind::Fallback ? "fallback"
                        : e.conditional()                         ? "conditional"
                        : e.kind == lure::GraphEdge::Kind::Divert ? "divert"
                                                                  : "choice";
    edges.push_back(g.vertices[size_t(e.from)].id + " -> " + to + " " + style);
  }
  return edges;
}

}  // namespace

TEST_CASE("lure graph draws the edges the debrief map reads, for every bundled scenario") {
  ScenarioLibrary library;
  library.load_directory(std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios", {});
  REQUIRE(library.size() >= 5);
  for (int i = 0; i < library.size(); ++i) {
    CAPTURE(library.path(i));
    const std::vector<std::string> cli =
        dot_edges(run(std::string("'") + LURE_CLI + "' graph '" + library.path(i) + "'"));
    const std::vector<std::string> debrief = library_edges(library.graph(i));
    CHECK(cli.size() > 5);
    CHECK(cli == debrief);
  }
}
