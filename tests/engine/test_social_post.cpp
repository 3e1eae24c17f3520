// A social post's counts (`reactions:`, `comments:`, `shares:`) and comment rows (`comment: Name:
// text`): parsed, positioned diagnostics, played, saved, translated (lure/social_post.h).
#include "test_helpers.h"

#include "lure/l10n.h"

using namespace lure;
using namespace lure_test;

namespace {
const char* kPost =
    "character claudia\n"
    "  name: Claudia Enache\n"
    "  initials: CE\n"
    "flag dm-me\n"
    "  label: Moved to private messages\n"
    "  category: secrecy\n"
    "  explain: x\n"
    "  source: x\n"
    "== post [social-post]\n"
    "title: Work Abroad\n"
    "reactions: 143\n"
    "comments: 0326\n"
    "claudia: Farm work, 2,600 a month! #line:p1\n"
    "comment: Anca P.: Is this real? #line:c1\n"
    "comment: claudia: Sent you a PM 📩 #flag:dm-me #line:c2\n"
    "comment: you: Interested #line:c3\n"
    "-> end\n"
    "== end [narration] ending safe\n"
    "narrator: The end.\n"
    "debrief: ok\n";
}  // namespace

TEST_CASE("post counts: digits only, kept as the author set them; none when absent") {
    long long n = -1;
    CHECK(parse_post_count("143", n));
    CHECK(n == 143);
    CHECK(parse_post_count("0", n));
    CHECK(n == 0);
    CHECK(!parse_post_count("1,200", n));
    CHECK(!parse_post_count("1.2K", n));
    CHECK(!parse_post_count("-3", n));
    CHECK(!parse_post_count("", n));
    CHECK(!parse_post_count("1000000000", n));  // over kMaxPostCount
    CHECK(is_post_count("shares"));
    CHECK(!is_post_count("likes"));

    ParseResult r = parse(std::string(kHeader) + kPost);
    REQUIRE_MESSAGE(r.ok(), dump(r.diagnostics));
    const Node& post = r.scenario.nodes[0];
    REQUIRE(post.properties.size() == 3);
    CHECK(post.properties[1] == std::make_pair(std::string("reactions"), std::string("143")));
    CHECK(post.properties[2] == std::make_pair(std::string("comments"), std::string("326")));  // leading 0 dropped
    for (const auto& [key, value] : r.scenario.nodes[1].properties) CHECK(!is_post_count(key));
}

TEST_CASE("post counts: LP144 not a count, LP145 an app without counts, LP146 twice, at their positions") {
    const std::string post = std::string(kHeader) + "== post [social-post]\nreactions: 1.2K\nshares: 4\nshares: 5\n";
    auto ds = parse(post + "narrator: A post.\n").diagnostics;
    CHECK_DIAG(ds, "LP144", kHeaderLines + 2, 12);
    CHECK_DIAG(ds, "LP146", kHeaderLines + 4, 1);
    ds = parse(std::string(kHeader) + "== mail [email]\ncomments: 3\nnarrator: A mail.\n").diagnostics;
    CHECK_DIAG(ds, "LP145", kHeaderLines + 2, 1);
    CHECK(find_diagnostic_info("LP145")->severity == Severity::Warning);
    // A count carries no red flag (LP148), and is no character id (LP140).
    ds = parse(std::string(kHeader) + "== post [social-post]\nreactions: 12 #flag:x\nnarrator: A post.\n").diagnostics;
    CHECK_DIAG(ds, "LP148", kHeaderLines + 2, 15);
    ds = parse(std::string(kHeader) + "character comment\n  name: C\n").diagnostics;
    CHECK_DIAG(ds, "LP140", kHeaderLines + 1, 11);
}

TEST_CASE("comment rows: a commenter by name or by character id, tags and flags as on any message") {
    ParseResult r = parse(std::string(kHeader) + kPost);
    REQUIRE(r.ok());
    CHECK(!has(lure::check(r.scenario), "LP217"));  // a name that is no character is no unknown speaker
    CHECK(!has(lure::check(r.scenario), "LP224"));  // the flag on a comment counts as attached
    const Message& by_name = r.scenario.messages[1];
    CHECK(by_name.is_comment);
    CHECK(by_name.speaker == "Anca P.");
    CHECK(by_name.speaker_index == -1);
    CHECK(by_name.speaker_loc.line == kHeaderLines + 14);
    CHECK(by_name.speaker_loc.column == 10);
    CHECK(by_name.text.raw == "Is this real?");
    CHECK(by_name.line_id == "c1");
    CHECK(r.scenario.messages[2].speaker_index == r.scenario.find_character("claudia"));
    CHECK(r.scenario.messages[2].flags == std::vector<std::string>{"dm-me"});

    Story story(r.scenario);
    story.start(1);
    const NodeView& post = story.transcript()[0];
    REQUIRE(post.lines.size() == 4);
    CHECK(!post.lines[0].comment);
    CHECK(post.lines[1].comment);
    CHECK(post.lines[1].commenter == "Anca P.");
    CHECK(post.lines[1].speaker == nullptr);
    CHECK(post.lines[1].speaker_id.empty());
    CHECK(post.lines[2].commenter == "Claudia Enache");
    CHECK(post.lines[2].speaker_id == "claudia");
    CHECK(post.lines[3].commenter == "Ana");  // `you`: the persona
    CHECK(story.flags_seen() == std::vector<std::string>{"dm-me"});

    RestoreResult back = restore(r.scenario, save(story));
    REQUIRE(back.story);
    CHECK(back.story->transcript()[0].lines[1].comment);
    CHECK(back.story->transcript()[0].lines[1].commenter == "Anca P.");
    CHECK(!back.story->transcript()[0].lines[0].comment);
}

TEST_CASE("comment rows: LP155 without a name or words, LP156 outside a post, at their positions") {
    const std::string post = std::string(kHeader) + "== post [social-post]\nnarrator: A post.\n";
    CHECK_DIAG(parse(post + "comment: Is it real? #line:x\n").diagnostics, "LP155", kHeaderLines + 3, 10);
    CHECK_DIAG(parse(post + "comment: : Is it real?\n").diagnostics, "LP155", kHeaderLines + 3, 10);
    CHECK_DIAG(parse(post + "comment: Anca:\n").diagnostics, "LP155", kHeaderLines + 3, 10);
    CHECK_DIAG(parse(post + "comment:\n").diagnostics, "LP155", kHeaderLines + 3, 1);
    CHECK_DIAG(parse(post + "comment: narrator: hm\n").diagnostics, "LP155", kHeaderLines + 3, 10);
    CHECK(parse(post + "if true\n  comment: Anca: hm\nendif\n").ok());
    const auto ds = parse(std::string(kHeader) + "== c [chat]\nnarrator: x\n  comment: Anca: hm\n").diagnostics;
    CHECK_DIAG(ds, "LP156", kHeaderLines + 3, 3);
    // LP157: fewer comments stated than the rows always shown; rows inside an `if` may not show.
    const std::string counted = std::string(kHeader) + "== post [social-post]\ncomments: 2\nnarrator: A post.\n" +
                                "comment: A: 1\ncomment: B: 2\nif true\n  comment: C: 3\nendif\n";
    CHECK(!has(parse(counted).diagnostics, "LP157"));
    CHECK_DIAG(parse(counted + "comment: D: 4\n").diagnostics, "LP157", kHeaderLines + 2, 11);
    // A comment is content: a node property after it is LP130.
    CHECK_DIAG(parse(post + "comment: Anca: hm\nreactions: 3\n").diagnostics, "LP130", kHeaderLines + 4, 1);
}

TEST_CASE("comment rows: translatable text and commenter's name; a character keeps its own entry") {
    ParseResult r = parse(std::string(kHeader) + kPost);
    REQUIRE(r.ok());
    const std::vector<L10nEntry> entries = l10n_entries(r.scenario);
    auto find = [&](const std::string& ctx) -> const L10nEntry* {
        for (const L10nEntry& e : entries)
            if (e.context == ctx) return &e;
        return nullptr;
    };
    REQUIRE(find("c1"));
    CHECK(find("c1")->msgid == "Is this real?");
    CHECK(find("c1")->comment.find("Comment under the post, by Anca P.") != std::string::npos);
    REQUIRE(find("c1.name"));
    CHECK(find("c1.name")->msgid == "Anca P.");
    CHECK(find("c2.name") == nullptr);              // claudia's name is character.claudia.name
    CHECK(find("c3.name") == nullptr);              // you: the persona's name
    CHECK(find("node.post.reactions") == nullptr);  // numbers are not translated

    Catalog catalog;
    std::vector<Diagnostic> warnings;
    REQUIRE(
        catalog.load_po("msgid \"\"\nmsgstr \"Language: uk\\n\"\n\n"
                        "msgctxt \"c1\"\nmsgid \"Is this real?\"\nmsgstr \"Це правда?\"\n\n"
                        "msgctxt \"c1.name\"\nmsgid \"Anca P.\"\nmsgstr \"Анка П.\"\n",
                        "uk.po", warnings));
    LocalizeResult loc = localize(r.scenario, catalog);
    Story story(loc.scenario);
    story.start(1);
    CHECK(story.transcript()[0].lines[1].commenter == "Анка П.");
    CHECK(story.transcript()[0].lines[1].text == "Це правда?");
}
