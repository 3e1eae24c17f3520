// The visitor's journey without a window: every bundled scenario from attract to help and back,
// with the statistics events it raises; marks (spotted / wrong), missed flags, resets.
#include <doctest/doctest.h>

#include "journey/flag_tally.h"
#include "journey/display_text.h"
#include "journey/journey.h"

#include <string>
#include <vector>

using namespace lureproof;

namespace {

struct Recorder : SessionEvents {
  std::vector<std::string> log;
  void session_started() override { log.push_back("started"); }
  void language_chosen(const std::string& c) override { log.push_back("language " + c); }
  void scenario_started(const std::string& id) override { log.push_back("scenario " + id); }
  void ending_reached(const std::string&, lure::EndingClass e) override {
    log.push_back(std::string("ending ") + lure::ending_class_name(e));
  }
  void red_flag(const std::string&, const std::string& f, FlagOutcome o) override {
    log.push_back(std::string(o == FlagOutcome::Spotted  ? "spotted "
                              : o == FlagOutcome::Missed ? "missed "
                                                         : "wrong ") +
                  f);
  }
  void session_ended(double, bool completed) override { log.push_back(completed ? "ended" : "reset"); }
  void check_chosen(const std::string& scenario, const std::string& check) override {
    log.push_back("check " + scenario + " " + check);
  }
  int count(const std::string& prefix) const {
    int n = 0;
    for (const std::string& l : log) n += l.rfind(prefix, 0) == 0 ? 1 : 0;
    return n;
  }
};

const std::string kScenarios = std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios";

SiteConfig test_config() {
  SiteConfig c;
  c.languages = {"en", "ro"};
  c.quiz = false;
  return c;
}

}  // namespace

TEST_CASE("every bundled scenario plays from attract to help and back") {
  ScenarioLibrary library;
  library.load_directory(kScenarios, {});
  CHECK(library.problems().empty());
  REQUIRE(library.size() >= 5);
  const SiteConfig config = test_config();
  for (int i = 0; i < library.size(); ++i) {
    CAPTURE(library.scenario(i).header.id);
    Journey journey(library, config);
    Recorder rec;
    journey.add_observer(&rec);
    Session s;
    double now = 0;
    journey.touch_start(s, now += 1);
    CHECK(s.screen == Screen::Language);
    journey.choose_language(s, "en", now += 1);
    CHECK(s.screen == Screen::ContentNote);
    journey.accept_content_note(s, now += 1);
    CHECK(s.screen == Screen::Stories);
    REQUIRE(journey.start_scenario(s, i, now += 1));
    CHECK(s.screen == Screen::Play);
    // Mark the first message of the first step, then follow the shortest route.
    journey.skip_reveal(s);
    journey.mark(s, 0, 0, now);
    REQUIRE(s.marks.size() == 1);
    journey.autoplay_shortest(s);
    REQUIRE(s.story->is_ended());
    journey.finish_play(s, now += 1);
    CHECK(s.screen == Screen::Ending);
    const FlagTally tally = tally_flags(*s.story, s.marks);
    CHECK(tally.spotted + tally.missed == int(s.story->flags_seen().size()));
    CHECK(rec.count("missed ") == tally.missed);
    CHECK(rec.count("spotted ") + rec.count("wrong ") >= 1);
    journey.to_debrief(s, now += 1);
    journey.to_help(s, now += 1);
    CHECK(s.screen == Screen::Check);  // "What would you check?" comes before the help screen
    journey.choose_check(s, 3, now += 1);
    journey.choose_check(s, 0, now += 1);  // the first answer stands
    CHECK(s.check_choice == 3);
    CHECK(rec.count("check " + library.scenario(i).header.id + " contract-language") == 1);
    journey.check_done(s, now += 1);
    CHECK(s.screen == Screen::Help);
    journey.go_back(s, now += 1);  // Help -> debrief -> help again: the step is not asked twice
    journey.to_help(s, now += 1);
    CHECK(s.screen == Screen::Help);
    journey.finish(s, now += 1);
    CHECK(s.screen == Screen::Attract);
    CHECK_FALSE(s.story.has_value());
    CHECK(rec.log.front() == "started");
    CHECK(rec.count("ending ") == 1);
    CHECK(rec.log.back() == "ended");
  }
}

TEST_CASE("a kiosk reset replaces the whole session, settings included") {
  ScenarioLibrary library;
  library.load_directory(kScenarios, {});
  const SiteConfig config = test_config();
  Journey journey(library, config);
  Recorder rec;
  journey.add_observer(&rec);
  Session s;
  journey.touch_start(s, 1);
  journey.choose_language(s, "ro", 2);
  s.settings.text_size = 2.f;
  s.settings.high_contrast = true;
  journey.accept_content_note(s, 3);
  journey.start_scenario(s, 0, 4);
  journey.reset(s, 50);
  CHECK(s.screen == Screen::Attract);
  CHECK(s.language.empty());
  CHECK(s.settings == Settings{});
  CHECK(s.marks.empty());
  CHECK(rec.log.back() == "reset");
}

TEST_CASE("one language skips the picker; a wrong mark is told gently and counted") {
  ScenarioLibrary library;
  library.load_directory(kScenarios, {});
  SiteConfig config = test_config();
  config.languages = {"en"};
  Journey journey(library, config);
  Recorder rec;
  journey.add_observer(&rec);
  Session s;
  journey.touch_start(s, 1);
  CHECK(s.screen == Screen::ContentNote);
  journey.accept_content_note(s, 2);
  journey.start_scenario(s, library.find("dream-job"), 3);
  journey.skip_reveal(s);
  // Find a line without a red flag and one with.
  const auto& first = s.story->transcript().front();
  int plain = -1, flagged = -1;
  for (int l = 0; l < int(first.lines.size()); ++l) (first.lines[size_t(l)].flags.empty() ? plain : flagged) = l;
  REQUIRE(plain >= 0);
  REQUIRE(flagged >= 0);
  journey.mark(s, 0, plain, 4);
  journey.mark(s, 0, flagged, 5);
  journey.mark(s, 0, flagged, 6);  // a second tap on the same message changes nothing
  REQUIRE(s.marks.size() == 2);
  CHECK_FALSE(find_mark(s.marks, 0, plain)->correct);
  CHECK(find_mark(s.marks, 0, flagged)->correct);
  CHECK(rec.count("wrong") == 1);
  CHECK(rec.count("spotted ") == int(first.lines[size_t(flagged)].flags.size()));
}

TEST_CASE("paced reveal: delay, typing indicator, skip") {
  Reveal r;
  r.start(2, {{500, 0, 0}, {0, 1000, 0}});
  CHECK(r.visible() == 2);
  r.advance(0.4);
  CHECK(r.visible() == 2);
  r.advance(0.2);
  CHECK(r.visible() == 3);
  r.advance(0.75);  // default gap 0.7 s passed: the typing indicator shows now
  CHECK(r.typing());
  CHECK(r.visible() == 3);
  r.skip();
  CHECK(r.done());
  CHECK(r.visible() == 4);
  CHECK_FALSE(r.typing());
}

TEST_CASE("text the fonts cannot show is dropped, without gluing words together") {
  CHECK(displayable("Hi dear \xF0\x9F\x98\x8A yes") == "Hi dear yes");
  CHECK(displayable("boys, 7 & 9 \xE2\x9A\xBD 600 \xE2\x82\xAC") == "boys, 7 & 9 – 600 €");
  CHECK(displayable("PAID \xF0\x9F\xA7\xBF!") == "PAID!");  // U+1F9FF: in no content, so no glyph
  CHECK(displayable("Hi! \xF0\x9F\x98\x8A We're hiring") == "Hi! We're hiring");
}

TEST_CASE("French keeps its space before ! ? : ; also next to a removed emoji") {
  CHECK(displayable("\xC3\x87"
                    "a t'int\xC3\xA9resse ?") ==
        "\xC3\x87"
        "a t'int\xC3\xA9resse ?");
  CHECK(displayable("Salut ! \xF0\x9F\x98\x8A On recrute : 5 \xE2\x82\xAC ; pay\xC3\xA9 aujourd'hui.") ==
        "Salut ! On recrute : 5 \xE2\x82\xAC ; pay\xC3\xA9 aujourd'hui.");
  CHECK(displayable("G\xC3\xA9nial \xF0\x9F\x8E\x89 !") == "G\xC3\xA9nial !");
  CHECK(displayable("Places jusqu'\xC3\xA0 vendredi \xF0\x9F\xA7\xBF?") == "Places jusqu'\xC3\xA0 vendredi?");
}

TEST_CASE("the check step: Back returns to the debrief, Skip counts nothing, off in the config means no step") {
  ScenarioLibrary library;
  library.load_directory(kScenarios, {});
  REQUIRE(library.size() >= 1);
  SiteConfig config = test_config();
  Journey journey(library, config);
  Recorder rec;
  journey.add_observer(&rec);
  CHECK(journey.check_ids() == std::vector<std::string>{"agency-register", "labour-inspectorate", "embassy",
                                                        "contract-language", "trusted-person", "none"});
  Session s;
  double now = 0;
  journey.open_directly(s, Screen::Check, 0, now);
  CHECK(s.screen == Screen::Check);
  journey.go_back(s, now += 1);
  CHECK(s.screen == Screen::Debrief);
  journey.to_help(s, now += 1);
  CHECK(s.screen == Screen::Check);
  journey.choose_check(s, 99, now += 1);  // out of range: ignored
  CHECK(s.check_choice == -1);
  journey.check_done(s, now += 1);  // skipped
  CHECK(s.screen == Screen::Help);
  CHECK(rec.count("check ") == 0);

  config.check_step = false;
  Session t;
  journey.open_directly(t, Screen::Debrief, 0, now);
  journey.to_help(t, now += 1);
  CHECK(t.screen == Screen::Help);
}

TEST_CASE("the quiz is planned for the story chosen: its own cards are never dealt") {
  ScenarioLibrary library;
  library.load_directory(kScenarios, {});
  REQUIRE(library.size() >= 2);
  const std::string played = library.scenario(0).header.id;
  std::vector<QuizCard> cards;
  for (int i = 0; i < 12; ++i) {
    QuizCard c;
    c.id = "t" + std::to_string(i);
    c.legit = i % 2 == 0;
    c.scenario = i < 6 ? played : (i < 8 ? library.scenario(1).header.id : "");
    cards.push_back(c);
  }
  SiteConfig config = test_config();
  config.quiz = true;
  config.quiz_cards = 2;
  Journey journey(library, config);
  journey.set_quiz(&cards, 1);
  int other_story_cards = 0;
  for (int visit = 0; visit < 200; ++visit) {
    Session s;
    journey.touch_start(s, 1);
    journey.choose_language(s, "en", 2);
    journey.accept_content_note(s, 3);
    REQUIRE(journey.start_scenario(s, 0, 4));
    REQUIRE(s.quiz.active());
    CHECK(s.screen == Screen::QuizPre);
    for (const std::vector<int>* test : {&s.quiz.plan.pre, &s.quiz.plan.post})
      for (int i : *test) {
        CHECK(cards[size_t(i)].scenario != played);
        other_story_cards += cards[size_t(i)].scenario.empty() ? 0 : 1;
      }
  }
  CHECK(other_story_cards > 0);  // another story's cards are fair game
}
