// The languages a run offers when its config lists none: every shipped language the build found complete
// (languages.tsv from scripts/build-steps/l10n-complete.sh), English first, in the picker's order.
#include <doctest/doctest.h>

#include "kiosk/complete_languages.h"
#include "kiosk/kiosk_runtime.h"
#include "temp_dir.h"

#include <lure/l10n.h>

#include <filesystem>

using namespace lureproof;

using Codes = std::vector<std::string>;

TEST_CASE("complete languages: only shipped 'complete' rows, English first, in the picker's order") {
  const char* tsv =
      "# language\tstatus\tmissing\n"
      "en\tcomplete\n"
      "uk\tcomplete\n"
      "de\tincomplete\tdream-job (3 untranslated or fuzzy)\n"
      "ro\tcomplete\r\n"
      "zz\tcomplete\n"    // a code Lureproof does not ship: not offered
      "vi\tcomplete\n"    // planned, not shipped yet: not offered
      "\tcomplete\n"      // no code
      "Fr\tcomplete\n"    // not a code
      "ro\tcomplete\n"    // twice
      "pl complete\n"     // no tab
      "bg\tcompleted\n";  // not the status word
  CHECK(parse_complete_languages(tsv) == Codes{"en", "ro", "uk"});
  CHECK(parse_complete_languages("") == Codes{"en"});
  CHECK(parse_complete_languages("el\tcomplete\nen\tincomplete\tui (no catalogue)\n") == Codes{"en", "el"});
}

TEST_CASE("complete languages: a missing file offers English alone") {
  TempDir dir;
  CHECK(load_complete_languages(dir.path()) == Codes{"en"});
  CHECK(load_complete_languages(dir.path() + "/nowhere") == Codes{"en"});
}

TEST_CASE("complete languages: a complete language that is not shipped is not offered by default") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() + "/l10n");
  write_text(dir.path() + "/l10n/languages.tsv", "en\tcomplete\nzz\tcomplete\nuk\tcomplete\n");
  CHECK(load_complete_languages(dir.path()) == Codes{"en", "uk"});
}

TEST_CASE("a config without `languages` offers the complete ones; a config that lists them wins") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("assets/l10n"));
  write_text(dir.file("assets/l10n/languages.tsv"),
             "en\tcomplete\nde\tcomplete\npl\tincomplete\tui (no catalogue)\nro\tcomplete\n"
             "vi\tcomplete\n");  // planned, not shipped yet: not offered
  auto run = [&](const std::string& toml) {
    write_text(dir.file("kiosk.toml"), toml);
    KioskSetup setup;
    setup.config_path = dir.file("kiosk.toml");
    setup.assets_dir = dir.file("assets");
    setup.can_store_data = false;
    setup.context.known_scenarios = {"dream-job"};
    KioskRuntime kiosk;
    kiosk.start(setup);
    return kiosk.config();
  };
  SUBCASE("no languages key") {
    const SiteConfig c = run("idle_timeout_s = 120\n");
    CHECK_FALSE(c.languages_listed);
    CHECK(c.languages == Codes{"en", "ro", "de"});
  }
  SUBCASE("listed: exactly those, even an incomplete one") {
    const SiteConfig c = run("languages = [\"pl\", \"en\"]\n");
    CHECK(c.languages_listed);
    CHECK(c.languages == Codes{"pl", "en"});
  }
  SUBCASE("listed but none usable: the complete ones, and the config problem is reported") {
    const SiteConfig c = run("languages = [\"xx\"]\n");
    CHECK_FALSE(c.languages_listed);
    CHECK(c.languages == Codes{"en", "ro", "de"});
  }
}

TEST_CASE("this build: every shipped language's catalogues are complete, so all are offered by default") {
  // KIOSK_BUILD_ASSETS is the build's staged assets/ (cmake/L10n.cmake writes l10n/languages.tsv there).
  CHECK(load_complete_languages(KIOSK_BUILD_ASSETS) == lure::shipped_languages());
}
