// The privacy proof for issue 6: a visitor plays (language, settings, quiz answers, story, marks),
// walks away, the idle timer expires and the app resets: the Session is then equal, field by field,
// to a fresh one, and the statistics observer keeps nothing of the visit either.
#include <doctest/doctest.h>

#include "journey/feed.h"
#include "journey/journey.h"
#include "journey/scenario_library.h"
#include "kiosk/idle_timer.h"
#include "kiosk/session_check.h"
#include "kiosk/stats_observer.h"

using namespace lureproof;

TEST_CASE("an idle reset leaves nothing of the previous visitor") {
  SiteConfig config;
  config.languages = {"en", "ro"};
  ScenarioLibrary library;
  library.load_directory(std::string(KIOSK_ASSETS) + "/scenarios", {});
  REQUIRE(library.size() > 0);
  Journey journey(library, config);
  std::vector<SessionSummary> counted;
  StatsObserver observer([&](const SessionSummary& v) { counted.push_back(v); });
  journey.add_observer(&observer);
  IdleTimer idle(config.idle_timeout_s, config.idle_countdown_s);

  Session s;
  CHECK(session_leftovers(s).empty());
  double now = 10;
  journey.touch_start(s, now);
  idle.arm(now);
  journey.choose_language(s, "ro", now += 2);
  s.settings.text_size = 2.f;
  s.settings.high_contrast = true;
  s.settings.reduced_motion = true;
  s.settings.sound = false;
  s.settings.read_aloud = true;  // the speaker button
  s.settings.read_aloud_chosen = true;
  s.settings_open = true;
  s.quiz.trust = 4;  // a quiz card half answered
  s.quiz.action = 1;
  journey.accept_content_note(s, now += 3);
  REQUIRE(journey.start_scenario(s, 0, now += 2));
  journey.skip_reveal(s);
  const auto feed = feed_of(*s.story);
  REQUIRE_FALSE(feed.empty());
  journey.mark(s, feed[0].node, feed[0].line, now += 1);
  if (!s.story->choices().empty()) journey.choose(s, 0, now += 4);
  idle.input(now);
  CHECK(session_leftovers(s).size() >= 9);  // the visitor left traces everywhere

  // The visitor walks away: warning, countdown, expiry, reset.
  CHECK(idle.update(now + config.idle_timeout_s) == IdleTimer::Phase::Warning);
  CHECK(idle.seconds_left() == config.idle_countdown_s);
  now += config.idle_timeout_s + config.idle_countdown_s;
  REQUIRE(idle.update(now) == IdleTimer::Phase::Expired);
  journey.reset(s, now);

  const std::vector<std::string> left = session_leftovers(s);
  for (const std::string& field : left) MESSAGE("left behind: " << field);
  CHECK(left.empty());
  REQUIRE(counted.size() == 1);
  CHECK(counted[0].language == "ro");
  CHECK_FALSE(counted[0].completed);
  CHECK(counted[0].ending == "none");

  // The next visitor starts from the defaults and is counted on its own.
  journey.touch_start(s, now += 5);
  CHECK(s.settings == Settings{});
  CHECK(s.marks.empty());
  journey.reset(s, now += 1);
  REQUIRE(counted.size() == 2);
  CHECK(counted[1].language.empty());  // two languages: the picker was still open
  CHECK(counted[1].scenario.empty());
}
