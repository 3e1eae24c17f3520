// Operator texts (kiosk.toml) in the visitor's language: the operator's own variant first, else the
// default through the UI catalogue, so the built-in helplines appear translated in every language.
#include "l10n/operator_text.h"
#include "l10n/tr.h"
#include "l10n_test_helpers.h"

using namespace lureproof;

using namespace l10n_test;

namespace {
LocalText text(std::string value, std::map<std::string, std::string> variants = {}) {
    LocalText t(std::move(value));
    t.variants = std::move(variants);
    return t;
}
}  // namespace

TEST_CASE("helpline texts: the visitor's variant, else the default translated, else the default as written") {
    REQUIRE(set_ui_language("uk", LURE_BUILD_ASSETS).empty());
    const std::string uk_name =
        ui_catalog().find({}, "EU emergency number") ? *ui_catalog().find({}, "EU emergency number") : "";
    REQUIRE_FALSE(uk_name.empty());
    // A built-in default: translated by the UI catalogue.
    CHECK(operator_text(text("EU emergency number"), "uk") == uk_name);
    // The operator's own Ukrainian text wins over the catalogue.
    CHECK(operator_text(text("EU emergency number", {{"uk", "Екстрений номер"}}), "uk") == "Екстрений номер");
    // The operator's own text without a Ukrainian variant: shown as written.
    CHECK(operator_text(text("Local line", {{"el", "Τοπική γραμμή"}}), "uk") == "Local line");
    CHECK(operator_text(text(""), "uk").empty());

    REQUIRE(set_ui_language("el", LURE_BUILD_ASSETS).empty());
    CHECK(operator_text(text("Local line", {{"el", "Τοπική γραμμή"}}), "el") == "Τοπική γραμμή");
    REQUIRE(set_ui_language("en", LURE_BUILD_ASSETS).empty());
    CHECK(operator_text(text("EU emergency number", {{"uk", "Екстрений номер"}}), "en") == "EU emergency number");
}

// Checked on the catalogues directly: tr()'s cache is process-wide, and test_ui_tr.cpp needs "ro" and
// "pl" to come from its own fixtures (operator_text() goes through tr(), as the first test shows).
TEST_CASE("the built-in helplines and QR caption are translated in every shipped language") {
    const SiteConfig defaults;
    for (const std::string& lang : shipped_language_dirs()) {
        std::vector<lure::Diagnostic> w;
        const lure::Catalog ui = lure::load_catalog(std::string(LURE_BUILD_ASSETS) + "/l10n/" + lang + "/ui.mo", w);
        REQUIRE_MESSAGE(w.empty(), lang);
        auto translated = [&](const std::string& english) {
            const std::string* t = ui.find({}, english);
            return t && !t->empty() && *t != english;
        };
        for (const Helpline& h : defaults.helplines) {
            CHECK_MESSAGE(translated(h.name.value), lang << ": " << h.name.value);
            if (!h.note.value.empty()) CHECK_MESSAGE(translated(h.note.value), lang << ": " << h.note.value);
        }
        CHECK_MESSAGE(translated(defaults.qr_caption.value), lang);
    }
}

TEST_CASE("the built-in helplines are the verified EU-wide numbers only") {
    std::set<std::string> numbers;
    for (const Helpline& h : SiteConfig().helplines) numbers.insert(h.number);
    CHECK(numbers == std::set<std::string>{"112", "116 000", "116 111", "116 006"});
}

TEST_CASE("teaser lines: the visitor's own lines, else the default lines, else none (built-in teaser)") {
    LocalLines lines(std::vector<std::string>{"Hello"});
    lines.variants["pl"] = {"Cześć", "Praca?"};
    lines.variants["uk"] = {};
    CHECK(operator_lines(lines, "pl") == std::vector<std::string>{"Cześć", "Praca?"});
    CHECK(operator_lines(lines, "uk") == std::vector<std::string>{"Hello"});  // an empty list counts as none
    CHECK(operator_lines(lines, "el") == std::vector<std::string>{"Hello"});
    LocalLines only_pl;
    only_pl.variants["pl"] = {"Cześć"};
    CHECK(operator_lines(only_pl, "en").empty());
    CHECK(operator_lines(LocalLines(), "pl").empty());
}
