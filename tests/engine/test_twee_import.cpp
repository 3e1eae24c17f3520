// Twee 3 import: passages, special passages, the four link forms, tags, macro warnings with positions.
#include "test_helpers.h"

#include <fstream>
#include <iterator>
#include <sstream>

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
    CHECK(t.lure_text.find("+ Reply -> Reply_now\n") != std::string::npos);   // Text->Target
    CHECK(t.lure_text.find("+ Ignore it -> Ignore\n") != std::string::npos);  // Text|Target
    CHECK(t.lure_text.find("+ Ask why -> Why\n") != std::string::npos);       // Target<-Text
    CHECK(t.lure_text.find("== Ignore [narration] ending safe\n") != std::string::npos);
    CHECK(t.lure_text.find("== Harmed_end [narration] ending harmed\n") != std::string::npos);
    CHECK(t.lure_text.find("+ Ignore -> Ignore\n") != std::string::npos);  // [[Target]]

    CHECK(t.lure_text.find("~ trust = 1\n") != std::string::npos);                  // (set: $trust to 1)
    CHECK(t.lure_text.find("if x\n  narrator: hm\nendif\n") != std::string::npos);  // <<if $x>>hm<</if>>

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
    CHECK_NO_DIAG(t.diagnostics, "LP411");      // (set:) and <<if $x>> translate
    CHECK_DIAG(t.diagnostics, "LP404", 11, 4);  // "Reply now" renamed
    CHECK_NO_DIAG(t.diagnostics, "LP403");
    TweeImport html = import_twee(":: A\nHello <b>you</b> $name\n", "h.twee");
    CHECK_DIAG(html.diagnostics, "LP401", 2, 7);
    CHECK(html.lure_text.find("narrator: Hello you {name}\n") != std::string::npos);  // a naked variable is shown
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
    TweeImport r = import_twee(
        ":: Start\n<<else>>B<</if>>\n<<back>>(undo:)\n"
        "<<set $x to visited()>>(set: $y to (a:1))<<print $x.length>>\n[[End]]\n:: End\nBye.\n",
        "s.twee");
    auto hint_at = [&](int line, int column) {
        for (const auto& d : r.diagnostics)
            if (d.code == "LP401" && d.line == line && d.column == column) return d.hint;
        return std::string("(none)");
    };
    CHECK(hint_at(2, 1).find("a condition without the text") != std::string::npos);  // <<else>> with no <<if>>
    CHECK(hint_at(2, 10).empty());                                                   // <</if>>: a stray closing tag
    CHECK(hint_at(3, 1).find("a way on or back is lost") != std::string::npos);      // <<back>>
    CHECK(hint_at(3, 9).find("a way on or back is lost") != std::string::npos);      // Harlowe (undo:)
    CHECK(hint_at(4, 1).find("'~' lines") != std::string::npos);                     // <<set>>
    CHECK(hint_at(4, 24).find("'~' lines") != std::string::npos);                    // Harlowe (set:)
    CHECK(hint_at(4, 42).find("{expression}") != std::string::npos);                 // <<print>>
    CHECK_NO_DIAG(r.diagnostics, "LP411");
}

namespace {
std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

std::string read_data(const std::string& name) {
    std::ifstream in(std::string(LURE_TEST_DATA_DIR) + "/twee/" + name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every one of `parts` is in the text.
void check_has_all(const std::string& text, std::initializer_list<const char*> parts) {
    for (const char* part : parts) CHECK_MESSAGE(contains(text, part), "missing: " << part);
}

// A translation that kept nothing out and loads without errors.
void check_translated_whole(const TweeImport& t) {
    CHECK_NO_DIAG(t.diagnostics, "LP411");
    auto ds = diagnose(t.lure_text, "translated.lure");
    CHECK_MESSAGE(!has_errors(ds), dump(ds));
}

// The scenario as the author has it after deleting every NOT IMPORTED line (rewriting nothing).
std::string without_kept_out(const std::string& lure) {
    std::string out, line;
    std::istringstream in(lure);
    while (std::getline(in, line))
        if (line.rfind("// NOT IMPORTED:", 0) != 0) out += line + "\n";
    return out;
}
}  // namespace

TEST_CASE("SugarCube: <<set>>, <<if>>/<<elseif>>/<<else>>, <<unless>>, <<print>> and naked variables translate") {
    TweeImport t = import_twee(
        ":: StoryInit\n<<set $money to 300>><<set $name to 'Dana'>>\n"
        ":: Start\nHi $name.\n<<set $money -= 150, $told to true>>\n"
        "<<if $money gte 200>>Rich<<elseif $money is 150>>Half<<else>>Poor<</if>>\n"
        "<<unless $told>>Quiet.<</unless>> You have <<print $money>> €.\n[[End]]\n:: End\nBye.\n",
        "s.twee");
    INFO(t.lure_text);
    check_has_all(
        t.lure_text,
        {
            "var money = 300\nvar name = \"Dana\"\nvar told = false\n",
            "narrator: Hi {name}.\n~ money -= 150\n~ told = true\n",
            "if money >= 200\n  narrator: Rich\nelif money == 150\n  narrator: Half\nelse\n  narrator: Poor\nendif\n",
            "if not (told)\n  narrator: Quiet.\nendif\nnarrator: You have {money} €.\n",
        });
    CHECK_NO_DIAG(t.diagnostics, "LP401");
    check_translated_whole(t);
}

TEST_CASE("SugarCube navigation macros become choices and diverts; a link that sets goes through a step node") {
    TweeImport t = import_twee(
        ":: Start\n"
        "<<link \"Ask\" \"Details\">><<set $trust += 1>><</link>>\n"
        "<<link [[Search|Register]]>><</link>> <<button \"Pay\">><<goto \"Pay\">><</button>>\n"
        "<<actions [[Wait|Details]] [[Leave->End]]>> <<choice [[Stay|Details]]>>\n"
        "[[Trust him|Details][$trust to 5]]\n"
        ":: Details\n<<if $trust gt 2>><<goto \"End\">><</if>>[[End]]\n"
        ":: Register\nNothing.\n[[End]]\n:: Pay\nPaid.\n[[End]]\n:: End\nBye.\n",
        "n.twee");
    INFO(t.lure_text);
    check_has_all(t.lure_text,
                  {
                      "+ Ask -> Start_then\n",
                      "== Start_then [narration]\n~ trust += 1\n-> Details\n",
                      "+ Search -> Register\n+ Pay -> Pay\n* Wait -> Details\n* Leave -> End\n* Stay -> Details\n",
                      "+ Trust him -> Start_then_2\n",
                      "== Start_then_2 [narration]\n~ trust = 5\n-> Details\n",
                      "if trust > 2\n  -> End\nendif\n+ End -> End\n",
                  });
    CHECK(t.ways_on == 11);
    CHECK(t.ways_on_imported == 11);
    check_translated_whole(t);
}

TEST_CASE("Harlowe: (set:)/(put:), an (if:)/(else-if:)/(else:) chain, (link-goto:), (goto:), (link:) with a hook") {
    TweeImport t = import_twee(
        ":: Setup [startup]\n(set: $money to 400)\n"
        ":: Start\n(set: $money to it - 200)(put: true into $told)\n"
        "(if: $money >= 200)[Rich](else-if: $money > 0)[Some]\n(else:)[None] Then (print: $money).\n"
        "(link-goto: \"Go on\", \"Next\")\n(link: \"Send\")[(set: $sent to true)(goto: \"Next\")]\n"
        "(if: $told)[(goto: \"Next\")]\n"
        ":: Next\nDone.\n(click-goto: ?b, \"End\")\n:: End\nBye.\n",
        "h.twee");
    INFO(t.lure_text);
    CHECK(contains(t.lure_text, "var money = 400\nvar sent = false\nvar told = false\n"));
    CHECK(contains(t.lure_text, "~ money = money - 200\n~ told = true\n"));
    CHECK(
        contains(t.lure_text,
                 "if money >= 200\n  narrator: Rich\nelif money > 0\n  narrator: Some\nelse\n  narrator: None\nendif\n"
                 "narrator: Then {money}.\n"));
    check_has_all(t.lure_text, {
                                   "+ Go on -> Next\n+ Send -> Start_then\n",
                                   "if told\n  -> Next\nendif\n",
                                   "+ End -> End\n",
                                   "== Start_then [narration]\n~ sent = true\n-> Next\n",
                                   "narrator: Then {money}.",
                               });
    check_translated_whole(t);
}

TEST_CASE("special passages are skipped with a note; StoryInit supplies initial values") {
    TweeImport t = import_twee(
        ":: StoryInit\n<<set $n to 2>><<set $m to $n + 1>>\n:: StoryCaption\nMoney\n:: PassageFooter\nx\n"
        ":: W [widget]\n<<widget \"w\">>hi<</widget>>\n:: H [header]\ntop\n:: Start\nN is $n.\n[[End]]\n:: End\nBye.\n",
        "sp.twee");
    INFO(t.lure_text);
    CHECK(t.passages == 2);
    CHECK_DIAG(t.diagnostics, "LP401", 3, 1);  // StoryCaption
    CHECK_DIAG(t.diagnostics, "LP401", 5, 1);  // PassageFooter
    CHECK_DIAG(t.diagnostics, "LP401", 7, 1);  // widget
    CHECK_DIAG(t.diagnostics, "LP401", 9, 1);  // Harlowe header
    CHECK_DIAG(t.diagnostics, "LP401", 2, 1);  // $m from an expression: starts at its default
    CHECK(contains(t.lure_text, "var m = 0\nvar n = 2\n"));
    CHECK_FALSE(contains(t.lure_text, "== StoryCaption"));
    CHECK_FALSE(contains(t.lure_text, "== W "));
}

TEST_CASE("what cannot be translated is kept out as NOT IMPORTED comments, with LP411 errors") {
    TweeImport t = import_twee(
        ":: Start\n"
        "<<if visited(\"Start\") gt 1>>Again.<<else>>First time.<</if>>\n"
        "<<link \"Look closer\">><<replace \"#a\">>One way.<</replace>><</link>>\n"
        "<<if $n is 1>>One<<elseif $list.length gt 2>>Many<</if>>\n"
        "<<link \"Call\">><<goto \"Helpline\">><<run alert(1)>><</link>>\n"
        "[[End]]\n:: Helpline\nThey listen.\n:: End\nBye.\n",
        "k.twee");
    INFO(t.lure_text);
    CHECK_DIAG(t.diagnostics, "LP411", 2, 1);   // a condition with a function
    CHECK_DIAG(t.diagnostics, "LP411", 3, 1);   // a link that replaces text
    CHECK_DIAG(t.diagnostics, "LP411", 4, 18);  // an <<elseif>> with a property: its branch never shows
    CHECK_DIAG(t.diagnostics, "LP411", 5, 1);   // a link whose body does more than go
    CHECK(contains(t.lure_text, "// NOT IMPORTED: <<if visited(\"Start\") gt 1>>Again.<<else>>First time.<</if>>\n"));
    CHECK_FALSE(contains(t.lure_text, "narrator: First time."));
    CHECK(contains(
        t.lure_text,
        "if n == 1\n  narrator: One\nelif false\n// NOT IMPORTED: <<elseif $list.length gt 2>>\n  narrator: Many\nendif\n"));
    for (const auto& d : t.diagnostics)
        if (d.code == "LP411" && d.line == 5) {
            CHECK(contains(d.message, "(to 'Helpline')"));
            CHECK(contains(d.message, "'Helpline' can no longer be reached"));
        }
    CHECK(t.ways_on == 2);  // "Look closer" names no passage: it only replaces text
    CHECK(t.ways_on_imported == 1);
    // Loaded as it is, the story does not play: every NOT IMPORTED line is LP412.
    auto ds = diagnose(t.lure_text, "k.lure");
    CHECK(has(ds, "LP412"));
}

TEST_CASE("Harlowe hooks: an untranslatable condition keeps its hook out, a changer keeps its text") {
    TweeImport t = import_twee(
        ":: Start\n"
        "Hello. (if: (history:) contains \"Paris\")[[[Go to Paris->Paris]]]\n"
        "(text-colour: red)[Think first.]\n"
        "(if: $a's length > 2)[You owe us.\n"
        "You cannot leave.]\n"
        "[[Say no->No]]\n"
        ":: Paris\nParis.\n:: No\nHome.\n",
        "h.twee");
    CHECK_DIAG(t.diagnostics, "LP411", 2, 8);
    CHECK_DIAG(t.diagnostics, "LP401", 3, 1);
    CHECK_DIAG(t.diagnostics, "LP411", 4, 1);
    check_has_all(
        t.lure_text,
        {
            "narrator: Hello.\n// NOT IMPORTED: (if: (history:) contains \"Paris\")[[[Go to Paris->Paris]]]\n",
            "narrator: Think first.\n",
            "// NOT IMPORTED: (if: $a's length > 2)[You owe us.\n// NOT IMPORTED: You cannot leave.]\n",
        });
    CHECK(count(t.lure_text, "+ ") == 1);
    for (const auto& d : t.diagnostics)
        if (d.code == "LP411" && d.line == 2) CHECK(contains(d.message, "'Paris' can no longer be reached"));
}

TEST_CASE("a condition that guards nothing is only a warning; an unclosed one ends with its passage") {
    TweeImport quiet = import_twee(":: A\n<<if visited()>><<set $y to 1>><</if>>[[B]]\n:: B\nEnd.\n", "q.twee");
    CHECK_DIAG(quiet.diagnostics, "LP401", 2, 1);
    CHECK_NO_DIAG(quiet.diagnostics, "LP411");
    TweeImport open = import_twee(":: A\n<<if visited()>>Secret\n[[B]]\n:: B\nEnd.\n", "o.twee");
    CHECK_DIAG(open.diagnostics, "LP411", 2, 1);
    for (const auto& d : open.diagnostics)
        if (d.code == "LP411") CHECK(contains(d.message, "never closed"));
    CHECK(contains(open.lure_text, "// NOT IMPORTED: [[B]]\n"));
    TweeImport unclosed = import_twee(":: A\n<<if $x>>Secret\n[[B]]\n:: B\nEnd.\n", "u.twee");
    CHECK_DIAG(unclosed.diagnostics, "LP401", 1, 1);
    CHECK(contains(unclosed.lure_text, "if x\n  narrator: Secret\n  + B -> B\nendif\n"));
}

TEST_CASE("speaker lines keep their speaker when a name starts two or more lines") {
    // Names plain and in bold, a two-word name, a one-off "Note:", and the player.
    const char* story =
        ":: Start\nAna: Hi! Want to model in Paris?\nYou: Who are you?\n''Ana:'' A scout.\n"
        "**Ion Pop:** I work with her.\nIon Pop: Sign today.\nNote: this is said once.\nYou: No.\n"
        "[[End]]\n:: End\nBye.\n";
    TweeImport t = import_twee(story, "sp.twee");
    check_has_all(t.lure_text, {
                                   "character ana\n  name: Ana\n  initials: A\n",
                                   "character ion_pop\n  name: Ion Pop\n  initials: IP\n",
                                   "ana: Hi! Want to model in Paris?\n",
                                   "ana: A scout.\n",
                                   "you: Who are you?\n",
                                   "ion_pop: I work with her.\n",
                                   "narrator: Note: this is said once.\n",
                               });
    CHECK_FALSE(contains(t.lure_text, "character note"));
    CHECK(contains(t.lure_text, "== Start [chat]\n"));  // characters speak in a chat, not over narration
    auto ds = diagnose(t.lure_text, "sp.lure");
    CHECK_MESSAGE(!has_errors(ds), dump(ds) << t.lure_text);
}

// Two stories of 20 passages each, written in each format's own idioms (tests/data/twee): at least
// 90% of their navigation must come across as choices, and every way on that does not is an LP411
// at its position. Deleting the NOT IMPORTED lines leaves a story that checks and reaches its endings.
TEST_CASE("SugarCube 2 and Harlowe 3 stories come across whole: >= 90% of navigation as choices") {
    for (const char* file : {"sugarcube-harbour.twee", "harlowe-casting.twee"}) {
        CAPTURE(file);
        TweeImport t = import_twee(read_data(file), file);
        INFO(dump(t.diagnostics) << t.lure_text);
        CHECK(t.passages >= 20);
        REQUIRE(t.ways_on > 0);
        MESSAGE(std::string(file) << ": " << t.ways_on_imported << " of " << t.ways_on << " ways on became choices");
        CHECK(t.ways_on_imported * 10 >= t.ways_on * 9);
        int kept_out_ways = 0;
        for (const auto& d : t.diagnostics) {
            CHECK(d.line > 0);
            CHECK(d.column > 0);
            kept_out_ways += d.code == "LP411" && contains(d.message, "the way on");
        }
        CHECK(kept_out_ways >= t.ways_on - t.ways_on_imported);
        CHECK(t.ways_on_imported < t.ways_on);  // each story has one way on written in a way .lure cannot say
        auto ds = diagnose(without_kept_out(t.lure_text), "story.lure");
        CHECK_MESSAGE(!has_errors(ds), dump(ds));
        ParseResult r = parse(without_kept_out(t.lure_text));
        REQUIRE(r.ok());
        CoverageReport report = explore(r.scenario);
        CHECK(report.endings_never_reached.empty());
    }
}
