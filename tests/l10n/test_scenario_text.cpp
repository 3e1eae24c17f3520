// LocalizedScenarios (the game's per-language scenario cache) and continue_in() with the shipped
// catalogues: stable addresses, coverage, a missing language falls back with a warning.
#include "l10n/scenario_text.h"
#include "l10n_test_helpers.h"

using namespace lureproof;

using namespace l10n_test;

TEST_CASE("scenarios in the visitor's language, cached, with fallback") {
    REQUIRE_FALSE(scenario_files().empty());
    lure::DiskFileSource disk;
    auto parsed = lure::load_scenario(scenario_files().front(), disk);
    REQUIRE(parsed.ok());
    const lure::Scenario& en = parsed.scenario;
    LocalizedScenarios scenarios(LURE_BUILD_ASSETS);

    CHECK(&scenarios.get(en, "en") == &en);
    REQUIRE(scenarios.coverage(en, "en") != nullptr);
    CHECK(scenarios.coverage(en, "en")->percent() == doctest::Approx(100.0));

    for (const std::string& lang : shipped_language_dirs()) {
        const lure::Scenario& local = scenarios.get(en, lang);
        CHECK(&local != &en);
        CHECK(&scenarios.get(en, lang) == &local);  // cached: a Story may point at it
        CHECK(local.header.language == lang);
        CHECK(local.header.title != en.header.title);
        CHECK(scenarios.coverage(en, lang)->translated == scenarios.coverage(en, lang)->total);
    }
    CHECK(scenarios.take_warnings().empty());

    const lure::Scenario& xx = scenarios.get(en, "xx");  // no catalogue: English, with a warning
    CHECK(&xx == &en);
    auto w = scenarios.take_warnings();
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N001");
    CHECK(scenarios.coverage(en, "xx")->translated == 0);
}

TEST_CASE("continue_in keeps the story and shows the new language") {
    lure::DiskFileSource disk;
    auto parsed = lure::load_scenario(scenario_files().back(), disk);
    REQUIRE(parsed.ok());
    LocalizedScenarios scenarios(LURE_BUILD_ASSETS);
    for (const std::string& lang : shipped_language_dirs()) {
        lure::Story story(parsed.scenario);
        story.start(11);
        REQUIRE(story.choose(0));
        std::vector<lure::Diagnostic> problems;
        std::optional<lure::Story> moved = continue_in(story, scenarios.get(parsed.scenario, lang), problems);
        REQUIRE(moved);
        CHECK_FALSE(lure::has_errors(problems));
        CHECK(moved->current().id == story.current().id);
        CHECK(moved->path() == story.path());
        CHECK(moved->variables() == story.variables());
        std::vector<const lure::LineView*> before, after;
        for (const lure::NodeView* n : story.step_nodes())
            for (const auto& l : n->lines) before.push_back(&l);
        for (const lure::NodeView* n : moved->step_nodes())
            for (const auto& l : n->lines) after.push_back(&l);
        REQUIRE_FALSE(after.empty());
        REQUIRE(after.size() == before.size());
        CHECK(after[0]->line_id == before[0]->line_id);
        CHECK(after[0]->text != before[0]->text);
    }
}

TEST_CASE("the story map in the visitor's language: translated node labels and choice texts") {
    std::string file;
    for (const std::string& f : scenario_files())
        if (f.size() >= 19 && f.compare(f.size() - 19, 19, "marriage-offer.lure") == 0) file = f;
    REQUIRE_FALSE(file.empty());  // its node ask_irina has a `label:`
    lure::DiskFileSource disk;
    auto parsed = lure::load_scenario(file, disk);
    REQUIRE(parsed.ok());
    LocalizedScenarios scenarios(LURE_BUILD_ASSETS);
    const lure::Graph& en = scenarios.graph(parsed.scenario, "en");
    CHECK(&scenarios.graph(parsed.scenario, "en") == &en);  // cached: the debrief keeps its layout by address
    int irina = -1;
    for (size_t v = 0; v < en.vertices.size(); ++v)
        if (en.vertices[v].id == "ask_irina") irina = int(v);
    REQUIRE(irina >= 0);
    CHECK(en.vertices[size_t(irina)].label == "Asks Irina");
    for (const std::string& lang : shipped_language_dirs()) {
        CAPTURE(lang);
        const lure::Graph& local = scenarios.graph(parsed.scenario, lang);
        REQUIRE(local.vertices.size() == en.vertices.size());
        REQUIRE(local.edges.size() == en.edges.size());
        CHECK(local.vertices[size_t(irina)].label != en.vertices[size_t(irina)].label);
        int choices = 0, translated = 0;
        for (size_t e = 0; e < en.edges.size(); ++e) {
            CHECK(local.edges[e].to == en.edges[e].to);
            if (en.edges[e].kind != lure::GraphEdge::Kind::Choice) continue;
            ++choices;
            translated += local.edges[e].label != en.edges[e].label;
        }
        CHECK(translated == choices);
    }
}
