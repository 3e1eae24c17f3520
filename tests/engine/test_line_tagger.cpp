// `lure tag`: adds #line ids to untagged lines, keeps formatting, is idempotent and deterministic.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("tag_lines adds ids to messages, choices and debriefs only") {
    std::string text = std::string(kHeader) +
                       "var x = 1\n"
                       "== a [chat]\n"
                       "narrator: Hello   \n"
                       "you: Hi #line:keep\n"
                       "~ x += 1\n"
                       "* Go -> b\n"
                       "== b [chat] ending safe\r\n"
                       "narrator: End\r\n"
                       "debrief: Bye\n";
    TagLinesResult t = tag_lines(text, "t.lure", "t-");
    CHECK(t.added == 4);
    CHECK(t.diagnostics.empty());
    auto r = parse(t.text);
    CHECK_FALSE(has_errors(r.diagnostics));
    for (const Message& m : r.scenario.messages) CHECK(!m.line_id.empty());
    for (const Choice& c : r.scenario.choices) CHECK(!c.line_id.empty());
    CHECK(r.scenario.messages[1].line_id == "keep");
    CHECK(r.scenario.messages[0].line_id.rfind("t-", 0) == 0);
    CHECK(t.text.find("narrator: Hello #line:t-") != std::string::npos);
    CHECK(t.text.find("   \n") != std::string::npos);  // trailing spaces stay after the id
    CHECK(t.text.find("\r\n") != std::string::npos);
    CHECK(t.text.find("~ x += 1\n") != std::string::npos);

    TagLinesResult again = tag_lines(t.text, "t.lure", "t-");
    CHECK(again.added == 0);
    CHECK(again.text == t.text);
    CHECK(tag_lines(text, "t.lure", "t-").text == t.text);
}

TEST_CASE("tag_lines makes ids unique even for identical lines") {
    std::string text = std::string(kHeader) + "== a [chat]\nnarrator: Same\nnarrator: Same\n-> a\n";
    TagLinesResult t = tag_lines(text, "t.lure");
    CHECK(t.added == 2);
    auto ds = diagnose(t.text);
    CHECK_NO_DIAG(ds, "LP210");
}

TEST_CASE("tag_lines leaves a file without newline at the end as it was") {
    std::string text = std::string(kHeader) + "== a [chat] ending safe\nnarrator: x";
    TagLinesResult t = tag_lines(text, "t.lure");
    CHECK(t.added == 1);
    CHECK(t.text.back() != '\n');
}

TEST_CASE("tag_lines takes the scenario id as the prefix when asked and no prefix is given") {
    std::string text = std::string(kHeader) + "== a [chat] ending safe\nnarrator: x\n";
    TagLinesResult from_id = tag_lines(text, "t.lure", "", true);
    REQUIRE(from_id.added == 1);
    CHECK(from_id.text.find(" #line:test-") != std::string::npos);  // kHeader's `scenario: test`
    CHECK(tag_lines(text, "t.lure", "dj-", true).text.find(" #line:dj-") != std::string::npos);  // a given prefix wins
    CHECK(tag_lines("== a [chat] ending safe\nnarrator: x\n", "t.lure", "", true).text.find(" #line:-") ==
          std::string::npos);
}
