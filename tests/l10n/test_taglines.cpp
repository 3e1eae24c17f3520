// The attract tagline per language: the build's taglines.tsv (from the ui.po files) agrees with the
// compiled catalogues, the enabled languages are chosen in order, and the cycle and its timing.
#include "l10n/taglines.h"
#include "l10n_test_helpers.h"

#include <cmath>

using namespace lureproof;

using namespace l10n_test;

TEST_CASE("taglines.tsv: comments, malformed and CRLF lines") {
    const auto t = parse_taglines("# header\tx\npl\tZbyt piękne?\r\n\tno code\nnotab\nuk\t\nel\tΠολύ καλό;");
    CHECK(t.size() == 2);
    CHECK(t.at("pl") == "Zbyt piękne?");
    CHECK(t.at("el") == "Πολύ καλό;");
    CHECK(parse_taglines("").empty());
}

TEST_CASE("the generated taglines.tsv has every shipped language, as its ui.mo translates the tagline") {
    const auto all = load_taglines(LURE_BUILD_ASSETS);
    REQUIRE(all.count("en"));
    CHECK(all.at("en") == kAttractTagline);  // cmake/L10n.cmake passes the same English text
    REQUIRE_FALSE(shipped_language_dirs().empty());
    for (const std::string& lang : shipped_language_dirs()) {
        std::vector<lure::Diagnostic> w;
        const lure::Catalog ui = lure::load_catalog(std::string(LURE_BUILD_ASSETS) + "/l10n/" + lang + "/ui.mo", w);
        const std::string* translated = ui.find({}, kAttractTagline);
        REQUIRE_MESSAGE(translated, lang);
        REQUIRE_MESSAGE(all.count(lang), lang);
        CHECK(all.at(lang) == *translated);
        CHECK(all.at(lang) != kAttractTagline);
    }
}

TEST_CASE("the attract screen gets the taglines of the enabled languages, in their order") {
    const std::map<std::string, std::string> all = {
        {"en", "Too good?"}, {"pl", "Zbyt piękne?"}, {"uk", "Занадто добре?"}};
    auto t = taglines_for(all, {"uk", "xx", "en", "pl"});
    REQUIRE(t.size() == 3);  // xx has none: left out
    CHECK(t[0].language == "uk");
    CHECK(t[0].text == "Занадто добре?");
    CHECK(t[1].language == "en");
    CHECK(t[1].text == kAttractTagline);
    CHECK(t[2].text == "Zbyt piękne?");
    t = taglines_for(all, {"pl"});
    REQUIRE(t.size() == 1);
    CHECK(t[0].text == "Zbyt piękne?");
    t = taglines_for({}, {"pl", "uk"});  // no file: the English tagline alone
    REQUIRE(t.size() == 1);
    CHECK(t[0].text == kAttractTagline);
}

TEST_CASE("the tagline cycles through every enabled language, with a fade; reduced motion switches slower, no fade") {
    const int n = 4;
    std::vector<int> seen;
    for (double clock = 0.0; clock < kTaglinePeriod * n * 2; clock += kTaglinePeriod) {
        const TaglineFrame f = tagline_frame(clock + kTaglinePeriod * 0.5, n, false);
        seen.push_back(f.index);
        CHECK(f.alpha == doctest::Approx(1.0));  // fully shown mid-period
    }
    CHECK(seen == std::vector<int>{0, 1, 2, 3, 0, 1, 2, 3});
    CHECK(tagline_frame(kTaglinePeriod + kTaglineFade * 0.2, n, false).alpha < 0.5f);  // fading in
    CHECK(tagline_frame(kTaglinePeriod + kTaglineFade * 0.2, n, false).next_change_in <= kTaglineFade);
    CHECK(tagline_frame(kTaglinePeriod * 0.98, n, false).alpha == 1.f);  // still until the next one
    CHECK(tagline_frame(kTaglinePeriod * 0.5, n, false).next_change_in == doctest::Approx(kTaglinePeriod * 0.5));

    // Reduced motion: never faded, and each tagline stays longer.
    for (double clock = 0.0; clock < 60.0; clock += 0.25) CHECK(tagline_frame(clock, n, true).alpha == 1.f);
    CHECK(tagline_frame(kTaglinePeriod + 0.1, n, true).index == 0);
    CHECK(tagline_frame(kTaglineCalmPeriod + 0.1, n, true).index == 1);
    CHECK(kTaglineCalmPeriod > kTaglinePeriod);

    // One language, or a strange clock: the first tagline, fully shown.
    CHECK(tagline_frame(123.4, 1, false).index == 0);
    CHECK(tagline_frame(123.4, 1, false).alpha == 1.f);
    CHECK(tagline_frame(-5.0, n, false).index == 0);
    CHECK(tagline_frame(std::nan(""), n, false).index == 0);
    CHECK(tagline_frame(1e300, n, false).index >= 0);
    CHECK(tagline_frame(1e300, n, false).index < n);
}
