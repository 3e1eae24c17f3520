// l10n_entries(): every visitor-facing text with a stable context, and the .pot writer.
#include "fixture_scenario.h"
#include "l10n_test_helpers.h"

using namespace l10n_test;

namespace {
const lure::L10nEntry* find(const std::vector<lure::L10nEntry>& es, const std::string& ctx) {
    for (const auto& e : es)
        if (e.context == ctx) return &e;
    return nullptr;
}
}  // namespace

TEST_CASE("entries cover header, characters, flags, node properties, lines, choices, reasons") {
    auto r = lure::parse_scenario(kFixtureScenario, "test.lure");
    REQUIRE(r.ok());
    auto es = lure::l10n_entries(r.scenario);
    for (const char* ctx : {"test:title",
                            "test:summary",
                            "test:persona.name",
                            "test:persona.situation",
                            "test:content-note",
                            "character.marius.name",
                            "character.marius.role",
                            "flag.fee.label",
                            "flag.fee.explain",
                            "flag.fee.action",
                            "node.b.title",
                            "a1",
                            "a2",
                            "ca",
                            "cw",
                            "b1",
                            "cb",
                            "cb.reason",
                            "cs",
                            "e1",
                            "e2",
                            "e3"})
        CHECK_MESSAGE(find(es, ctx) != nullptr, ctx);
    CHECK(es.size() == 22);
    CHECK(find(es, "flag.fee.source") == nullptr);  // sources stay untranslated
    const auto* a2 = find(es, "a2");
    CHECK(a2->msgid == "Pay *now* please.");  // markup kept verbatim
    CHECK(a2->reference == "test.lure:22");
    CHECK(a2->comment.find("Marius Pop (marius)") != std::string::npos);
    CHECK(find(es, "a1")->comment.find("{placeholders}") != std::string::npos);
    CHECK(find(es, "cb.reason")->msgid == "No money left");
    CHECK(find(es, "e2")->comment.find("Debrief") != std::string::npos);
}

TEST_CASE("every context is unique, every msgid non-empty") {
    auto r = lure::parse_scenario(kFixtureScenario, "test.lure");
    auto es = lure::l10n_entries(r.scenario);
    std::set<std::string> seen;
    for (const auto& e : es) {
        CHECK_MESSAGE(seen.insert(e.context).second, e.context);
        CHECK(!e.msgid.empty());
    }
}

TEST_CASE("the .pot is valid for gettext: msgctxt per entry, escapes, comments") {
    auto r = lure::parse_scenario(kFixtureScenario, "test.lure");
    std::string pot = lure::write_pot(lure::l10n_entries(r.scenario), "lureproof-test");
    CHECK(pot.find("msgctxt \"a1\"\nmsgid \"Hello {name}.\"\nmsgstr \"\"") != std::string::npos);
    CHECK(pot.find("#: test.lure:22\n") != std::string::npos);
    CHECK(pot.find("charset=UTF-8") != std::string::npos);
    CHECK(lure::po_quote("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
    CHECK(lure::po_quote("a\nb") == "\"\"\n\"a\\n\"\n\"b\"");
    // Round trip through the .po reader the tests use.
    std::string path = std::filesystem::temp_directory_path().string() + "/lure_l10n_test.pot";
    { std::ofstream(path) << pot; }
    auto entries = read_po(path);
    std::filesystem::remove(path);
    REQUIRE(entries.size() == 23);  // header + 22
    CHECK(entries[1].context == "test:title");
    CHECK(entries[1].msgid == "Test");
}

TEST_CASE("entries of every bundled scenario: unique contexts, line ids as keys") {
    for (const std::string& file : scenario_files()) {
        lure::DiskFileSource disk;
        auto r = lure::load_scenario(file, disk);
        REQUIRE_MESSAGE(r.ok(), file);
        auto es = lure::l10n_entries(r.scenario);
        std::set<std::string> seen;
        std::size_t lines = 0;
        for (const auto& e : es) {
            CHECK_MESSAGE(seen.insert(e.context).second, file << ": " << e.context);
            lines += e.context.find('.') == std::string::npos && e.context.find(':') == std::string::npos;
        }
        CHECK_MESSAGE(lines > 50, file);
    }
}

TEST_CASE("a bystander story's at-risk name is translatable like the persona's") {
    std::string text = kFixtureScenario;
    text.insert(text.find("technique:"), "at-risk: Noah\n");
    auto r = lure::parse_scenario(text, "test.lure");
    REQUIRE(r.ok());
    auto es = lure::l10n_entries(r.scenario);
    const auto* e = find(es, "test:at-risk");
    REQUIRE(e != nullptr);
    CHECK(e->msgid == "Noah");
    CHECK(e->reference == "test.lure:6");  // the line it was inserted at, before "technique:"
    CHECK(find(lure::l10n_entries(lure::parse_scenario(kFixtureScenario, "test.lure").scenario), "test:at-risk") ==
          nullptr);

    std::vector<lure::Diagnostic> warnings;
    lure::Catalog catalog;
    REQUIRE(catalog.load_po(
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgctxt \"test:at-risk\"\nmsgid \"Noah\"\nmsgstr \"Ноа\"\n",
        "uk.po", warnings));
    CHECK(lure::localize(r.scenario, catalog).scenario.header.at_risk == "Ноа");
}
