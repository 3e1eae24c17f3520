// Nodes, channels, endings, node properties, messages, tags, text markup, choices and control flow.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("every channel name parses") {
    for (const char* ch :
         {"chat", "sms", "email", "job-ad", "social-post", "social-profile", "web-page", "call", "narration"}) {
        auto r = parse(std::string(kHeader) + "== a [" + ch + "] ending safe\nnarrator: x\n");
        CHECK_CLEAN(r.diagnostics);
        CHECK(std::string(channel_name(r.scenario.nodes[0].channel)) == ch);
    }
}

TEST_CASE("node header: channel optional, ending classes") {
    auto r = parse(
        std::string(kHeader) +
        "== a\nnarrator: x\n-> b\n== b [call] ending got-help\nnarrator: y\n== c [sms] ending harmed\nnarrator: z\n");
    CHECK_FALSE(has_errors(r.diagnostics));
    CHECK(r.scenario.nodes[0].channel == Channel::Narration);
    CHECK(r.scenario.nodes[0].ending == EndingClass::None);
    CHECK(r.scenario.nodes[1].ending == EndingClass::GotHelp);
    CHECK(r.scenario.nodes[2].ending == EndingClass::Harmed);
}

TEST_CASE("node properties: title, subject, from, job-ad fields") {
    auto r = parse(
        std::string(kHeader) +
        "== ad [job-ad] ending safe\ntitle: Jobs\ncompany: AgroFlex\nlocation: NL\nsalary: 2,600 €\ncontact: https://x.example\n"
        "narrator: x\n== mail [email] ending safe\nfrom: Sarah\nto: Daniel\nsubject: Offer: IT job\nnarrator: y\n");
    CHECK_CLEAN(r.diagnostics);
    const Node& ad = r.scenario.nodes[0];
    CHECK(ad.title == "Jobs");
    REQUIRE(ad.properties.size() == 5);
    CHECK(ad.properties[1] == std::pair<std::string, std::string>("company", "AgroFlex"));
    CHECK(ad.properties[4].second == "https://x.example");
    const Node& mail = r.scenario.nodes[1];
    CHECK(mail.properties[2] == std::pair<std::string, std::string>("subject", "Offer: IT job"));
}

TEST_CASE("message with speaker, tags and pacing") {
    auto r = parse(
        std::string(kHeader) +
        "character m\n  name: M\n  initials: M\n"
        "flag f\n  label: l\n  category: secrecy\n  explain: e\n  action: a\n  source: s 2020\n"
        "== a [chat] ending safe\n"
        "m: Hello #1 fan #jobs #delay:0.5 #typing:2 #pause:1.25s #image:p.png #sound:ping #time:21:04 #flag:f #line:a01\n");
    CHECK_CLEAN(r.diagnostics);
    const Message& m = r.scenario.messages[0];
    CHECK(m.speaker == "m");
    CHECK(m.speaker_index == 2);
    CHECK(m.text.raw == "Hello #1 fan #jobs");
    CHECK(m.delay_ms == 500);
    CHECK(m.typing_ms == 2000);
    CHECK(m.pause_ms == 1250);
    CHECK(m.image == "p.png");
    CHECK(m.sound == "ping");
    CHECK(m.time == "21:04");
    REQUIRE(m.flags.size() == 1);
    CHECK(m.flags[0] == "f");
    CHECK(m.flag_indices[0] == 0);
    CHECK(m.line_id == "a01");
    CHECK(m.tags.size() == 8);
}

TEST_CASE("unknown host tags are kept with a warning") {
    auto r = parse(std::string(kHeader) + "== a [chat] ending safe\nnarrator: hi #vibrate:long\n");
    CHECK_DIAG(r.diagnostics, "LP121", kHeaderLines + 2, 14);
    CHECK_FALSE(has_errors(r.diagnostics));
    CHECK(r.scenario.messages[0].tags[0].key == "vibrate");
    CHECK(r.scenario.messages[0].tags[0].value == "long");
}

TEST_CASE("text: emphasis, interpolation and escapes") {
    auto r = parse(std::string(kHeader) +
                   "var n = 3\n== a [chat] ending safe\nnarrator: *very* {n + 1} \\{x\\} 5 * 3 \\*no\\*\n");
    CHECK_CLEAN(r.diagnostics);
    const auto& pieces = r.scenario.messages[0].text.pieces;
    REQUIRE(pieces.size() == 6);
    CHECK(pieces[0].kind == TextPiece::Kind::EmphasisOn);
    CHECK(pieces[1].text == "very");
    CHECK(pieces[2].kind == TextPiece::Kind::EmphasisOff);
    CHECK(pieces[3].text == " ");
    CHECK(pieces[4].kind == TextPiece::Kind::Interpolation);
    CHECK(pieces[5].text == " {x} 5 * 3 *no*");
}

TEST_CASE("choices: once-only, sticky, hidden and disabled conditions") {
    auto r = parse(std::string(kHeader) +
                   "var money = 10\n== a [chat]\n"
                   "* Once -> a #line:c1\n"
                   "+ Sticky -> a\n"
                   "* Hidden -> a if money > 5\n"
                   "* Shown disabled -> a if money >= 150 else \"Not enough money\" #line:c4\n"
                   "fallback -> a\n");
    CHECK_FALSE(has_errors(r.diagnostics));
    REQUIRE(r.scenario.choices.size() == 4);
    const auto& c = r.scenario.choices;
    CHECK_FALSE(c[0].sticky);
    CHECK(c[0].line_id == "c1");
    CHECK(c[1].sticky);
    CHECK(c[2].condition >= 0);
    CHECK_FALSE(c[2].show_disabled);
    CHECK(c[3].show_disabled);
    CHECK(c[3].disabled_reason == "Not enough money");
    CHECK(c[3].line_id == "c4");
    CHECK(c[3].target == "a");
    CHECK(c[3].target_index == 0);
    CHECK(r.scenario.nodes[0].body.back().kind == Statement::Kind::Fallback);
}

TEST_CASE("assignments, diverts, nested if/elif/else") {
    auto r = parse(
        std::string(kHeader) +
        "var x = 1\nvar s = \"a\"\n== a [chat]\n~ x = 2\n~ x += 3\n~ x -= 1\n~ s += \"b\"\n"
        "if x > 1\n  if x > 2\n    narrator: deep\n  endif\nelif x == 1\n  narrator: one\nelse\n  narrator: other\nendif\n-> b\n"
        "== b [chat] ending safe\nnarrator: done\n");
    CHECK_CLEAN(r.diagnostics);
    const Node& a = r.scenario.nodes[0];
    REQUIRE(a.body.size() == 6);
    CHECK(r.scenario.assignments[1].op == '+');
    CHECK(r.scenario.assignments[2].op == '-');
    CHECK(a.body[4].kind == Statement::Kind::If);
    REQUIRE(a.body[4].branches.size() == 3);
    CHECK(a.body[4].branches[0].body[0].kind == Statement::Kind::If);
    CHECK(a.body[4].branches[2].condition == -1);
    CHECK(a.body[5].kind == Statement::Kind::Divert);
}

TEST_CASE("debrief lines in endings") {
    auto r = parse(std::string(kHeader) +
                   "== e [narration] ending harmed\nnarrator: x\ndebrief: One. #line:d1\ndebrief: Two.\n");
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.messages[1].is_debrief);
    CHECK(r.scenario.messages[1].line_id == "d1");
    CHECK(r.scenario.messages[2].text.raw == "Two.");
}

TEST_CASE("the every-construct scenario loads without any diagnostic") {
    DiskFileSource files;
    auto r = load_scenario(std::string(LURE_TEST_DATA_DIR) + "/scenarios/every_construct.lure", files);
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.nodes.size() == 7);
    CHECK(r.scenario.find_character("marius") >= 0);
}

TEST_CASE("a choice text may contain an arrow") {
    auto r = parse(std::string(kHeader) +
                   "== a [chat]\n* Say \"A->B\" -> b if true\n== b [chat] ending safe\nnarrator: x\n");
    CHECK_CLEAN(r.diagnostics);
    REQUIRE(r.scenario.choices.size() == 1);
    CHECK(r.scenario.choices[0].text.raw == "Say \"A->B\"");
    CHECK(r.scenario.choices[0].target == "b");
}
