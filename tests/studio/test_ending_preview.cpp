// The Studio's "preview this ending": any ending of the open story, not only the nearest one, and a
// message naming the endings when the id is unknown.
#include "studio/ending_preview.h"

#include <doctest/doctest.h>

#include <lure/parser.h>

#include <memory>

using namespace lureproof;

TEST_CASE("an ending preview plays the story to the ending asked for") {
  lure::ParseResult parsed = lure::parse_scenario(
      "scenario: t\ntitle: T\n"
      "flag hurry\n  label: Hurry\n  category: isolation\n  explain: Pressure.\n  action: Wait.\n"
      "== start [chat]\nnarrator: Hello.\n* Quick -> trap\n* Slow -> middle\n"
      "== middle [chat]\nnarrator: Now! #flag:hurry\n* Wait -> safe\n"
      "== trap [narration] ending harmed\ndebrief: Trapped.\n"
      "== safe [narration] ending safe\ndebrief: Safe.\n",
      "t.lure");
  REQUIRE(parsed.ok());
  auto scenario = std::make_shared<const lure::Scenario>(std::move(parsed.scenario));
  EndingPreview preview;
  std::string error;
  REQUIRE(preview.open(scenario, "safe", error));  // the second ending, two choices away
  CHECK(preview.is_open());
  CHECK(preview.story().current().id == "safe");
  CHECK(preview.story().ending() == lure::EndingClass::Safe);
  CHECK(preview.story().current().debrief.size() == 1);
  CHECK(preview.tally().missed == 1);  // the flag on the way, as a visitor who marked nothing
  CHECK(preview.page == EndingPreview::Page::Ending);
  REQUIRE(preview.open(scenario, "trap", error));
  CHECK(preview.story().current().id == "trap");
  CHECK(preview.tally().missed == 0);
  CHECK_FALSE(preview.open(scenario, "elsewhere", error));
  CHECK(error == "no ending 'elsewhere'; the endings are trap (harmed), safe (safe)");
  CHECK_FALSE(preview.is_open());
  preview.close();
  CHECK_FALSE(preview.open(nullptr, "safe", error));
}
