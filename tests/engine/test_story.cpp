// The runtime: start, node views, choices (once-only, sticky, disabled), fallback, diverts,
// variables, red flags seen, path and seeded random.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("story plays the every-construct scenario") {
    ParseResult r = load_data("every_construct.lure");
    REQUIRE_FALSE(has_errors(r.diagnostics));
    Story story(r.scenario);
    story.start(7);
    const NodeView& first = story.current();
    CHECK(first.id == "job_group");
    CHECK(first.channel == Channel::SocialPost);
    CHECK(first.title == "Jobs abroad for Romanians");
    REQUIRE(first.lines.size() == 2);
    const LineView& post = first.lines[0];
    CHECK(post.speaker_id == "marius");
    REQUIRE(post.speaker != nullptr);
    CHECK(post.speaker->name == "Marius Pop");
    CHECK(post.text == "WAREHOUSE WORK IN GERMANY 2,400 €/month, no experience, travel + housing paid! #jobs");
    REQUIRE(post.emphasis.size() == 1);
    CHECK(post.text.substr(post.emphasis[0].begin, post.emphasis[0].end - post.emphasis[0].begin) == "no experience");
    CHECK(post.flags == std::vector<std::string>{"too-good"});
    CHECK(post.image == "images/post.png");
    CHECK(story.flags_seen() == std::vector<std::string>{"too-good"});
    REQUIRE(story.red_flags_seen().size() == 1);
    CHECK(story.red_flags_seen()[0]->category == "too-good-to-be-true");
    REQUIRE(story.choices().size() == 2);
    CHECK(story.choices()[0].text == "Send Marius a message");

    REQUIRE(story.choose(0));
    const NodeView& chat = story.current();
    CHECK(chat.id == "chat");
    CHECK(chat.lines[1].text == "Hi Iasi girl! Yes, only 3 places left.");
    CHECK(chat.lines[1].typing_ms == 2000);
    CHECK(chat.lines[2].flags == std::vector<std::string>{"fee-upfront"});
    CHECK(chat.lines[2].pause_ms == 1500);
    REQUIRE(story.choices().size() == 3);
    CHECK(story.choices()[1].enabled);
    CHECK(story.choices()[2].sticky);

    REQUIRE(story.choose(2));  // "Think about it" (sticky) loops to chat
    CHECK(story.current().id == "chat");
    CHECK(story.current().lines[2].text == "You read the conversation again.");
    REQUIRE(story.choices().size() == 3);  // once-only choices not taken are still there

    REQUIRE(story.choose(1));  // pay the fee -> paid -> divert to end_debt
    std::vector<const NodeView*> step = story.step_nodes();
    REQUIRE(step.size() == 2);
    CHECK(step[0]->id == "paid");
    CHECK(step[0]->channel == Channel::Sms);
    CHECK(step[0]->lines[0].text.rfind("Payment sent. 150 € left. You rolled ", 0) == 0);
    CHECK(step[1]->id == "end_debt");
    CHECK(story.is_ended());
    CHECK(story.ending() == EndingClass::Harmed);
    REQUIRE(story.current().debrief.size() == 1);
    CHECK(story.current().debrief[0].text ==
          "This was a fishing lure: the advert waited for you to reply. It is never your fault.");
    CHECK(story.variable("paid_fee") == Value::boolean(true));
    CHECK(story.variable("savings") == Value::integer(150));
    CHECK(story.path() == std::vector<std::string>{"job_group", "chat", "chat", "paid", "end_debt"});
    CHECK(story.choices().empty());
    CHECK_FALSE(story.choose(0));
}

TEST_CASE("disabled choices carry the reason; fallback when nothing is enabled") {
    auto r = parse(std::string(kHeader) +
                   "var money = 10\n== a [chat]\nnarrator: shop\n"
                   "* Buy -> b if money >= 150 else \"Not enough money\"\n"
                   "* Hidden -> b if money > 100\n"
                   "== b [chat] ending safe\nnarrator: bought\n"
                   "== c [chat]\nnarrator: c\n* Only if rich -> b if money > 100\nfallback -> d\n"
                   "== d [chat] ending harmed\nnarrator: fell back\n");
    REQUIRE_FALSE(has_errors(r.diagnostics));
    Story story(r.scenario);
    story.start(1);
    REQUIRE(story.choices().size() == 1);
    CHECK_FALSE(story.choices()[0].enabled);
    CHECK(story.choices()[0].disabled_reason == "Not enough money");
    CHECK_FALSE(story.choose(0));
    CHECK(story.is_stuck());
}

TEST_CASE("fallback is taken automatically") {
    auto r = parse(std::string(kHeader) +
                   "var money = 10\n== c [chat]\nnarrator: c\n* Only if rich -> d if money > 100\nfallback -> d\n"
                   "== d [chat] ending harmed\nnarrator: fell back\n");
    Story story(r.scenario);
    story.start(1);
    CHECK(story.is_ended());
    CHECK(story.path() == std::vector<std::string>{"c", "d"});
}

TEST_CASE("once-only choices disappear after use, sticky ones stay") {
    auto r = parse(std::string(kHeader) +
                   "== hub [chat]\nnarrator: hub\n* Once -> hub\n+ Again -> hub\n* Leave -> end\n"
                   "== end [chat] ending safe\nnarrator: bye\n");
    Story story(r.scenario);
    story.start(1);
    CHECK(story.choices().size() == 3);
    story.choose(0);
    REQUIRE(story.choices().size() == 2);
    CHECK(story.choices()[0].text == "Again");
    story.choose(0);
    CHECK(story.choices().size() == 2);
}

TEST_CASE("seeded random is reproducible") {
    auto r =
        parse(std::string(kHeader) + "var x = 0\n== a [chat] ending safe\n~ x = random(1, 1000000)\nnarrator: {x}\n");
    Story s1(r.scenario), s2(r.scenario), s3(r.scenario);
    s1.start(42);
    s2.start(42);
    s3.start(43);
    CHECK(s1.current().lines[0].text == s2.current().lines[0].text);
    CHECK(s1.current().lines[0].text != s3.current().lines[0].text);
    auto v = s1.variable("x");
    REQUIRE(v);
    CHECK(v->i >= 1);
    CHECK(v->i <= 1000000);
}

TEST_CASE("divert loops stop with a runtime error instead of hanging") {
    auto r = parse(std::string(kHeader) + "== a [chat]\nnarrator: a\n-> b\n== b [chat]\nnarrator: b\n-> a\n");
    Story story(r.scenario);
    story.start(1);
    CHECK_FALSE(story.runtime_errors().empty());
    CHECK(story.is_stuck());
}

TEST_CASE("visits counts include the current visit") {
    auto r = parse(std::string(kHeader) + "== a [chat]\nnarrator: visit {visits(a)}\n+ again -> a\n");
    Story story(r.scenario);
    story.start(1);
    CHECK(story.current().lines[0].text == "visit 1");
    story.choose(0);
    CHECK(story.current().lines[0].text == "visit 2");
    CHECK(story.transcript().size() == 2);
}
