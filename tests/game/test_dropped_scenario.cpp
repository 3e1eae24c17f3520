// The educators' drop-a-file preview without a browser: broken, valid, Twee, unknown and missing
// files give the right report (positions included) and never crash; a valid drop replaces a
// scenario with the same id while the old one stays alive, and the preview starts on its play screen.
#include <doctest/doctest.h>

#include "journey/dropped_scenario.h"
#include "journey/journey.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace lureproof;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "lureproof-drop-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path) << text;
  return path;
}

bool has_line_starting(const DroppedScenario& d, const std::string& prefix) {
  for (const std::string& l : d.report)
    if (l.rfind(prefix, 0) == 0) return true;
  return false;
}

const std::string kData = std::string(LUREPROOF_SOURCE_DIR) + "/tests/data";

}  // namespace

TEST_CASE("a broken .lure file is reported with every position and not loaded") {
  const std::string path = write_temp("broken.lure",
                                      "scenario: broken\ntitle: Broken\nlanguage: en\n\n== start [chat]\nana: Hello\n"
                                      "-> nowhere\n* [Go] -> missing_node\n");
  const DroppedScenario d = load_dropped_scenario(path);
  CHECK(d.name == "broken.lure");
  CHECK_FALSE(d.scenario.has_value());
  CHECK(has_line_starting(d, "broken.lure:7:4: error LP200: node 'nowhere' does not exist"));
  CHECK(has_line_starting(d, "broken.lure:8:11: error LP200: node 'missing_node' does not exist"));
  CHECK(has_line_starting(d, "broken.lure:6:1: error LP217"));
}

TEST_CASE("a valid .lure file loads with its warnings; unknown and missing files only report") {
  const DroppedScenario ok = load_dropped_scenario(kData + "/scenarios/small_branching.lure");
  REQUIRE(ok.scenario.has_value());
  CHECK(ok.scenario->header.id == "small");
  for (const std::string& l : ok.report) CHECK(l.find(": error ") == std::string::npos);

  const DroppedScenario other = load_dropped_scenario(write_temp("notes.txt", "hello"));
  CHECK_FALSE(other.scenario.has_value());
  REQUIRE(other.report.size() == 1);
  CHECK(other.report[0].rfind("notes.txt: error", 0) == 0);

  CHECK_FALSE(load_dropped_scenario("/nonexistent/dir/gone.lure").scenario.has_value());
  CHECK_FALSE(load_dropped_scenario("/nonexistent/dir/gone.twee").scenario.has_value());
  CHECK_FALSE(load_dropped_scenario(write_temp("empty.twee", "")).scenario.has_value());
}

TEST_CASE("a Twee 3 file is imported, checked and loaded, its warnings pointing into the Twee file") {
  const DroppedScenario d = load_dropped_scenario(kData + "/twee/offer.twee");
  REQUIRE(d.scenario.has_value());
  CHECK(d.scenario->header.title == "The Offer");
  CHECK(has_line_starting(d, "offer.twee:"));
}

TEST_CASE("a Twee file whose condition or link macro the importer kept out is not played") {
  const DroppedScenario d = load_dropped_scenario(
      write_temp("cond.twee", ":: Start\n<<if visited(\"Start\") gt 1>>You told her.<</if>>\n[[End]]\n:: End\nBye.\n"));
  CHECK_FALSE(d.scenario.has_value());
  CHECK(has_line_starting(d, "cond.twee:2:1: error LP411"));
}

TEST_CASE("a previewed scenario replaces its namesake, keeps it alive and starts on the play screen") {
  ScenarioLibrary library;
  library.load_directory(std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios", {});
  REQUIRE(library.size() >= 2);
  SiteConfig config;  // the quiz is on by default: a preview skips it
  Journey journey(library, config);
  Session s;
  s.settings.text_size = 1.5f;
  REQUIRE(journey.start_scenario(s, 1, 1.0));
  const lure::Scenario* before = &s.story->scenario();
  const std::string id = library.scenario(1).header.id;
  const int count = library.size();

  DroppedScenario d = load_dropped_scenario(library.path(1));
  REQUIRE(d.scenario.has_value());
  d.scenario->header.title = "Edited copy";
  library.add_scenario("/preview/copy.lure", std::move(*d.scenario));
  CHECK(library.size() == count);
  CHECK(library.scenario(0).header.id == id);
  CHECK(before->header.id == id);  // the replaced scenario is still alive for the old story
  journey.start_preview(s, 0, 2.0);
  CHECK(s.screen == Screen::Play);
  CHECK(s.story->scenario().header.title == "Edited copy");
  CHECK(s.language == "en");
  CHECK(s.settings.text_size == doctest::Approx(1.5f));
}
