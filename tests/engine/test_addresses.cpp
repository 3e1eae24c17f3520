// Addresses and numbers in node properties (lure/addresses.h): red flags on `from:`, `url:`,
// `number:`, `contact:`, their domains, and the story showing them as seen flags.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

namespace {
std::string domain_of(std::string_view value) {
    const DomainSpan d = find_domain(value);
    return std::string(value.substr(d.begin, d.end - d.begin));
}

const char* kStory =
    "flag lookalike\n"
    "  label: A lookalike address\n"
    "  category: unsolicited-contact\n"
    "flag foreign-number\n"
    "  label: A foreign number\n"
    "  category: unsolicited-contact\n"
    "== mail [email]\n"
    "from: Sarah Whitfield <hr@brightpath-careers.net> #flag:lookalike\n"
    "to: daniel@mail.example\n"
    "subject: Offer #1: start now\n"
    "narrator: A mail arrives.\n"
    "* Answer -> text\n"
    "== text [sms]\n"
    "number: +66 81 234 5678 #flag:foreign-number #flag:lookalike\n"
    "narrator: A text arrives.\n"
    "-> end\n"
    "== end [narration] ending safe\n"
    "narrator: The end.\n"
    "debrief: ok\n";
}  // namespace

TEST_CASE("find_domain: the domain of an email address, a URL, a bare host; none in a name") {
    CHECK(domain_of("Ana Rossi <ana@brightpath-hr.com>") == "brightpath-hr.com");
    CHECK(domain_of("ana@brightpath-hr.com") == "brightpath-hr.com");
    CHECK(domain_of("https://www.example.org/jobs?id=3") == "www.example.org");
    CHECK(domain_of("example.org/a") == "example.org");
    CHECK(domain_of("lumière-models.eu") == "lumière-models.eu");
    CHECK(domain_of("J. Smith").empty());
    CHECK(domain_of("Sandra Visser").empty());
    CHECK(domain_of("+48 512 093 377").empty());
    CHECK(domain_of("localhost/jobs").empty());
}

TEST_CASE("split_named_address and address_problem") {
    CHECK(split_named_address("Ana Rossi <ana@x.org>").name == "Ana Rossi");
    CHECK(split_named_address("Ana Rossi <ana@x.org>").address == "ana@x.org");
    CHECK(split_named_address("ana@x.org").address == "ana@x.org");
    CHECK(split_named_address("Sandra Visser").address.empty());
    CHECK(address_problem("from", "Sandra Visser").empty());
    CHECK(address_problem("from", "Ana <ana@x.org>").empty());
    CHECK(!address_problem("from", "Ana <ana@x.org").empty());
    CHECK(!address_problem("from", "Ana <ana@x>").empty());
    CHECK(!address_problem("to", "<@x.org>").empty());
    CHECK(address_problem("url", "https://dmw.gov.ph/licensed").empty());
    CHECK(!address_problem("url", "my page").empty());
    CHECK(address_problem("number", "+48 (512) 093-377").empty());
    CHECK(!address_problem("number", "12").empty());
    CHECK(!address_problem("number", "call 112").empty());
    CHECK(address_problem("contact", "WhatsApp only").empty());
}

TEST_CASE("which app shows which address") {
    CHECK(channel_shows_address(Channel::Email, "from"));
    CHECK(channel_shows_address(Channel::WebPage, "url"));
    CHECK(channel_shows_address(Channel::Sms, "number"));
    CHECK(channel_shows_address(Channel::Call, "number"));
    CHECK(channel_shows_address(Channel::JobAd, "contact"));
    CHECK(!channel_shows_address(Channel::Email, "number"));
    CHECK(!channel_shows_address(Channel::Narration, "url"));
    CHECK(!is_address_property("subject"));
    CHECK(shown_addresses(Channel::Email) == "from:, to:");
}

TEST_CASE("flags on addresses: parsed apart from the value, resolved, seen when the node is entered") {
    ParseResult r = parse(std::string(kHeader) + kStory);
    REQUIRE(r.ok());
    for (const Diagnostic& d : lure::check(r.scenario)) CHECK_MESSAGE((d.code != "LP218" && d.code != "LP224"), d.code);
    const Node& mail = r.scenario.nodes[0];
    REQUIRE(mail.property_flags.size() == 1);
    CHECK(mail.property_flags[0].property == "from");
    CHECK(mail.property_flags[0].flag == "lookalike");
    CHECK(mail.property_flags[0].flag_index == 0);
    CHECK(mail.property_flags[0].loc.line == kHeaderLines + 8);
    CHECK(mail.property_flags[0].loc.column == 51);
    CHECK(mail.properties[0].second == "Sarah Whitfield <hr@brightpath-careers.net>");
    CHECK(mail.properties[2].second == "Offer #1: start now");  // a '#' in a value is text
    CHECK(r.scenario.nodes[1].property_flags.size() == 2);

    Story story(r.scenario);
    story.start(1);
    CHECK(story.flags_seen() == std::vector<std::string>{"lookalike"});
    REQUIRE(story.current().property_flags.size() == 1);
    CHECK(story.current().property_flags[0] == std::make_pair(std::string("from"), std::string("lookalike")));
    REQUIRE(story.choose(0));
    CHECK(story.flags_seen() == std::vector<std::string>{"lookalike", "foreign-number"});
    const std::string saved = save(story);
    RestoreResult back = restore(r.scenario, saved);
    REQUIRE(back.story);
    CHECK(back.story->transcript()[0].property_flags.size() == 1);
}

TEST_CASE("a flag on an address counts as attached (no LP224); an unknown one is LP218 at the tag") {
    std::string text = std::string(kHeader) + kStory;
    CHECK(!has(diagnose(text), "LP224"));
    text.replace(text.find("#flag:lookalike\n"), 15, "#flag:lookalke");
    const auto ds = diagnose(text);
    CHECK(has(ds, "LP218", kHeaderLines + 8, 51));
}
