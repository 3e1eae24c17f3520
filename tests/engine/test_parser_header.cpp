// Header keys, characters, flags and variable declarations.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("header keys fill the scenario header") {
    auto r = parse(std::string(kHeader) + "start: a\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_CLEAN(r.diagnostics);
    const Header& h = r.scenario.header;
    CHECK(h.id == "test");
    CHECK(h.title == "Test");
    CHECK(h.summary == "A test.");
    CHECK(h.language == "en");
    CHECK(h.persona.name == "Ana");
    CHECK(h.persona.age == 23);
    CHECK(h.persona.situation == "Looking for work.");
    CHECK(h.technique == Technique::Fishing);
    CHECK(h.content_note == "None.");
    CHECK(h.minutes == 1);
    CHECK(h.start == "a");
    CHECK(r.scenario.start_node == 0);
    CHECK(r.scenario.characters[1].name == "Ana");  // "you" takes the persona's name
}

TEST_CASE("audience: N+ gives the youngest age a story is written for") {
    auto none = parse(std::string(kHeader) + "== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_CLEAN(none.diagnostics);
    CHECK(none.scenario.header.audience == 0);
    for (const auto& [text, age] : {std::pair{"13+", 13}, {"16+", 16}, {"18+", 18}, {"1+", 1}, {"99+", 99}}) {
        auto r = parse(std::string(kHeader) + "audience: " + text +
                       "\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
        CAPTURE(text);
        CHECK_CLEAN(r.diagnostics);
        CHECK(r.scenario.header.audience == age);
    }
}

TEST_CASE("a malformed audience is LP142 at its value") {
    for (const char* text : {"16", "sixteen+", "0+", "016+", "100+", "+", "16 +", "-3+", "16++", "adults"}) {
        auto r = parse(std::string(kHeader) + "audience:  " + text +
                       "\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
        CAPTURE(text);
        CHECK_DIAG(r.diagnostics, "LP142", kHeaderLines + 1, 12);
        CHECK(r.scenario.header.audience == 0);
    }
    int age = 7;
    CHECK_FALSE(parse_audience("", age));
    CHECK(age == 7);
}

TEST_CASE("hunting technique and BOM and CRLF line endings") {
    auto r = parse(
        "\xEF\xBB\xBFscenario: x\r\ntitle: T\r\ntechnique: hunting\r\n== a [chat] ending safe\r\nnarrator: hi\r\n");
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.header.technique == Technique::Hunting);
    CHECK(r.scenario.messages[0].text.raw == "hi");
}

TEST_CASE("character block") {
    auto r = parse(
        std::string(kHeader) +
        "character marius\n  name: Marius Pop\n  role: Recruiter\n  initials: MP\n  color: #3A7bd5\n  avatar: a.png\n");
    CHECK_CLEAN(r.diagnostics);
    REQUIRE(r.scenario.characters.size() == 3);
    const Character& c = r.scenario.characters[2];
    CHECK(c.id == "marius");
    CHECK(c.name == "Marius Pop");
    CHECK(c.role == "Recruiter");
    CHECK(c.initials == "MP");
    CHECK(c.colour == "#3A7bd5");
    CHECK(c.avatar == "a.png");
    CHECK(c.avatar_loc.line == kHeaderLines + 6);
    CHECK(c.avatar_loc.column == 11);
}

TEST_CASE("flag block with every property") {
    auto r = parse(
        std::string(kHeader) +
        "flag fee-upfront\n  label: A fee\n  category: fees-or-debt\n  explain: Why.\n  action: What.\n  source: ILO 2012\n");
    CHECK_CLEAN(r.diagnostics);
    REQUIRE(r.scenario.flags.size() == 1);
    const RedFlag& f = r.scenario.flags[0];
    CHECK(f.id == "fee-upfront");
    CHECK(f.label == "A fee");
    CHECK(f.category == "fees-or-debt");
    CHECK(f.explain == "Why.");
    CHECK(f.action == "What.");
    CHECK(f.source == "ILO 2012");
}

TEST_CASE("every red-flag category is accepted") {
    for (const auto& cat : flag_categories()) {
        auto r = parse(std::string(kHeader) + "flag f\n  category: " + cat + "\n");
        CHECK_CLEAN(r.diagnostics);
    }
}

TEST_CASE("variables of the three types") {
    auto r = parse(std::string(kHeader) + "var a = true\nvar b = -42\nvar c = \"Ia\\\"si\"\nvar d = false\n");
    CHECK_CLEAN(r.diagnostics);
    REQUIRE(r.scenario.variables.size() == 4);
    CHECK(r.scenario.variables[0].initial == Value::boolean(true));
    CHECK(r.scenario.variables[1].initial == Value::integer(-42));
    CHECK(r.scenario.variables[2].initial == Value::string("Ia\"si"));
    CHECK(r.scenario.variables[3].initial == Value::boolean(false));
}

TEST_CASE("comments and blank lines are ignored; // inside text is text") {
    auto r = parse(
        std::string(kHeader) +
        "// a comment\n\n   // indented comment\n== a [web-page] ending safe\nnarrator: see https://example.org // not a comment\n");
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.messages[0].text.raw == "see https://example.org // not a comment");
}

TEST_CASE("start defaults to the first node") {
    auto r = parse(std::string(kHeader) +
                   "== first [chat] ending safe\nnarrator: x\n== second [chat] ending safe\nnarrator: y\n");
    CHECK(r.scenario.start_node == 0);
}

TEST_CASE("at-risk: names the person an ending is about when the player is a bystander") {
    auto plain = parse(std::string(kHeader) + "== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_CLEAN(plain.diagnostics);
    CHECK(plain.scenario.header.at_risk.empty());
    CHECK(outcome_name(plain.scenario.header) == "Ana");  // the persona
    auto r = parse(std::string(kHeader) + "at-risk: Noah\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.header.at_risk == "Noah");
    CHECK(outcome_name(r.scenario.header) == "Noah");
    CHECK(r.scenario.characters[1].name == "Ana");  // the player is still the persona
    auto twice = parse(std::string(kHeader) +
                       "at-risk: Noah\nat-risk: Mia\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_DIAG(twice.diagnostics, "LP104", kHeaderLines + 2, 1);
    auto empty = parse(std::string(kHeader) + "at-risk:\n== a [chat] ending safe\nnarrator: hi\ndebrief: ok\n");
    CHECK_MESSAGE(has(empty.diagnostics, "LP114", kHeaderLines + 1), dump(empty.diagnostics));
}
