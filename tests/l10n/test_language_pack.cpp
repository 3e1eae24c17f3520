// Language packs (game/l10n/language_pack.h): a pack written by scripts/build-steps/l10n-pack.py unpacks into
// catalogues that load and translate; malformed packs are refused whole and write nothing.
#include "l10n/language_pack.h"
#include "l10n/tr.h"
#include "l10n_test_helpers.h"

using namespace lureproof;

namespace {
std::string temp_dir(const char* name) {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/" + name;
    std::filesystem::remove_all(dir);
    return dir;
}
std::string pack_of(const std::vector<std::pair<std::string, std::string>>& files) {
    std::string head = "LUREPACK 1\n", body;
    for (const auto& [name, bytes] : files) {
        head += std::to_string(bytes.size()) + " " + name + "\n";
        body += bytes;
    }
    return head + "\n" + body;
}
}  // namespace

TEST_CASE("a pack made by l10n-pack.py unpacks into catalogues the UI can use") {
    const std::string pack = l10n_test::read_file(LURE_L10N_FIXTURE_PACK);
    REQUIRE_FALSE(pack.empty());
    std::vector<LanguagePackFile> files;
    std::string error;
    REQUIRE(parse_language_pack(pack, files, error));
    REQUIRE(files.size() == 2);
    CHECK(files[0].name == "dream-job.mo");
    CHECK(files[1].name == "ui.mo");
    // The pack keys its catalogues by hash: no English source text travels with a language.
    const std::string keyed(files[1].bytes);
    CHECK(keyed.find("Touch to start") == std::string::npos);
    CHECK(keyed.find("Atinge pentru a începe") != std::string::npos);

    const std::string root = temp_dir("lure_pack_assets");
    REQUIRE(unpack_language_pack(pack, root + "/l10n/ro", error));  // creates l10n/ and l10n/ro/
    CHECK(set_ui_language("ro", root).empty());
    CHECK(std::string(tr("Touch to start")) == "Atinge pentru a începe");
    set_ui_language("en", root);
    std::filesystem::remove_all(root);
}

TEST_CASE("a catalogue keyed by hash translates exactly like its .mo") {
    std::vector<lure::Diagnostic> w;
    const lure::Catalog plain = l10n_test::fixture_catalog(w);
    std::vector<LanguagePackFile> files;
    std::string error;
    const std::string pack = l10n_test::read_file(LURE_L10N_FIXTURE_PACK);
    REQUIRE(parse_language_pack(pack, files, error));
    lure::Catalog keyed;
    REQUIRE(keyed.load_mo(files[1].bytes, "ui.mo", w));
    CHECK(w.empty());
    CHECK(keyed.keyed_by_hash());
    CHECK_FALSE(plain.keyed_by_hash());
    CHECK(keyed.size() == plain.size());
    CHECK(keyed.language() == "ro");
    CHECK(keyed.plural_rule().nplurals() == 3);
    // Found and missing keys alike: contexts, no context, a fuzzy entry, changed English text.
    const std::vector<std::pair<std::string, std::string>> lookups = {
        {"a1", "Hello {name}."},    {"e1", "End."},        {"e2", "End."}, {"", "End."},
        {"", "Touch to start"},     {"a1", "Hello there"}, {"cs", "Stop"}, {"zz", "Nothing"},
        {"flag.fee.label", "A fee"}};
    for (const auto& [context, msgid] : lookups) {
        CAPTURE(context);
        CAPTURE(msgid);
        CHECK(keyed.get(context, msgid) == plain.get(context, msgid));
        CHECK((keyed.find(context, msgid) == nullptr) == (plain.find(context, msgid) == nullptr));
    }
    for (unsigned long n : {0ul, 1ul, 2ul, 21ul, 101ul})
        CHECK(keyed.get_plural("", "%d red flag spotted", "%d red flags spotted", n) ==
              plain.get_plural("", "%d red flag spotted", "%d red flags spotted", n));
    CHECK(keyed.get("", "Touch to start") != "Touch to start");  // the check above can fail
}

TEST_CASE("the key hash is the low 32 bits of FNV-1a 64 in hex, and an unknown key scheme is refused") {
    CHECK(lure::l10n_key_hash("") == "84222325");   // the FNV-1a 64 offset basis cbf29ce484222325
    CHECK(lure::l10n_key_hash("a") == "8601ec8c");  // FNV-1a 64 of "a": af63dc4c8601ec8c
    CHECK(lure::l10n_key_hash("a1\x04Hello {name}.") != lure::l10n_key_hash("a2\x04Hello {name}."));
    std::vector<LanguagePackFile> files;
    std::string error;
    REQUIRE(parse_language_pack(l10n_test::read_file(LURE_L10N_FIXTURE_PACK), files, error));
    std::string other(files[1].bytes);
    const size_t at = other.find("fnv1a64-32");
    REQUIRE(at != std::string::npos);
    other.replace(at, 10, "fnv1a64-64");
    std::vector<lure::Diagnostic> w;
    lure::Catalog c;
    CHECK_FALSE(c.load_mo(other, "ui.mo", w));
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N002");
    CHECK(c.empty());
}

TEST_CASE("a compact keyed catalogue loads; a cut or malformed one is refused and translates nothing") {
    const std::string head = "LUREKEYS 1\nLanguage: ro\nX-Lureproof-Keys: fnv1a64-32\n\xff";
    const std::string good = head + lure::l10n_key_hash("Touch to start") + "Atinge\xff" +
                             lure::l10n_key_hash("%d red flag") + std::string("%d semnal\0%d semnale\xff", 21);
    std::vector<lure::Diagnostic> w;
    lure::Catalog c;
    REQUIRE(c.load_mo(good, "ui.mo", w));
    CHECK(w.empty());
    CHECK(c.size() == 2);
    CHECK(c.language() == "ro");
    CHECK(c.get("", "Touch to start") == "Atinge");
    CHECK(c.get_plural("", "%d red flag", "%d red flags", 5) == "%d semnale");
    CHECK(c.get("", "Other") == "Other");
    const std::vector<std::pair<const char*, std::string>> bad = {
        {"header without end", "LUREKEYS 1\nX-Lureproof-Keys: fnv1a64-32\n"},
        {"no key scheme", "LUREKEYS 1\nLanguage: ro\n\xff" + lure::l10n_key_hash("a") + "b\xff"},
        {"cut short", good.substr(0, good.size() - 1)},
        {"short key", head + "8601ec\xff"},
        {"key not hex", head + "8601EC8Cb\xff"},
    };
    for (const auto& [what, bytes] : bad) {
        CAPTURE(what);
        std::vector<lure::Diagnostic> warnings;
        lure::Catalog broken;
        CHECK_FALSE(broken.load_mo(bytes, "ui.mo", warnings));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].code == "L10N002");
        CHECK(broken.empty());
    }
}

TEST_CASE("an empty pack is valid and a pack round-trips byte for byte") {
    std::vector<LanguagePackFile> files;
    std::string error;
    CHECK(parse_language_pack(pack_of({}), files, error));
    CHECK(files.empty());
    const std::string binary("a\0b\nc", 5);
    REQUIRE(parse_language_pack(pack_of({{"x.mo", binary}, {"y.mo", ""}}), files, error));
    REQUIRE(files.size() == 2);
    CHECK(std::string(files[0].bytes) == binary);
    CHECK(files[1].bytes.empty());
}

TEST_CASE("malformed packs are refused and write nothing") {
    const std::string good = pack_of({{"ui.mo", "abc"}});
    const std::vector<std::pair<const char*, std::string>> bad = {
        {"empty", ""},
        {"wrong magic", "LUREPACK 2\n3 ui.mo\n\nabc"},
        {"no blank line", "LUREPACK 1\n3 ui.mo\n"},
        {"truncated data", good.substr(0, good.size() - 1)},
        {"trailing bytes", good + "x"},
        {"size too large", "LUREPACK 1\n999999999 ui.mo\n\nabc"},
        {"size not a number", "LUREPACK 1\n3x ui.mo\n\nabc"},
        {"no size", "LUREPACK 1\nui.mo\n\nabc"},
        {"path in name", pack_of({{"../ui.mo", "abc"}})},
        {"slash in name", pack_of({{"a/ui.mo", "abc"}})},
        {"hidden name", pack_of({{".mo", "abc"}})},
        {"space in name", pack_of({{"u i.mo", "abc"}})},
    };
    for (const auto& [what, pack] : bad) {
        CAPTURE(std::string(what));
        std::vector<LanguagePackFile> files;
        std::string error;
        CHECK_FALSE(parse_language_pack(pack, files, error));
        CHECK_FALSE(error.empty());
        CHECK(files.empty());
        const std::string dir = temp_dir("lure_pack_bad");
        CHECK_FALSE(unpack_language_pack(pack, dir, error));
        CHECK_FALSE(std::filesystem::exists(dir));
    }
}

TEST_CASE("an unwritable target is reported") {
    std::string error;
    CHECK_FALSE(unpack_language_pack(pack_of({{"ui.mo", "abc"}}), "/proc/lure-no/such/dir", error));
    CHECK(error.find("cannot") != std::string::npos);
}
