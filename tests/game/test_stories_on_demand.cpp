// Stories on demand (the web edition): scripts/build-steps/web-story-packs.py leaves each story's header in place
// and packs its text; the library reads the headers for the story picker, refuses to play one, and
// plays the whole story once its pack is unpacked over the header (ScenarioLibrary::load_whole).
#include <doctest/doctest.h>

#include "journey/journey.h"
#include "l10n/language_pack.h"

#include <lure/file_source.h>

#include <cstdlib>
#include <filesystem>
#include <string>

using namespace lureproof;

namespace fs = std::filesystem;

TEST_CASE("headers for the picker, the whole story after its pack arrives") {
  const fs::path root = fs::temp_directory_path() / ("lureproof-stories-" + std::to_string(std::rand()));
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios", root / "scenarios", fs::copy_options::recursive);
  const std::string command = "python3 " + std::string(LUREPROOF_SOURCE_DIR) +
                              "/scripts/build-steps/web-story-packs.py " + (root / "scenarios").string() + " " +
                              (root / "stories").string();
  REQUIRE(std::system(command.c_str()) == 0);

  ScenarioLibrary whole;
  whole.load_directory(std::string(LUREPROOF_SOURCE_DIR) + "/assets/scenarios", {});
  ScenarioLibrary library;
  library.load_directory((root / "scenarios").string(), {}, true);
  CHECK(library.problems().empty());
  REQUIRE(library.size() == whole.size());
  SiteConfig config;
  config.quiz = false;
  Journey journey(library, config);
  for (int i = 0; i < library.size(); ++i) {
    const lure::Header& h = library.scenario(i).header;
    const lure::Header& w = whole.scenario(i).header;
    CAPTURE(w.id);
    CHECK_FALSE(library.whole(i));
    CHECK(library.scenario(i).nodes.empty());  // the header only: the text is in the pack
    CHECK(fs::file_size(library.path(i)) < 1024);
    // What the story picker, the content status and the localizer read of a story.
    CHECK(h.id == w.id);
    CHECK(h.title == w.title);
    CHECK(h.summary == w.summary);
    CHECK(h.language == w.language);
    CHECK(h.persona.name == w.persona.name);
    CHECK(h.persona.situation == w.persona.situation);
    CHECK(h.technique == w.technique);
    CHECK(h.minutes == w.minutes);
    CHECK(h.content_note == w.content_note);
    CHECK(h.facts_checked == w.facts_checked);
    CHECK(h.reviewed_on == w.reviewed_on);
    Session s;
    s.language = "en";
    CHECK_FALSE(journey.start_scenario(s, i, 0.0));  // a header cannot be played
    CHECK_FALSE(s.story);

    const std::string pack = lure::DiskFileSource().read((root / "stories" / (w.id + ".pack")).string()).value_or("");
    std::string error;
    REQUIRE_MESSAGE(unpack_language_pack(pack, (root / "scenarios").string(), error), error);
    const lure::Scenario* address = &library.scenario(i);
    REQUIRE(library.load_whole(i));
    CHECK(library.whole(i));
    CHECK(&library.scenario(i) == address);  // in place: a pointer taken from the header stays valid
    CHECK(library.scenario(i).nodes.size() == whole.scenario(i).nodes.size());
    CHECK(library.scenario(i).characters.size() == whole.scenario(i).characters.size());  // include: followed
    CHECK(journey.start_scenario(s, i, 0.0));
    CHECK(s.story);
  }
  fs::remove_all(root);
}

TEST_CASE("a pack that does not hold the story leaves the header, with the reason") {
  const fs::path root = fs::temp_directory_path() / ("lureproof-stories-bad-" + std::to_string(std::rand()));
  fs::create_directories(root);
  {
    std::FILE* f = std::fopen((root / "x.lure").string().c_str(), "wb");
    REQUIRE(f);
    std::fputs("scenario: x\ntitle: X\nlanguage: en\n", f);
    std::fclose(f);
  }
  ScenarioLibrary library;
  library.load_directory(root.string(), {}, true);
  REQUIRE(library.size() == 1);
  CHECK_FALSE(library.whole(0));
  CHECK_FALSE(library.load_whole(0));  // still the header: no node
  CHECK_FALSE(library.whole(0));
  CHECK(library.scenario(0).header.title == "X");
  REQUIRE(library.problems().size() == 1);
  CHECK(library.problems()[0].find("LP229") != std::string::npos);
  fs::remove_all(root);
}
