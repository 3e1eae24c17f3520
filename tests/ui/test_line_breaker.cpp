// Line breaking (game/ui/line_breaker.h) and the hyphenation table (game/l10n/hyphenation.h): words
// stay whole, a word wider than the line breaks after its '-', at a dictionary point or where it
// must, always with a visible hyphen; the build's German table knows "Überspringen", the Czech, Slovak
// and Russian ones a long word each; a story's table (the web's) joins its language's.
#include "l10n/hyphenation.h"
#include "l10n/tr.h"
#include "lure/file_source.h"
#include "ui/line_breaker.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

using namespace lureproof;

namespace {
// Every character (not byte) one unit wide, like a monospaced font.
float chars(std::string_view s) {
  float n = 0.f;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1.f : 0.f;
  return n;
}
std::vector<std::string> wrap(std::string_view text, float width, const HyphenationTable* table = nullptr) {
  return line_texts(text, break_lines(text, width, chars, table));
}
HyphenationTable table_of(std::string_view text) {
  HyphenationTable t;
  std::string error;
  REQUIRE(t.parse(text, error));
  return t;
}
}  // namespace

TEST_CASE("lines end at spaces, never inside a word that fits on a line of its own") {
  CHECK(wrap("Bitte Überspringen", 14) == std::vector<std::string>{"Bitte", "Überspringen"});
  CHECK(wrap("5 = voll und ganz", 10) == std::vector<std::string>{"5 = voll", "und ganz"});
  CHECK(wrap("one two three", 0) == std::vector<std::string>{"one two three"});
  CHECK(wrap("", 10).empty());
}

TEST_CASE("newlines end lines, an empty paragraph is an empty line, spaces at line ends are dropped") {
  CHECK(wrap("a\n\nb", 10) == std::vector<std::string>{"a", "", "b"});
  CHECK(wrap("a\n", 10) == std::vector<std::string>{"a"});
  CHECK(wrap("aa   bb", 3) == std::vector<std::string>{"aa", "bb"});
}

TEST_CASE("a word wider than the line breaks with a visible hyphen where it must") {
  // ImGui's own wrapping gives "Überspring" / "en": no hyphen, and a break anywhere.
  const std::vector<std::string> lines = wrap("Überspringen", 8);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "Überspr-");
  CHECK(lines[1] == "ingen");
  for (const std::string& l : wrap("Donaudampfschifffahrt", 5)) CHECK(chars(l) <= 5.f);
}

TEST_CASE("a word wider than the line breaks at its dictionary points first") {
  const HyphenationTable de = table_of("LUREHYPH 1\nÜber=sprin=gen\n");
  CHECK(wrap("Überspringen", 8, &de) == std::vector<std::string>{"Über-", "springen"});
  CHECK(wrap("Überspringen", 11, &de) == std::vector<std::string>{"Übersprin-", "gen"});
  // Punctuation round the word does not hide it from the table; the following words join its last piece.
  CHECK(wrap("„Überspringen“ ja", 12, &de) == std::vector<std::string>{"„Übersprin-", "gen“ ja"});
  CHECK(wrap("„Überspringen“ ja", 9, &de) == std::vector<std::string>{"„Über-", "springen“", "ja"});
}

TEST_CASE("a word with its own hyphen or slash breaks there without another") {
  CHECK(wrap("E-Mail-Adresse", 8) == std::vector<std::string>{"E-Mail-", "Adresse"});
  CHECK(wrap("example.org/jobs/apply", 17) == std::vector<std::string>{"example.org/jobs/", "apply"});
}

TEST_CASE("the hyphenation table refuses a wrong header and skips malformed lines") {
  HyphenationTable t;
  std::string error;
  CHECK_FALSE(t.parse("LUREPACK 1\nab=cd\n", error));
  CHECK(error.find("line 1") != std::string::npos);
  REQUIRE(t.parse("LUREHYPH 1\n=ab\nab=\nab==cd\n\nplain\nWort=tren=nung\n", error));
  CHECK(t.size() == 1);
  REQUIRE(t.breaks("Worttrennung") != nullptr);
  CHECK(*t.breaks("Worttrennung") == std::vector<size_t>{4, 8});
  CHECK(t.breaks("worttrennung") == nullptr);
}

TEST_CASE("the build's hyphenation tables come from Debian's dictionaries (scripts/build-steps/l10n-hyphenation.py)") {
  for (const char* lang : {"de", "el", "pl"}) {
    CAPTURE(lang);
    const std::optional<std::string> text =
        lure::DiskFileSource().read(std::string(LUREPROOF_BUILD_ASSETS) + "/l10n/" + lang + "/" + kHyphenationFile);
    REQUIRE(text);
    HyphenationTable t;
    std::string error;
    REQUIRE(t.parse(*text, error));
    CHECK(t.size() > 100);
    if (std::string(lang) == "de") {
      REQUIRE(t.breaks("Überspringen"));
      CHECK(wrap("Überspringen", 8, &t) == std::vector<std::string>{"Über-", "springen"});
    }
  }
}

TEST_CASE("the build's Czech, Slovak and Russian tables break their long words at Debian's points") {
  const struct {
    const char* lang;
    const char* word;
    std::vector<std::string> lines;  // at 8 characters a line
  } samples[] = {{"cs", "Nepřesouvej", {"Nepře-", "souvej"}},
                 {"sk", "Hostiteľská", {"Hosti-", "teľská"}},
                 {"ru", "Безопасные", {"Безопас-", "ные"}}};
  for (const auto& s : samples) {
    CAPTURE(s.lang);
    const std::optional<std::string> text =
        lure::DiskFileSource().read(std::string(LUREPROOF_BUILD_ASSETS) + "/l10n/" + s.lang + "/" + kHyphenationFile);
    REQUIRE(text);
    const HyphenationTable t = table_of(*text);
    CHECK(t.size() > 100);
    REQUIRE(t.breaks(s.word));
    CHECK(wrap(s.word, 8, &t) == s.lines);
  }
}

TEST_CASE("a story's hyphenation table joins its language's when the story's translation loads (the web's split)") {
  const std::filesystem::path assets = std::filesystem::temp_directory_path() / "lureproof-hyphenation-split";
  std::filesystem::create_directories(assets / "l10n" / "xx");
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(assets / "l10n" / "xx" / name, std::ios::binary) << text;
  };
  write(kHyphenationFile, "LUREHYPH 1\nWort=tren=nung\n");
  write(story_hyphenation_file("job"), "LUREHYPH 1\nÜber=sprin=gen\nWortt=rennung\n");
  set_ui_language("xx", assets.string());
  CHECK(ui_hyphenation().breaks("Überspringen") == nullptr);
  add_story_hyphenation("xx", assets.string(), "job");
  add_story_hyphenation("xx", assets.string(), "none");  // a story without a table (natively: every one)
  REQUIRE(ui_hyphenation().breaks("Überspringen") != nullptr);
  CHECK(*ui_hyphenation().breaks("Überspringen") == std::vector<size_t>{5, 10});
  CHECK(*ui_hyphenation().breaks("Worttrennung") == std::vector<size_t>{4, 8});  // the UI's points stay
  set_ui_language("en", assets.string());
  std::filesystem::remove_all(assets);
}
