// Twee 3 import: passages, special passages, the four link forms, tags, macro warnings with positions.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

namespace {
const char* kTwee =
    ":: StoryTitle\n"
    "The Offer\n"
    "\n"
    ":: StoryData\n"
    "{\"ifid\": \"D674C58C-DEFA-4F70-B7A2-27742230C0FC\", \"format\": \"Harlowe\", \"start\": \"Begin\"}\n"
    "\n"
    ":: Begin [chat] {\"position\":\"100,100\"}\n"
    "A message from a stranger: great job abroad!\n"
    "[[Reply->Reply now]] or [[Ignore it|Ignore]]\n"
    "\n"
    ":: Reply now\n"
    "(set: $trust to 1)He asks for your passport. <<if $x>>hm<</if>>\n"
    "[[Why<-Ask why]]\n"
    "[[Hand it over->Harmed end]]\n"
    "\n"
    ":: Why\n"
    "He gets angry.\n"
    "[[Ignore]]\n"
    "\n"
    ":: Ignore [ending-safe]\n"
    "You stay safe.\n"
    "\n"
    ":: Harmed end [ending-harmed]\n"
    "It went wrong.\n";
}

TEST_CASE("twee import converts passages and links") {
    TweeImport t = import_twee(kTwee, "offer.twee");
    CHECK(t.passages == 5);
    CHECK(t.links == 5);
    CHECK(t.lure_text.find("title: The Offer\n") != std::string::npos);
    CHECK(t.lure_text.find("start: Begin\n") != std::string::npos);
    CHECK(t.lure_text.find("== Begin [chat]\n") != std::string::npos);
    CHECK(t.lure_text.find("+ Reply -> Reply_now\n") != std::string::npos);      // Text->Target
    CHECK(t.lure_text.find("+ Ignore it -> Ignore\n") != std::string::npos);     // Text|Target
    CHECK(t.lure_text.find("+ Ask why -> Why\n") != std::string::npos);       // Target<-Text
    CHECK(t.lure_text.find("== Ignore [narration] ending safe\n") != std::string::npos);
    CHECK(t.lure_text.find("== Harmed_end [narration] ending harmed\n") != std::string::npos);
    CHECK(t.lure_text.find("+ Ignore -> Ignore\n") != std::string::npos);        // [[Target]]

    // the result parses and checks without errors
    auto ds = diagnose(t.lure_text, "offer.lure");
    CHECK_MESSAGE(!has_errors(ds), dump(ds) << t.lure_text);
}

TEST_CASE("twee <- links put the target first") {
    TweeImport t = import_twee(":: A\n[[B<-Go back]]\n:: B\nend\n", "x.twee");
    CHECK(t.lure_text.find("+ Go back -> B\n") != std::string::npos);
}

TEST_CASE("twee macro, variable and HTML warnings carry positions") {
    TweeImport t = import_twee(kTwee, "offer.twee");
    CHECK_DIAG(t.diagnostics, "LP401", 12, 1);   // (set: ...)
    CHECK_DIAG(t.diagnostics, "LP401", 12, 46);  // <<if $x>>
    CHECK_DIAG(t.diagnostics, "LP404", 11, 4);   // "Reply now" renamed
    CHECK_NO_DIAG(t.diagnostics, "LP403");
    TweeImport html = import_twee(":: A\nHello <b>you</b> $name\n", "h.twee");
    CHECK_DIAG(html.diagnostics, "LP401", 2, 7);
    CHECK_DIAG(html.diagnostics, "LP401", 2, 18);
    CHECK_DIAG(html.diagnostics, "LP409", 1, 1);
}

TEST_CASE("twee diagnostics: no passages, duplicates, missing links, bad StoryData, stray text") {
    CHECK_DIAG(import_twee("just text\n", "a.twee").diagnostics, "LP400", 1, 1);
    CHECK_DIAG(import_twee("just text\n", "a.twee").diagnostics, "LP408", 1, 1);
    CHECK_DIAG(import_twee(":: A\n[[B]]\n:: A\nx\n", "a.twee").diagnostics, "LP405", 3, 4);
    CHECK_DIAG(import_twee(":: A\n  go [[Nowhere]]\n", "a.twee").diagnostics, "LP403", 2, 6);
    CHECK_DIAG(import_twee(":: StoryData\n{bad json\n:: A\nx\n", "a.twee").diagnostics, "LP402", 1, 1);
    CHECK_DIAG(import_twee(":: StoryData\n{\"start\":\"Nope\"}\n:: A\nx\n", "a.twee").diagnostics, "LP407", 1, 1);
    CHECK_DIAG(import_twee(":: A\nabc [[B\n", "a.twee").diagnostics, "LP406", 2, 5);
}

TEST_CASE("twee text is escaped so it stays text") {
    TweeImport t = import_twee(":: A\nPrice {50} #tag:x\n[[B]]\n:: B\nend\n", "a.twee");
    auto r = parse(t.lure_text);
    REQUIRE(!r.scenario.messages.empty());
    CHECK(r.scenario.messages[0].tags.empty());
    Story story(r.scenario);
    story.start(1);
    CHECK(story.current().lines[0].text == "Price {50} #tag:x");
}

TEST_CASE("LP401 hints say what the dropped macro did: a condition, a way on, an assignment, a value") {
    TweeImport r = import_twee(":: Start\n<<if $told>>A<<else>>B<</if>>\n<<link \"Go\">><<goto \"End\">><</link>>\n"
                               "<<set $x to 1>>(set: $y to 2)<<print $x>>(link-goto: \"End\")\n[[End]]\n:: End\nBye.\n",
                               "s.twee");
    auto hint_at = [&](int line, int column) {
        for (const auto& d : r.diagnostics)
            if (d.code == "LP401" && d.line == line && d.column == column) return d.hint;
        return std::string("(none)");
    };
    CHECK(hint_at(2, 1).find("now shows on every path") != std::string::npos);    // <<if>>
    CHECK(hint_at(2, 14).find("now shows on every path") != std::string::npos);   // <<else>>
    CHECK(hint_at(3, 1).find("a way on is lost") != std::string::npos);           // <<link>>
    CHECK(hint_at(3, 14).find("a way on is lost") != std::string::npos);          // <<goto>>
    CHECK(hint_at(4, 1).find("'~' lines") != std::string::npos);                  // <<set>>
    CHECK(hint_at(4, 16).find("'~' lines") != std::string::npos);                 // Harlowe (set:)
    CHECK(hint_at(4, 30).find("{expression}") != std::string::npos);              // <<print>>
    CHECK(hint_at(4, 42).find("a way on is lost") != std::string::npos);          // Harlowe (link-goto:)
}
