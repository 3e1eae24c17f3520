// tr()/trn() for UI strings: English without a catalogue, translations after set_ui_language(),
// plural forms, fallback with a warning for a language without catalogue.
#include "l10n/tr.h"
#include "l10n_test_helpers.h"

using namespace lureproof;

TEST_CASE("tr and trn follow the UI language") {
    const std::string fixtures = LURE_L10N_FIXTURES;
    CHECK(set_ui_language("en", fixtures).empty());
    CHECK(std::string(tr("Touch to start")) == "Touch to start");
    CHECK(std::string(trn("%d red flag spotted", "%d red flags spotted", 2)) == "%d red flags spotted");

    // The fixtures folder stands in for assets/: <dir>/l10n/<lang>/ui.mo
    const std::string root = std::filesystem::temp_directory_path().string() + "/lure_tr_assets";
    std::filesystem::create_directories(root + "/l10n/ro");
    std::filesystem::copy_file(fixtures + "/fixture.mo", root + "/l10n/ro/ui.mo",
                               std::filesystem::copy_options::overwrite_existing);
    CHECK(set_ui_language("ro", root).empty());
    CHECK(ui_language() == "ro");
    const char* before = tr("Touch to start");
    CHECK(std::string(before) == "Atinge pentru a începe");
    CHECK(std::string(tr("Not translated")) == "Not translated");
    CHECK(std::string(trn("%d red flag spotted", "%d red flags spotted", 1)) == "%d semnal de alarmă observat");
    CHECK(std::string(trn("%d red flag spotted", "%d red flags spotted", 3)) == "%d semnale de alarmă observate");
    CHECK(std::string(trn("%d red flag spotted", "%d red flags spotted", 25)) == "%d de semnale de alarmă observate");

    auto w = set_ui_language("pl", root);  // no catalogue: warning, English
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N001");
    CHECK(std::string(tr("Touch to start")) == "Touch to start");
    CHECK(std::string(before) == "Atinge pentru a începe");  // earlier pointers stay valid
    set_ui_language("en", root);
    std::filesystem::remove_all(root);
}
