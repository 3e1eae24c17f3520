// .mo reading: contexts, plurals, fuzzy entries, and clear warnings for missing or broken files.
#include "l10n_test_helpers.h"

using namespace l10n_test;

TEST_CASE("a msgfmt-compiled catalogue: header, contexts, no-context entries") {
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = fixture_catalog(w);
    CHECK(w.empty());
    CHECK(c.language() == "ro");
    CHECK(c.plural_rule().nplurals() == 3);
    CHECK(c.get("a1", "Hello {name}.") == "Salut, {name}.");
    CHECK(c.get("e1", "End.") == "Sfârșit.");
    CHECK(c.get("e2", "End.") == "Gata.");  // same msgid, other context
    CHECK(c.get("", "End.") == "End.");     // no context: not found, source back
    CHECK(c.get("", "Touch to start") == "Atinge pentru a începe");
    CHECK(c.get("a1", "Hello there") == "Hello there");  // changed source text: a miss
    CHECK(c.find("zz", "Nothing") == nullptr);
}

TEST_CASE("fuzzy entries are not in the catalogue") {
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = fixture_catalog(w);
    CHECK(c.find("cs", "Stop") == nullptr);
    CHECK(c.get("cs", "Stop") == "Stop");
}

TEST_CASE("plural lookups use the header's rule") {
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = fixture_catalog(w);
    auto p = [&](unsigned long n) {
        return std::string(c.get_plural("", "%d red flag spotted", "%d red flags spotted", n));
    };
    CHECK(p(1) == "%d semnal de alarmă observat");
    CHECK(p(2) == "%d semnale de alarmă observate");
    CHECK(p(0) == "%d semnale de alarmă observate");
    CHECK(p(20) == "%d de semnale de alarmă observate");
    CHECK(p(101) == "%d semnale de alarmă observate");
    lure::Catalog empty;
    CHECK(empty.get_plural("", "%d flag", "%d flags", 1) == "%d flag");
    CHECK(empty.get_plural("", "%d flag", "%d flags", 3) == "%d flags");
}

TEST_CASE("a missing .mo: warning L10N001, empty catalogue, source text") {
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = lure::load_catalog("/nonexistent/l10n/xx/ui.mo", w);
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N001");
    CHECK(w[0].severity == lure::Severity::Warning);
    CHECK(w[0].message.find("/nonexistent/l10n/xx/ui.mo") != std::string::npos);
    CHECK(c.empty());
    CHECK(c.get("a1", "Hello {name}.") == "Hello {name}.");
}

TEST_CASE("broken .mo data: warning L10N002 and fallback, never a crash") {
    std::string good = read_file(std::string(LURE_L10N_FIXTURES) + "/fixture.mo");
    REQUIRE(good.size() > 28);
    std::vector<std::string> broken = {
        "",
        "not a catalogue",
        good.substr(0, 20),
        good.substr(0, good.size() / 2),
        std::string(4, '\0') + good.substr(4),  // wrong magic
    };
    std::string far = good;  // the originals table pointed past the end
    far[12] = '\xff';
    far[13] = '\xff';
    far[14] = '\xff';
    far[15] = '\x7f';
    broken.push_back(far);
    std::string huge_count = good;  // a string count far too large
    huge_count[8] = '\xff';
    huge_count[9] = '\xff';
    huge_count[10] = '\xff';
    huge_count[11] = '\x0f';
    broken.push_back(huge_count);
    for (const std::string& bytes : broken) {
        lure::Catalog c;
        std::vector<lure::Diagnostic> w;
        CHECK_FALSE(c.load_mo(bytes, "broken.mo", w));
        REQUIRE(w.size() == 1);
        CHECK(w[0].code == "L10N002");
        CHECK(w[0].file == "broken.mo");
        CHECK(c.empty());
        CHECK(c.get("a1", "Hello {name}.") == "Hello {name}.");
    }
}

TEST_CASE("a broken .mo file on disk") {
    std::string path = std::filesystem::temp_directory_path().string() + "/lure_l10n_broken.mo";
    { std::ofstream(path, std::ios::binary) << "garbage that is long enough to have a header!"; }
    std::vector<lure::Diagnostic> w;
    lure::Catalog c = lure::load_catalog(path, w);
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N002");
    CHECK(lure::format_diagnostic(w[0]).find("broken catalogue") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("big-endian .mo files are read too") {
    std::string le = read_file(std::string(LURE_L10N_FIXTURES) + "/fixture.mo");
    // Swap every 32-bit header and table word (the tables follow the 28-byte header directly).
    std::string be = le;
    auto u32 = [&](std::size_t at) {
        return std::uint32_t(std::uint8_t(le[at])) | std::uint32_t(std::uint8_t(le[at + 1])) << 8 |
               std::uint32_t(std::uint8_t(le[at + 2])) << 16 | std::uint32_t(std::uint8_t(le[at + 3])) << 24;
    };
    std::uint32_t count = u32(8), hash_size = u32(20), hash_at = u32(24);
    std::size_t words_end = 28 + std::size_t(count) * 16;
    auto swap_word = [&](std::size_t at) {
        for (int k = 0; k < 4; ++k) be[at + std::size_t(k)] = le[at + 3 - std::size_t(k)];
    };
    for (std::size_t at = 0; at < words_end; at += 4) swap_word(at);
    for (std::size_t i = 0; i < hash_size; ++i) swap_word(hash_at + i * 4);
    lure::Catalog c;
    std::vector<lure::Diagnostic> w;
    CHECK(c.load_mo(be, "be.mo", w));
    CHECK(w.empty());
    CHECK(c.get("a1", "Hello {name}.") == "Salut, {name}.");
}

TEST_CASE("endonyms for the picker") {
    CHECK(lure::shipped_languages().size() == 16);
    CHECK(lure::shipped_languages().front() == "en");
    CHECK(lure::language_endonym("ro") == "Română");
    CHECK(lure::language_endonym("bg") == "Български");
    CHECK(lure::language_endonym("uk") == "Українська");
    CHECK(lure::language_endonym("el") == "Ελληνικά");
    CHECK(lure::language_endonym("es") == "Español");
    CHECK(lure::language_endonym("hu") == "Magyar");
    CHECK(lure::language_endonym("vi") == "Tiếng Việt");  // planned, not shipped: still named in its own words
    CHECK(lure::language_endonym("xx") == "xx");
}
