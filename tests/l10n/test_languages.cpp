// The one language list: shipped languages first and all planned, translations for every shipped
// language (and otherwise only for planned ones being translated), the kiosk docs naming the planned codes.
#include <doctest/doctest.h>

#include <lure/l10n.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

TEST_CASE("planned languages begin with the shipped ones, in order, each code once") {
    const std::vector<std::string>& shipped = lure::shipped_languages();
    const std::vector<std::string>& planned = lure::planned_languages();
    REQUIRE(planned.size() > shipped.size());
    CHECK(std::equal(shipped.begin(), shipped.end(), planned.begin()));
    CHECK(std::set<std::string>(planned.begin(), planned.end()).size() == planned.size());
    for (const std::string& code : shipped) CHECK_MESSAGE(lure::language_endonym(code) != code, code);
    CHECK(lure::language_endonym("hu") == "Magyar");   // planned: named in its own words
    CHECK(lure::language_endonym("ar") == "العربية");  // planned, drawn in the Arabic face
    CHECK(lure::language_endonym("ary") == "ary");     // planned, no endonym yet: the code
    CHECK(lure::language_endonym("fi") == "fi");       // not planned
    CHECK(lure::language_endonym("cs") == "Čeština");
    CHECK(lure::language_endonym("sk") == "Slovenčina");
}

TEST_CASE("Arabic and Darija are the right-to-left languages") {
    for (const std::string& code : lure::planned_languages())
        CHECK_MESSAGE(lure::language_right_to_left(code) == (code == "ar" || code == "ary"), code);
    CHECK_FALSE(lure::language_right_to_left("xx"));
    CHECK_FALSE(lure::language_right_to_left(""));
}

TEST_CASE("every shipped language is translated; other translations are of planned languages") {
    std::set<std::string> translated{"en"};  // the source language
    for (const auto& entry : std::filesystem::directory_iterator(std::string(LURE_SOURCE_ASSETS) + "/l10n"))
        if (entry.is_directory() && entry.path().filename() != "templates")
            translated.insert(entry.path().filename().string());
    const std::vector<std::string>& shipped = lure::shipped_languages();
    const std::vector<std::string>& planned = lure::planned_languages();
    for (const std::string& code : shipped)
        CHECK_MESSAGE(translated.count(code) == 1, code << " is shipped untranslated");
    // A language is translated before it ships (shipped = false until the lead switches it on).
    for (const std::string& code : translated)
        CHECK_MESSAGE(std::find(planned.begin(), planned.end(), code) != planned.end(),
                      code << " is not a planned language");
}

TEST_CASE("docs/kiosk.md lists the planned languages as the kiosk's known codes") {
    std::ifstream in(std::string(LURE_SOURCE_ASSETS) + "/../docs/kiosk.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    const std::string marker = "Known codes: ";
    const std::size_t at = doc.find(marker);
    REQUIRE(at != std::string::npos);
    std::string listed;
    for (const std::string& code : lure::planned_languages()) listed += (listed.empty() ? "" : " ") + code;
    CHECK(doc.substr(at + marker.size(), listed.size() + 1) == listed + " ");
}
