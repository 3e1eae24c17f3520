// One phone feed (issue #22): the play screen and the Studio's preview draw the same feed for the
// same story state (the same messages and speakers, the same mark feedback, names above bubbles by
// the same rule), for every bundled story along its first choices, with the newest message marked.
#include "headless_ui.h"
#include "journey/feed.h"
#include "journey/flag_tally.h"
#include "journey/reveal.h"
#include "screens/play_screen.h"
#include "studio/phone_preview.h"

#include <lure/file_source.h>
#include <lure/parser.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>

using namespace lureproof;

namespace {

// The feed as the frame's trace saw it: the messages of the phone (app header, lines with their
// speakers, mark feedback) and how often each speaker's name was drawn as a text of its own.
std::string feed_record(const UiTrace& t) {
  std::string out;
  std::set<std::string> speakers;
  for (const UiMessage& m : t.messages) {
    const bool feed = m.id.rfind("app:", 0) == 0 || m.id.rfind("msg:", 0) == 0 || m.id.rfind("me:", 0) == 0 ||
                      m.id.rfind("flag:", 0) == 0;
    if (!feed) continue;
    out += m.id + " | " + m.speaker + " | " + m.text + "\n";
    if (!m.speaker.empty()) speakers.insert(m.speaker);
  }
  for (const std::string& s : speakers)
    out += "name '" + s + "' drawn " + std::to_string(std::count(t.texts.begin(), t.texts.end(), s)) + " times\n";
  return out;
}

// The flag marker of the newest message the frame shows that is not marked yet, if any (the Studio
// lets an author take a mark back; a visitor's mark stays).
std::string newest_mark(const UiTrace& t, const std::set<std::string>& marked) {
  std::string label;
  for (const UiTarget& target : t.targets)
    if (target.label.rfind("mark:", 0) == 0 && target.visible() && !marked.count(target.label)) label = target.label;
  return label;
}

}  // namespace

TEST_CASE("the play screen and the Studio's preview show the same feed") {
  HeadlessUi ui(1600, 1200);
  const UiContext context{ui.theme, 0.0, 1.0, true};
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LUREPROOF_BUILD_ASSETS) + "/scenarios")) {
    if (entry.path().extension() != ".lure") continue;
    lure::DiskFileSource files;
    lure::ParseResult parsed = lure::load_scenario(entry.path().string(), files);
    REQUIRE(parsed.ok());
    const auto scenario = std::make_shared<const lure::Scenario>(std::move(parsed.scenario));
    const std::string dir = entry.path().parent_path().string();
    lure::Story story(*scenario);
    story.start(1);
    Playtest playtest;
    std::string error;
    REQUIRE(playtest.start(scenario, "", 1, 0, error));
    std::vector<Mark> marks;
    std::set<std::string> marked;  // their targets' labels
    Reveal reveal;
    PhonePreview preview;
    const PlayView view{story, reveal, marks, true, dir};
    auto draw_play = [&] {
      const PlayAction a = draw_play_screen(context, view);
      if (a.mark_node >= 0) {
        const std::vector<std::string> flags = flags_on(story.transcript()[size_t(a.mark_node)], a.mark_line);
        marks.push_back({a.mark_node, a.mark_line, !flags.empty(), flags});
      }
    };
    auto draw_studio = [&] {
      begin_screen("feed-test", ui.theme);
      preview.draw(playtest, ui.theme, ImVec2(700.f, 1150.f), dir);
      end_screen();
    };
    for (int step = 0; step < 40; ++step) {
      reveal.start(int(feed_of(story).size()), {});  // every message of the step shown, as in the Studio
      std::string records[2], mark;
      for (int side = 0; side < 2; ++side) {
        const std::function<void()> draw = side == 0 ? std::function<void()>(draw_play) : draw_studio;
        for (int i = 0; i < 3; ++i) ui.frame(draw);  // the feed scrolled to its newest message
        if (side == 0) mark = newest_mark(ui::frame().trace, marked);
        if (!mark.empty()) CHECK(ui.tap(mark, draw));
        ui.frame(draw);
        records[side] = feed_record(ui::frame().trace);
      }
      INFO(entry.path().filename().string(), " step ", step, " marked ", mark);
      marked.insert(mark);
      CHECK(!records[0].empty());
      CHECK(records[0] == records[1]);
      ++compared;
      const auto& choices = story.choices();
      const auto enabled =
          std::find_if(choices.begin(), choices.end(), [](const lure::ChoiceView& c) { return c.enabled; });
      if (story.is_ended() || enabled == choices.end()) break;
      const std::size_t choice = std::size_t(enabled - choices.begin());
      REQUIRE(story.choose(choice));
      REQUIRE(playtest.choose(choice));
    }
  }
  CHECK(compared >= 20);
}
