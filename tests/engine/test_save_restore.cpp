// Save/restore round trips, migration after edits (added lines, nodes, variables) and refusals.
#include "test_helpers.h"

#include <nlohmann/json.hpp>

using namespace lure;
using namespace lure_test;

namespace {
const std::string kStory =
    std::string(kHeader) +
    "var money = 300\nvar name = \"Ana\"\n"
    "== a [chat]\nnarrator: Hello {name}. #line:a1\n* Pay -> b #line:ca\n+ Wait -> a #line:cw\n"
    "== b [sms]\n~ money -= 150\nnarrator: Paid. {money} left. #line:b1\n* Again -> b #line:cb\n+ Stop -> end #line:cs\n"
    "== end [narration] ending safe\nnarrator: End. #line:e1\ndebrief: Done. #line:e2\n";
}

TEST_CASE("save and restore round trip mid-story") {
    auto r = parse(kStory);
    REQUIRE_FALSE(has_errors(r.diagnostics));
    Story story(r.scenario);
    story.start(99);
    story.choose(1);  // wait
    story.choose(0);  // pay -> b
    std::string saved = save(story);
    auto j = nlohmann::json::parse(saved);
    CHECK(j["format"] == "lureproof-save");
    CHECK(j["version"] == kSaveVersion);
    CHECK(j["node"] == "b");

    RestoreResult back = restore(r.scenario, saved);
    CHECK_CLEAN(back.diagnostics);
    REQUIRE(back.story);
    Story& s = *back.story;
    CHECK(s.current().id == "b");
    CHECK(s.current().lines[0].text == "Paid. 150 left.");
    CHECK(s.variable("money") == Value::integer(150));
    CHECK(s.path() == story.path());
    CHECK(s.transcript().size() == story.transcript().size());
    CHECK(s.transcript()[0].lines[0].text == "Hello Ana.");
    CHECK(s.choices().size() == story.choices().size());
    // continuing behaves the same as the original
    s.choose(0);
    story.choose(0);
    CHECK(s.variable("money") == story.variable("money"));
    CHECK(s.choices().size() == 1);  // "Again" was once-only
    CHECK(save(s) == save(story));
}

TEST_CASE("restore after adding lines, a node and a variable") {
    auto r = parse(kStory);
    Story story(r.scenario);
    story.start(5);
    story.choose(0);  // pay -> b
    std::string saved = save(story);

    std::string edited = kStory;
    edited.replace(edited.find("== b [sms]\n"), 11,
                   "== extra [chat]\nnarrator: new node\n-> end\n== b [sms]\nnarrator: A new first line. #line:b0\n");
    edited.replace(edited.find("var name"), 0, "var trust = 2\n");
    auto r2 = parse(edited);
    REQUIRE_FALSE(has_errors(r2.diagnostics));
    RestoreResult back = restore(r2.scenario, saved);
    REQUIRE(back.story);
    CHECK_DIAG(back.diagnostics, "LP306", 0, 0);  // trust is new
    CHECK_FALSE(has_errors(back.diagnostics));
    CHECK(back.story->current().id == "b");
    REQUIRE(back.story->current().lines.size() == 2);
    CHECK(back.story->current().lines[0].text == "A new first line.");
    CHECK(back.story->variable("trust") == Value::integer(2));
    CHECK(back.story->variable("money") == Value::integer(150));
}

TEST_CASE("restore refuses: removed node, changed type, other scenario, bad version, not JSON") {
    auto r = parse(kStory);
    Story story(r.scenario);
    story.start(5);
    story.choose(0);
    std::string saved = save(story);

    std::string no_b = kStory;
    for (std::size_t p; (p = no_b.find("-> b")) != std::string::npos;) no_b.replace(p, 4, "-> a");
    no_b.replace(no_b.find("== b [sms]"), 10, "== c [sms]");
    auto removed = restore(parse(no_b).scenario, saved);
    CHECK_FALSE(removed.story);
    CHECK_DIAG(removed.diagnostics, "LP303", 0, 0);

    std::string retyped = kStory;
    retyped.replace(retyped.find("var money = 300"), 15, "var money = \"x\"");
    auto typed = restore(parse(retyped).scenario, saved);
    CHECK_FALSE(typed.story);
    CHECK_DIAG(typed.diagnostics, "LP304", 0, 0);

    std::string other = kStory;
    other.replace(0, std::string("scenario: test").size(), "scenario: other");
    CHECK_DIAG(restore(parse(other).scenario, saved).diagnostics, "LP302", 0, 0);

    auto j = nlohmann::json::parse(saved);
    j["version"] = 99;
    CHECK_DIAG(restore(r.scenario, j.dump()).diagnostics, "LP301", 0, 0);
    CHECK_DIAG(restore(r.scenario, "{not json").diagnostics, "LP300", 0, 0);
    CHECK_DIAG(restore(r.scenario, "[1,2]").diagnostics, "LP300", 0, 0);
}

TEST_CASE("restore drops removed variables and choices with warnings") {
    auto r = parse(kStory);
    Story story(r.scenario);
    story.start(5);
    story.choose(0);  // once-only "Pay" (#line:ca) is used
    std::string saved = save(story);
    std::string edited = kStory;
    edited.replace(edited.find("var name = \"Ana\"\n"), 17, "");
    edited.replace(edited.find("{name}"), 6, "you");
    edited.replace(edited.find("* Pay -> b #line:ca"), 19, "* Pay now -> b #line:ca2");
    auto r2 = parse(edited);
    REQUIRE_FALSE(has_errors(r2.diagnostics));
    auto back = restore(r2.scenario, saved);
    REQUIRE(back.story);
    CHECK_DIAG(back.diagnostics, "LP305", 0, 0);
    CHECK_DIAG(back.diagnostics, "LP307", 0, 0);
}

TEST_CASE("an ended story round-trips") {
    auto r = parse(kStory);
    Story story(r.scenario);
    story.start(5);
    story.choose(0);
    story.choose(1);
    REQUIRE(story.is_ended());
    auto back = restore(r.scenario, save(story));
    REQUIRE(back.story);
    CHECK(back.story->is_ended());
    CHECK(back.story->ending() == EndingClass::Safe);
    CHECK(back.story->current().debrief[0].text == "Done.");
}
