// Each channel draws the chrome of the app it imitates (issue #23 point 2): the mail's From/To/Subject
// with the sender's domain, the browser's address bar with the domain, the number of a text and of a
// call, the job ad's fields, the post's group, the counts its node sets (never invented ones) and its
// comment rows; the flag buttons on those fields and rows record marks with their red flags; narration
// has no flag button unless a flag is attached to it.
#include "headless_ui.h"
#include "journey/feed.h"
#include "journey/flag_tally.h"
#include "journey/reveal.h"
#include "screens/play_screen.h"

#include <lure/file_source.h>
#include <lure/parser.h>

#include <doctest/doctest.h>

#include <algorithm>

using namespace lureproof;

namespace {

bool has_text(const UiTrace& t, const std::string& text) {
  return std::find(t.texts.begin(), t.texts.end(), text) != t.texts.end();
}

const UiMessage* message(const UiTrace& t, const std::string& id) {
  for (const UiMessage& m : t.messages)
    if (m.id == id) return &m;
  return nullptr;
}

// The drawn texts that are a bare number (a post's counts are the only ones on these screens).
std::vector<std::string> numbers_drawn(const UiTrace& t) {
  std::vector<std::string> out;
  for (const std::string& s : t.texts)
    if (!s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) out.push_back(s);
  return out;
}

// Where `text` was drawn first in the frame (texts are traced in drawing order); -1 when it was not.
int drawn_at(const UiTrace& t, const std::string& text) {
  const auto it = std::find(t.texts.begin(), t.texts.end(), text);
  return it == t.texts.end() ? -1 : int(it - t.texts.begin());
}

bool has_target(const UiTrace& t, const std::string& label) {
  for (const UiTarget& target : t.targets)
    if (target.label == label && target.visible()) return true;
  return false;
}

struct Play {
  explicit Play(const lure::Scenario& sc) : story(sc) { story.start(1); }
  lure::Story story;
  Reveal reveal;
  std::vector<Mark> marks;
};

}  // namespace

TEST_CASE("each channel draws its app's chrome, and the flag buttons on its fields") {
  lure::DiskFileSource files;
  lure::ParseResult parsed = lure::load_scenario(std::string(LUREPROOF_TEST_DATA) + "/scenarios/channels.lure", files);
  REQUIRE(parsed.ok());
  for (const auto& size : {ImVec2(1280.f, 800.f), ImVec2(390.f, 844.f)}) {
    CAPTURE(size.x);
    HeadlessUi ui(int(size.x), int(size.y));
    const UiContext context{ui.theme, 0.0, 1.0, true};
    Play play(parsed.scenario);
    const PlayView view{play.story, play.reveal, play.marks, true, ""};
    PlayAction last;
    auto draw = [&] {
      const PlayAction a = draw_play_screen(context, view);
      if (a.mark_node >= 0) last = a;
    };
    auto show_step = [&] {
      play.reveal.start(int(feed_of(play.story).size()), {});
      for (int i = 0; i < 3; ++i) ui.frame(draw);
    };
    auto tap_mark = [&](const std::string& target) {
      last = PlayAction{};
      REQUIRE(ui.tap(target, draw));
      REQUIRE(last.mark_node >= 0);
      const std::vector<std::string> flags = flags_on(play.story.transcript()[size_t(last.mark_node)], last.mark_line);
      play.marks.push_back({last.mark_node, last.mark_line, !flags.empty(), flags});
      ui.frame(draw);
      return flags;
    };
    const UiTrace& t = ui::frame().trace;

    // Mail: Subject, From with the sender's domain drawn apart, To, and a flag button on From.
    show_step();
    CHECK(message(t, "field:subject"));
    REQUIRE(message(t, "field:from"));
    CHECK(message(t, "field:from")->speaker == "From");
    CHECK(message(t, "field:from")->text == "hr@brightpath-careers.net");
    CHECK(has_text(t, "brightpath-careers.net"));
    CHECK(message(t, "field:to"));
    CHECK(has_target(t, "mark:0:to"));
    CHECK(tap_mark("mark:0:from") == std::vector<std::string>{"lookalike-domain"});
    CHECK(last.mark_line == field_line(0));
    REQUIRE(message(t, "flag:mark:0:from"));
    CHECK(message(t, "flag:mark:0:from")->text.find("A lookalike domain") != std::string::npos);
    // Narration has no flag button unless the author attached a flag; messages keep theirs.
    CHECK(!has_target(t, "mark:0:0"));
    CHECK(has_target(t, "mark:0:1"));
    CHECK(tap_mark("mark:0:to").empty());  // an honest field: a wrong mark, gently answered
    REQUIRE(play.story.choose(0));

    // Browser: the address bar shows the domain apart from the path, without https://.
    show_step();
    REQUIRE(message(t, "field:url"));
    CHECK(message(t, "field:url")->speaker == "Address");
    CHECK(has_text(t, "brightpath-hr.com"));
    CHECK(!has_text(t, "https://"));
    CHECK(message(t, "page:BrightPath Digital – Careers"));
    CHECK(tap_mark("mark:1:url") == std::vector<std::string>{"lookalike-domain"});
    REQUIRE(play.story.choose(0));

    // Text message: the sender's number.
    show_step();
    REQUIRE(message(t, "field:number"));
    CHECK(message(t, "field:number")->text == "+66 81 234 5678");
    CHECK(has_text(t, "+66 81 234 5678"));
    CHECK(tap_mark("mark:2:number") == std::vector<std::string>{"foreign-number"});
    REQUIRE(play.story.choose(0));

    // Call: a transcript with the caller's number.
    show_step();
    REQUIRE(message(t, "field:number"));
    CHECK(has_text(t, "+66 81 234 5678"));
    CHECK(has_target(t, "mark:3:number"));
    CHECK(tap_mark("mark:3:number").empty());  // this number carries no flag here
    REQUIRE(play.story.choose(0));

    // Job ad: a card of fields, a flag button on the contact.
    show_step();
    for (const char* label : {"Employer", "Place", "Pay", "Contact"}) {
      bool found = false;
      for (const UiMessage& m : t.messages) found = found || m.speaker == label;
      CHECK_MESSAGE(found, label);
    }
    CHECK(has_text(t, "USD 1,800 a month"));
    CHECK(tap_mark("mark:4:contact") == std::vector<std::string>{"whatsapp-only"});
    REQUIRE(play.story.choose(0));

    // Post: the poster, the group and the time, the counts the node sets (reactions and shares; no
    // comment count, so none is drawn), a flagged narrator line's button, then the comment rows.
    show_step();
    REQUIRE(message(t, "post:Work Abroad – Real Offers"));
    CHECK(message(t, "post:Work Abroad – Real Offers")->text == "Work Abroad – Real Offers · 21:14");
    CHECK(!has_target(t, "mark:5:0"));
    CHECK(has_target(t, "mark:5:1"));
    CHECK(has_target(t, "mark:5:2"));
    CHECK(numbers_drawn(t) == std::vector<std::string>{"143", "7"});
    REQUIRE(message(t, "post-counts:Work Abroad – Real Offers"));
    CHECK(message(t, "post-counts:Work Abroad – Real Offers")->text == "Reactions: 143, Shares: 7");
    REQUIRE(message(t, "msg:mark:5:3"));
    CHECK(message(t, "msg:mark:5:3")->speaker == "Comment by Anca P.");
    CHECK(message(t, "msg:mark:5:3")->text == "Is this real?");
    CHECK(message(t, "msg:mark:5:4")->speaker == "Comment by Claudia");  // a character comments by its id
    CHECK(message(t, "msg:mark:5:5")->speaker == "Comment by Daniel");   // and the visitor as the persona
    CHECK(drawn_at(t, "143") >= 0);
    CHECK(drawn_at(t, "143") < drawn_at(t, "Anca P."));  // the counts bar sits above the first comment
    CHECK(has_target(t, "mark:5:3"));
    CHECK(!has_target(t, "mark:5:5"));  // the visitor's own comment has no flag button
    CHECK(tap_mark("mark:5:4") == std::vector<std::string>{"pressure"});
    REQUIRE(message(t, "flag:mark:5:4"));
    CHECK(tap_mark("mark:5:3").empty());  // an honest question: a wrong mark, gently answered
    REQUIRE(play.story.choose(0));

    // Chat: the contact's number under the name in the app bar, with its flag button.
    show_step();
    CHECK(has_text(t, "+63 917 555 0134"));
    CHECK(has_target(t, "mark:6:number"));

    // The tally counts the flags found on fields like the ones found on messages.
    const FlagTally tally = tally_flags(play.story, play.marks);
    CHECK(tally.spotted == 4);
    CHECK(tally.wrong == 3);
  }
}

TEST_CASE("a post whose node sets no counts draws no numbers, and comment rows need no counts") {
  const std::string text =
      "scenario: p\ntitle: P\npersona: Ana | 23 | x\ncharacter liza\n  name: Liza\n  initials: L\n"
      "== post [social-post]\ntitle: Jobs\nliza: Hiring cooks! #time:20:05\n"
      "comment: Mihaela R.: PM sent\n* Go -> end\n== end [narration] ending safe\nnarrator: x\n";
  lure::ParseResult parsed = lure::parse_scenario(text, "post.lure");
  REQUIRE(parsed.ok());
  HeadlessUi ui(390, 844);
  const UiContext context{ui.theme, 0.0, 1.0, true};
  Play play(parsed.scenario);
  const PlayView view{play.story, play.reveal, play.marks, true, ""};
  play.reveal.start(int(feed_of(play.story).size()), {});
  for (int i = 0; i < 3; ++i) ui.frame([&] { draw_play_screen(context, view); });
  const UiTrace& t = ui::frame().trace;
  REQUIRE(message(t, "post:Jobs"));
  CHECK(numbers_drawn(t).empty());
  CHECK(!message(t, "post-counts:Jobs"));
  REQUIRE(message(t, "msg:mark:0:1"));
  CHECK(message(t, "msg:mark:0:1")->speaker == "Comment by Mihaela R.");
  CHECK(has_target(t, "mark:0:1"));
}
