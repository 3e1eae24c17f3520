// The malformed-content corpus: every tests/data/malformed-content case names its expected diagnostic
// on its first line (`// expect: LPxxx line:col` in a .lure, `# expect: ...` in a .toml) and must report
// exactly that, checked against the folder's valid sources.toml and facts.toml like `lure validate` does.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/content_register_loader.h"
#include "lure/file_source.h"
#include "lure/parser.h"

using namespace lureproof;

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string dump(const std::vector<lure::Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += lure::format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("malformed-content corpus: each case reports its expected diagnostic at its position") {
  const fs::path dir = fs::path(LURE_TEST_DATA_DIR) / "malformed-content";
  const std::string sources = (dir / "sources.toml").string(), facts = (dir / "facts.toml").string();
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("lp", 0) == 0) cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  CHECK(cases.size() >= 7);
  for (const fs::path& path : cases) {
    const std::string file = path.string();
    CAPTURE(path.filename().string());
    std::ifstream in(path, std::ios::binary);
    std::string first, marker, expect, code, position;
    std::getline(in, first);
    std::istringstream header(first);
    header >> marker >> expect >> code >> position;
    REQUIRE(expect == "expect:");
    const int line = std::stoi(position.substr(0, position.find(':')));
    const int column = std::stoi(position.substr(position.find(':') + 1));

    std::vector<lure::Diagnostic> found;
    if (ends_with(file, ".lure")) {
      ContentRegisterLoad reg = load_content_register(sources, facts);
      lure::DiskFileSource disk;
      lure::ParseResult r = lure::load_scenario(file, disk);
      found = r.diagnostics;
      for (auto& d : lure::check_content_references(r.scenario, reg.reg)) found.push_back(d);
    } else {  // a broken register (*.sources.toml) or facts file (*.facts.toml) beside the valid other one
      const bool is_facts = ends_with(file, ".facts.toml");
      ContentRegisterLoad reg = load_content_register(is_facts ? sources : file, is_facts ? file : facts);
      found = reg.diagnostics;
      for (auto& d : lure::check_content_register(reg.reg)) found.push_back(d);
    }
    bool hit = false;
    for (const auto& d : found) hit = hit || (d.code == code && d.line == line && d.column == column && d.file == file);
    CHECK_MESSAGE(hit, "expected " << code << " at " << line << ":" << column << "\n" << dump(found));
    for (const auto& d : found) CHECK(lure::find_diagnostic_info(d.code) != nullptr);
  }
}

TEST_CASE("the corpus's own register and facts are clean") {
  const fs::path dir = fs::path(LURE_TEST_DATA_DIR) / "malformed-content";
  ContentRegisterLoad reg = load_content_register((dir / "sources.toml").string(), (dir / "facts.toml").string());
  for (auto& d : lure::check_content_register(reg.reg)) reg.diagnostics.push_back(d);
  CHECK_MESSAGE(reg.diagnostics.empty(), dump(reg.diagnostics));
  CHECK(reg.reg.sources.size() == 1);
  CHECK(reg.reg.facts.size() == 1);
}
