// Plural-Forms parsing and evaluation with the real rules of the shipped languages, and limits.
#include "l10n_test_helpers.h"

using lure::PluralRule;

namespace {
PluralRule rule(const char* forms) {
    PluralRule r;
    std::string error;
    REQUIRE_MESSAGE(r.parse(forms, error), error);
    return r;
}
std::vector<int> indices(const PluralRule& r, std::initializer_list<unsigned long> ns) {
    std::vector<int> out;
    for (unsigned long n : ns) out.push_back(r.index(n));
    return out;
}
}  // namespace

TEST_CASE("Romanian: one, few (0, 2-19, x01-x19), other") {
    auto r = rule("nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);");
    CHECK(r.nplurals() == 3);
    CHECK(indices(r, {1, 0, 2, 19, 20, 21, 100, 101, 119, 120, 1000}) ==
          std::vector<int>{0, 1, 1, 1, 2, 2, 2, 1, 1, 2, 2});
}

TEST_CASE("Polish: one, few (2-4 except 12-14), many") {
    auto r = rule("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    CHECK(indices(r, {1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 102, 112, 0}) ==
          std::vector<int>{0, 1, 1, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2});
}

TEST_CASE("Ukrainian: one (1, 21, not 11), few, many") {
    auto r =
        rule("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    CHECK(indices(r, {1, 11, 21, 101, 111, 2, 3, 4, 12, 14, 22, 5, 0, 25}) ==
          std::vector<int>{0, 2, 0, 0, 2, 1, 1, 1, 2, 2, 1, 2, 2, 2});
}

namespace {
// The rule as the shipped catalogue's header gives it (assets/l10n/<lang>/ui.po).
PluralRule shipped_rule(const std::string& lang) {
    for (const l10n_test::PoEntry& e :
         l10n_test::read_po(std::string(LURE_SOURCE_ASSETS) + "/l10n/" + lang + "/ui.po")) {
        if (!e.msgid.empty() || e.msgstr.empty()) continue;
        const std::size_t at = e.msgstr[0].find("Plural-Forms:");
        REQUIRE_MESSAGE(at != std::string::npos, lang);
        const std::size_t end = e.msgstr[0].find('\n', at);
        return rule(e.msgstr[0].substr(at + 13, end == std::string::npos ? std::string::npos : end - at - 13).c_str());
    }
    FAIL("no header in " << lang << "/ui.po");
    return {};
}
}  // namespace

TEST_CASE("Czech and Slovak (shipped headers): one, few (2-4), other") {
    for (const char* lang : {"cs", "sk"}) {
        CAPTURE(lang);
        auto r = shipped_rule(lang);
        CHECK(r.nplurals() == 3);
        CHECK(indices(r, {1, 2, 3, 4, 5, 0, 11, 21, 22, 101}) == std::vector<int>{0, 1, 1, 1, 2, 2, 2, 2, 2, 2});
    }
}

TEST_CASE("Russian (shipped header): one (1, 21, not 11), few (2-4, 22-24, not 12-14), many") {
    auto r = shipped_rule("ru");
    CHECK(r.nplurals() == 3);
    CHECK(indices(r, {1, 11, 21, 101, 111, 2, 4, 12, 14, 22, 5, 0, 25}) ==
          std::vector<int>{0, 2, 0, 0, 2, 1, 1, 2, 2, 1, 2, 2, 2});
}

TEST_CASE("Bulgarian, Greek, German, Italian, Spanish, (European) Portuguese, Dutch, Hungarian: n != 1") {
    auto r = rule("nplurals=2; plural=(n != 1);");
    CHECK(indices(r, {0, 1, 2, 11, 1000000}) == std::vector<int>{1, 0, 1, 1, 1});
}

TEST_CASE("French: n > 1 (zero is singular)") {
    auto r = rule("nplurals=2; plural=(n > 1);");
    CHECK(indices(r, {0, 1, 2, 100}) == std::vector<int>{0, 0, 1, 1});
}

TEST_CASE("CLDR 'many' for French, Italian, Spanish (millions)") {
    auto fr = rule("nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;");
    CHECK(indices(fr, {0, 1, 2, 1000000, 2000000, 1000001}) == std::vector<int>{0, 0, 2, 1, 1, 2});
    auto es = rule("nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;");
    CHECK(indices(es, {0, 1, 2, 1000000}) == std::vector<int>{2, 0, 2, 1});
}

TEST_CASE("default rule is English") {
    PluralRule r;
    CHECK(r.nplurals() == 2);
    CHECK(indices(r, {0, 1, 2}) == std::vector<int>{1, 0, 1});
}

TEST_CASE("bad expressions are refused and leave the rule unchanged") {
    PluralRule r;
    std::string error;
    for (const char* bad : {"plural=(n != 1);", "nplurals=2;", "nplurals=0; plural=0;", "nplurals=2; plural=(n != 1;",
                            "nplurals=2; plural=n ? 1;", "nplurals=2; plural=x;", "nplurals=2; plural=n +;",
                            "nplurals=99; plural=n;", "nplurals=2; plural=n != 1 1;"}) {
        error.clear();
        CHECK_MESSAGE(!r.parse(bad, error), bad);
        CHECK_MESSAGE(!error.empty(), bad);
    }
    CHECK(r.index(1) == 0);
    CHECK(r.index(5) == 1);
}

TEST_CASE("limits: nesting, length, size; no traps") {
    PluralRule r;
    std::string error;
    std::string deep = "nplurals=2; plural=" + std::string(200, '(') + "n" + std::string(200, ')') + ";";
    CHECK_FALSE(r.parse(deep, error));
    CHECK(error.find("nested") != std::string::npos);
    std::string longer = "nplurals=2; plural=n" + std::string(600, ' ') + ";";
    CHECK_FALSE(r.parse(longer, error));
    std::string wide = "nplurals=2; plural=n";
    for (int i = 0; i < 200; ++i) wide += "+n";
    CHECK_FALSE(r.parse(wide + ";", error));
    CHECK(r.parse("nplurals=2; plural=n/0 + n%0;", error));  // division by zero gives 0, no crash
    CHECK(r.index(7) == 0);
    CHECK(r.parse("nplurals=2; plural=n*5;", error));  // out of range results give form 0
    CHECK(r.index(3) == 0);
    CHECK(r.parse("nplurals=2; plural=!(n==1);", error));
    CHECK(r.index(1) == 0);
    CHECK(r.index(2) == 1);
}
