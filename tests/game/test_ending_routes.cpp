// "Preview this ending": every ending of a story with its class and route, a replay that reaches
// the one asked for (not only the nearest), and open_directly(--screen ending/debrief --ending ID).
#include <doctest/doctest.h>

#include "journey/ending_routes.h"
#include "journey/journey.h"

#include <lure/parser.h>

#include <string>

using namespace lureproof;

namespace {
const std::string kAuPair = std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios/au-pair.lure";

lure::Scenario parse_text(const std::string& text) {
  lure::ParseResult r = lure::parse_scenario(text, "test.lure");
  REQUIRE(r.ok());
  return std::move(r.scenario);
}
}  // namespace

TEST_CASE("every ending is listed with its class; each one's route replays to it") {
  const lure::Scenario s = parse_text(
      "scenario: t\ntitle: T\n"
      "var met = false\n"
      "== start [chat]\nnarrator: Hello.\n* Go left -> left\n* Go right -> right\n"
      "== left [chat]\n~ met = true\nnarrator: Left.\n* Home -> home\n* Stay -> stay\n"
      "== right [chat]\nnarrator: Right.\n* Home -> home\n"
      "== home [narration] ending safe\ndebrief: Home.\n"
      "== stay [narration] ending harmed\ndebrief: Stayed.\n"
      "== never [narration] ending got-help\ndebrief: Never.\n");
  const std::vector<EndingRoute> routes = ending_routes(s);
  REQUIRE(routes.size() == 3);
  CHECK(routes[0].id == "home");
  CHECK(routes[0].ending == lure::EndingClass::Safe);
  CHECK(routes[1].id == "stay");
  CHECK(routes[1].choice_path == std::vector<std::string>{"Go left", "Stay"});
  CHECK_FALSE(routes[2].reachable);
  CHECK(list_endings(routes) == "home (safe), stay (harmed), never (got-help, unreachable)");
  for (const EndingRoute& r : routes) {
    lure::Story story(s);
    std::vector<int> picks;
    std::string error;
    CAPTURE(r.id);
    CHECK(play_to_ending(story, r, picks, error) == r.reachable);
    if (!r.reachable) {
      CHECK(error == "the ending 'never' cannot be reached from the start");
      continue;
    }
    CHECK(story.current().id == r.id);
    CHECK(picks.size() == r.choice_path.size());
  }
  CHECK(find_ending(routes, "nope") == nullptr);
}

TEST_CASE("--screen ending/debrief --ending ID plays to that ending, not the nearest") {
  ScenarioLibrary library;
  REQUIRE(library.add_file(kAuPair) == 0);
  SiteConfig config;
  config.quiz = false;
  Journey journey(library, config);
  const std::vector<EndingRoute> routes = ending_routes(library.scenario(0));
  REQUIRE(routes.size() >= 3);
  for (const EndingRoute& e : routes) {
    for (Screen screen : {Screen::Ending, Screen::Debrief}) {
      Session s;
      journey.open_directly(s, screen, 0, 0.0, e.id);
      CAPTURE(e.id);
      CHECK(s.screen == screen);
      REQUIRE(s.story);
      CHECK(s.story->current().id == e.id);
      CHECK(s.story->ending() == e.ending);
    }
  }
  Session s;
  std::string error;
  journey.open_directly(s, Screen::Ending, 0, 0.0);
  REQUIRE(s.story);
  CHECK_FALSE(journey.autoplay_to_ending(s, "no-such-ending", error));
  CHECK(error.find("no ending 'no-such-ending'; the endings are end_got_help (got-help)") == 0);
}
