// Switching language mid-story keeps the story state: save, localize for the new language,
// restore into the localized scenario; same node, variables, flags and path, text now translated.
#include "fixture_scenario.h"
#include "l10n_test_helpers.h"

using namespace l10n_test;

namespace {
void check_same_state(const lure::Story& a, const lure::Story& b) {
    CHECK(b.current().id == a.current().id);
    CHECK(b.variables() == a.variables());
    CHECK(b.flags_seen() == a.flags_seen());
    CHECK(b.path() == a.path());
    CHECK(b.steps() == a.steps());
    CHECK(b.state().visits == a.state().visits);
    CHECK(b.state().used == a.state().used);
    REQUIRE(b.choices().size() == a.choices().size());
    for (std::size_t i = 0; i < a.choices().size(); ++i) {
        CHECK(b.choices()[i].line_id == a.choices()[i].line_id);
        CHECK(b.choices()[i].enabled == a.choices()[i].enabled);
    }
}
}  // namespace

TEST_CASE("English -> Romanian -> English in the middle of a story") {
    auto parsed = lure::parse_scenario(kFixtureScenario, "test.lure");
    REQUIRE(parsed.ok());
    const lure::Scenario& en = parsed.scenario;
    std::vector<lure::Diagnostic> w;
    lure::Catalog catalog = fixture_catalog(w);
    const lure::Scenario ro = lure::localize(en, catalog).scenario;

    lure::Story story(en);
    story.start(42);
    REQUIRE(story.choose(0));  // Pay -> b
    CHECK(story.current().lines[0].text == "Paid. 150 left.");

    lure::RestoreResult in_ro = lure::restore(ro, lure::save(story));
    REQUIRE(in_ro.story);
    CHECK_MESSAGE(!lure::has_errors(in_ro.diagnostics), in_ro.diagnostics.size());
    check_same_state(story, *in_ro.story);
    CHECK(in_ro.story->current().lines[0].text == "Plătit. Au mai rămas 150.");
    CHECK(in_ro.story->current().title == "Banca");
    CHECK(in_ro.story->choices()[0].text == "Încă o dată");
    CHECK(in_ro.story->variable("money") == lure::Value::integer(150));

    // Play on in Romanian, then switch back to English.
    REQUIRE(in_ro.story->choose(0));  // Again -> b (money 0 now)
    CHECK(in_ro.story->current().lines[0].text == "Plătit. Au mai rămas 0.");
    CHECK_FALSE(in_ro.story->choices()[0].enabled);
    CHECK(in_ro.story->choices()[0].disabled_reason == "Nu mai ai bani");
    lure::RestoreResult in_en = lure::restore(en, lure::save(*in_ro.story));
    REQUIRE(in_en.story);
    check_same_state(*in_ro.story, *in_en.story);
    CHECK(in_en.story->current().lines[0].text == "Paid. 0 left.");
    CHECK(in_en.story->choices()[0].disabled_reason == "No money left");
}

TEST_CASE("a bundled scenario switches to every shipped language mid-story") {
    for (const std::string& lang : shipped_language_dirs()) {
        for (const std::string& file : scenario_files()) {
            lure::DiskFileSource disk;
            auto parsed = lure::load_scenario(file, disk);
            REQUIRE(parsed.ok());
            const lure::Scenario& en = parsed.scenario;
            std::vector<lure::Diagnostic> w;
            lure::Catalog catalog =
                lure::load_catalog(std::string(LURE_BUILD_ASSETS) + "/l10n/" + lang + "/" + en.header.id + ".mo", w);
            CHECK_MESSAGE(w.empty(), lang << "/" << en.header.id);
            const lure::Scenario local = lure::localize(en, catalog).scenario;
            lure::Story story(en);
            story.start(7);
            for (int step = 0; step < 3 && !story.is_ended(); ++step) {
                std::size_t pick = 0;
                while (pick < story.choices().size() && !story.choices()[pick].enabled) ++pick;
                if (pick == story.choices().size()) break;
                story.choose(pick);
            }
            lure::RestoreResult back = lure::restore(local, lure::save(story));
            REQUIRE_MESSAGE(back.story, lang << "/" << en.header.id);
            check_same_state(story, *back.story);
            const auto& lines = back.story->current().lines;
            const auto& source_lines = story.current().lines;
            REQUIRE(lines.size() == source_lines.size());
            for (std::size_t i = 0; i < lines.size(); ++i) {
                CHECK(lines[i].line_id == source_lines[i].line_id);
                CHECK(lines[i].flags == source_lines[i].flags);
            }
        }
    }
}
