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

    // the result parses and checks without errors, apart from the NOT IMPORTED condition (LP412)
    auto ds = diagnose(t.lure_text, "offer.lure");
    CHECK_MESSAGE(lure::count_severity(ds, Severity::Error) == 1, dump(ds) << t.lure_text);
    CHECK(has(ds, "LP412"));
}

TEST_CASE("twee <- links put the target first") {
    TweeImport t = import_twee(":: A\n[[B<-Go back]]\n:: B\nend\n", "x.twee");
    CHECK(t.lure_text.find("+ Go back -> B\n") != std::string::npos);
}

TEST_CASE("twee macro, variable and HTML warnings carry positions") {
    TweeImport t = import_twee(kTwee, "offer.twee");
    CHECK_DIAG(t.diagnostics, "LP401", 12, 1);   // (set: ...)
    CHECK_DIAG(t.diagnostics, "LP411", 12, 46);  // <<if $x>> guarded "hm": kept out
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

TEST_CASE("LP401 hints say what the dropped macro did: a stray branch, an assignment, a value, a way back") {
    TweeImport r = import_twee(":: Start\n<<else>>B<</if>>\n<<back>>(undo:)\n"
                               "<<set $x to 1>>(set: $y to 2)<<print $x>>\n[[End]]\n:: End\nBye.\n",
                               "s.twee");
    auto hint_at = [&](int line, int column) {
        for (const auto& d : r.diagnostics)
            if (d.code == "LP401" && d.line == line && d.column == column) return d.hint;
        return std::string("(none)");
    };
    CHECK(hint_at(2, 1).find("a condition without the text") != std::string::npos);  // <<else>> with no <<if>>
    CHECK(hint_at(2, 10).empty());                                                    // <</if>>: a stray closing tag
    CHECK(hint_at(3, 1).find("a way on or back is lost") != std::string::npos);       // <<back>>
    CHECK(hint_at(3, 9).find("a way on or back is lost") != std::string::npos);       // Harlowe (undo:)
    CHECK(hint_at(4, 1).find("'~' lines") != std::string::npos);                      // <<set>>
    CHECK(hint_at(4, 16).find("'~' lines") != std::string::npos);                     // Harlowe (set:)
    CHECK(hint_at(4, 30).find("{expression}") != std::string::npos);                  // <<print>>
    CHECK_NO_DIAG(r.diagnostics, "LP411");
}

namespace {
// The SugarCube story an educator imported: a condition, a link macro to the only way to the
// helpline ending, a printed value.
const char* kSugarCube =
    ":: Start\n"
    "Mara offers you a job in Milan.\n"
    "[[Tell your sister->Sister]]\n"
    "\n"
    ":: Sister\n"
    "<<if $told>>You have told her already.<<else>>You have nobody to tell.<</if>>\n"
    "<<link \"Call the helpline\">><<goto \"Helpline\">><</link>>\n"
    "You owe <<print $debt>> euros.\n"
    "\n"
    ":: Helpline\n"
    "They listen.\n";

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("a condition and a link macro are kept out of the story as NOT IMPORTED comments, with LP411 errors") {
    TweeImport t = import_twee(kSugarCube, "s.twee");
    CHECK_DIAG(t.diagnostics, "LP411", 6, 1);  // <<if $told>>
    CHECK_DIAG(t.diagnostics, "LP411", 7, 1);  // <<link "Call the helpline">>
    CHECK(count_severity(t.diagnostics, Severity::Error) == 2);
    // Nothing inside the condition is said on every path; the link is a comment, not a choice.
    CHECK(t.lure_text.find("narrator: You have") == std::string::npos);
    CHECK(t.lure_text.find("// NOT IMPORTED: <<if $told>>You have told her already.<<else>>You have nobody to tell.<</if>>\n") !=
          std::string::npos);
    CHECK(t.lure_text.find("// NOT IMPORTED: <<link \"Call the helpline\">><<goto \"Helpline\">><</link>>\n") !=
          std::string::npos);
    CHECK(t.lure_text.find("narrator: You owe euros.\n") != std::string::npos);  // one space where the macro was
    // A passage whose only way on was kept out is no ending: it stays a dead end for the author.
    CHECK(t.lure_text.find("== Sister [narration]\n") != std::string::npos);
    CHECK_FALSE(has(t.diagnostics, "LP409", 5, 1));
    for (const auto& d : t.diagnostics)
        if (d.code == "LP411" && d.line == 7) {
            CHECK(d.message.find("'Helpline' can no longer be reached") != std::string::npos);
            CHECK(d.hint.find("'+ Call the helpline -> Helpline'") != std::string::npos);
        }
    // Loaded as it is, the story does not play: every NOT IMPORTED line is LP412, and Sister is a dead end.
    auto ds = diagnose(t.lure_text, "s.lure");
    CHECK(has(ds, "LP412"));
    CHECK(has(ds, "LP202"));
}

TEST_CASE("Harlowe hooks: a condition keeps its hook out, a changer keeps its text, a goto is a lost way on") {
    TweeImport t = import_twee(":: Start\n"
                               "Hello. (if: $trusted)[[[Go to Paris->Paris]]]\n"
                               "(text-colour: red)[Think first.]\n"
                               "(link-goto: \"Ask a friend\", \"Friend\")\n"
                               "(if: $paid is false)[You owe us.\n"
                               "You cannot leave.](else:)[Fine.]\n"
                               "[[Say no->No]]\n"
                               ":: Paris\nParis.\n:: Friend\nA friend.\n:: No\nHome.\n",
                               "h.twee");
    CHECK_DIAG(t.diagnostics, "LP411", 2, 8);   // (if: $trusted)[...]
    CHECK_DIAG(t.diagnostics, "LP401", 3, 1);   // (text-colour: red): dropped, its text kept
    CHECK_DIAG(t.diagnostics, "LP411", 4, 1);   // (link-goto: ...)
    CHECK_DIAG(t.diagnostics, "LP411", 5, 1);   // (if: ...)[ over two lines ]
    CHECK_DIAG(t.diagnostics, "LP411", 6, 19);  // (else:)[...]
    CHECK(t.lure_text.find("narrator: Hello.\n// NOT IMPORTED: (if: $trusted)[[[Go to Paris->Paris]]]\n") != std::string::npos);
    CHECK(t.lure_text.find("narrator: Think first.\n") != std::string::npos);
    CHECK(t.lure_text.find("// NOT IMPORTED: (if: $paid is false)[You owe us.\n// NOT IMPORTED: You cannot leave.]\n") !=
          std::string::npos);
    CHECK(t.lure_text.find("+ Say no -> No\n") != std::string::npos);
    CHECK(count(t.lure_text, "+ ") == 1);
    CHECK(t.links == 1);
}

TEST_CASE("a condition that guards no text and no link is only a warning; an unclosed one ends with its passage") {
    TweeImport quiet = import_twee(":: A\n<<if $x>><<set $y to 1>><</if>>[[B]]\n:: B\nEnd.\n", "q.twee");
    CHECK_DIAG(quiet.diagnostics, "LP401", 2, 1);
    CHECK_NO_DIAG(quiet.diagnostics, "LP411");
    TweeImport open = import_twee(":: A\n<<if $x>>Secret\n[[B]]\n:: B\nEnd.\n", "o.twee");
    CHECK_DIAG(open.diagnostics, "LP411", 2, 1);
    for (const auto& d : open.diagnostics)
        if (d.code == "LP411") CHECK(d.message.find("never closed") != std::string::npos);
    CHECK(open.lure_text.find("// NOT IMPORTED: [[B]]\n") != std::string::npos);
}

TEST_CASE("speaker lines keep their speaker when a name starts two or more lines") {
    TweeImport t = import_twee(":: Start\n"
                               "Ana: Hi! Want to model in Paris?\n"
                               "You: Who are you?\n"
                               "''Ana:'' A scout.\n"
                               "**Ion Pop:** I work with her.\n"
                               "Ion Pop: Sign today.\n"
                               "Note: this is said once.\n"
                               "You: No.\n"
                               "[[End]]\n:: End\nBye.\n",
                               "sp.twee");
    CHECK(t.lure_text.find("character ana\n  name: Ana\n  initials: A\n") != std::string::npos);
    CHECK(t.lure_text.find("character ion_pop\n  name: Ion Pop\n  initials: IP\n") != std::string::npos);
    CHECK(t.lure_text.find("ana: Hi! Want to model in Paris?\n") != std::string::npos);
    CHECK(t.lure_text.find("ana: A scout.\n") != std::string::npos);
    CHECK(t.lure_text.find("you: Who are you?\n") != std::string::npos);
    CHECK(t.lure_text.find("ion_pop: I work with her.\n") != std::string::npos);
    CHECK(t.lure_text.find("narrator: Note: this is said once.\n") != std::string::npos);
    CHECK(t.lure_text.find("character note") == std::string::npos);
    auto ds = diagnose(t.lure_text, "sp.lure");
    CHECK_MESSAGE(!has_errors(ds), dump(ds) << t.lure_text);
}
