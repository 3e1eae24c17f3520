// localize(): texts replaced by key, markup re-parsed, ids and red flags kept, coverage reported.
#include "fixture_scenario.h"
#include "l10n_test_helpers.h"

using namespace l10n_test;

namespace {
struct Fixture {
    lure::ParseResult parsed = lure::parse_scenario(kFixtureScenario, "test.lure");
    std::vector<lure::Diagnostic> warnings;
    lure::Catalog catalog = fixture_catalog(warnings);
};
}  // namespace

TEST_CASE("translated texts, same structure") {
    Fixture f;
    REQUIRE(f.parsed.ok());
    auto r = lure::localize(f.parsed.scenario, f.catalog);
    const lure::Scenario& ro = r.scenario;
    const lure::Scenario& en = f.parsed.scenario;
    CHECK(ro.header.title == "Încercare");
    CHECK(ro.header.summary == "A test.");  // missing: source kept
    CHECK(ro.header.language == "ro");
    CHECK(ro.flags[0].label == "O taxă");
    CHECK(ro.flags[0].id == "fee");
    CHECK(ro.flags[0].source == "ILO");
    CHECK(ro.nodes[1].title == "Banca");
    REQUIRE(ro.messages.size() == en.messages.size());
    for (std::size_t i = 0; i < en.messages.size(); ++i) {
        CHECK(ro.messages[i].line_id == en.messages[i].line_id);
        CHECK(ro.messages[i].flags == en.messages[i].flags);
        CHECK(ro.messages[i].flag_indices == en.messages[i].flag_indices);
        CHECK(ro.messages[i].speaker == en.messages[i].speaker);
    }
    CHECK(ro.choices[2].disabled_reason == "Nu mai ai bani");
    CHECK(ro.choices[3].text.raw == "Stop");  // fuzzy: untranslated
}

TEST_CASE("the runtime renders translated markup exactly like the source") {
    Fixture f;
    auto r = lure::localize(f.parsed.scenario, f.catalog);
    lure::Story story(r.scenario);
    story.start(1);
    const auto& lines = story.current().lines;
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "Salut, Ana.");
    CHECK(lines[1].text == "Plătește acum, te rog.");
    REQUIRE(lines[1].emphasis.size() == 1);
    CHECK(lines[1].text.substr(lines[1].emphasis[0].begin, lines[1].emphasis[0].end - lines[1].emphasis[0].begin) ==
          "acum");
    CHECK(lines[1].flags == std::vector<std::string>{"fee"});
    CHECK(story.choices()[0].text == "Plătește");
    REQUIRE(story.choose(0));
    CHECK(story.current().lines[0].text == "Plătit. Au mai rămas 150.");
    CHECK(story.current().title == "Banca");
}

TEST_CASE("coverage: counts, missing keys, fuzzy and rejected translations") {
    Fixture f;
    auto r = lure::localize(f.parsed.scenario, f.catalog);
    const auto& c = r.coverage;
    CHECK(c.total == 22);
    // Untranslated: summary, persona name/situation, content note, marius role, flag explain/action,
    // cs (fuzzy), e3 (placeholder dropped: rejected).
    CHECK(c.translated == 13);
    auto missing = [&](const std::string& k) {
        return std::find(c.missing.begin(), c.missing.end(), k) != c.missing.end();
    };
    CHECK(missing("test:summary"));
    CHECK(missing("cs"));
    CHECK(missing("e3"));
    CHECK_FALSE(missing("a1"));
    CHECK(c.missing.size() == std::size_t(c.total - c.translated));
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].code == "L10N010");
    CHECK(c.warnings[0].message.find("'e3'") != std::string::npos);
    CHECK(r.scenario.messages.back().text.raw == "You kept {money}.");
    CHECK(c.percent() == doctest::Approx(100.0 * 13 / 22));
    CHECK(lure::l10n_coverage(f.parsed.scenario, f.catalog).translated == 13);
}

TEST_CASE("an empty catalogue changes nothing and reports 0%") {
    Fixture f;
    lure::Catalog empty;
    auto r = lure::localize(f.parsed.scenario, empty);
    CHECK(r.coverage.translated == 0);
    CHECK(r.coverage.total == 22);
    CHECK(r.scenario.header.language == "en");
    lure::Story a(f.parsed.scenario), b(r.scenario);
    a.start(3);
    b.start(3);
    CHECK(a.current().lines[0].text == b.current().lines[0].text);
}

TEST_CASE("broken markup in a translation is rejected, the source kept") {
    auto parsed = lure::parse_scenario(kFixtureScenario, "test.lure");
    std::string po =
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "msgctxt \"a1\"\nmsgid \"Hello {name}.\"\nmsgstr \"Salut {name.\"\n\n"
        "msgctxt \"b1\"\nmsgid \"Paid. {money} left.\"\nmsgstr \"Plătit {nume}.\"\n";
    std::string dir = std::filesystem::temp_directory_path().string();
    { std::ofstream(dir + "/lure_bad.po") << po; }
    REQUIRE(std::system(("msgfmt -o " + dir + "/lure_bad.mo " + dir + "/lure_bad.po").c_str()) == 0);
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = lure::load_catalog(dir + "/lure_bad.mo", w);
    auto r = lure::localize(parsed.scenario, c);
    CHECK(r.coverage.translated == 0);
    CHECK(r.coverage.warnings.size() == 2);
    CHECK(r.scenario.messages[0].text.raw == "Hello {name}.");
    CHECK(r.scenario.exprs.size() == parsed.scenario.exprs.size());
    std::filesystem::remove(dir + "/lure_bad.po");
    std::filesystem::remove(dir + "/lure_bad.mo");
}
