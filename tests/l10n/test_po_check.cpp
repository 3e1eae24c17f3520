// Translations read straight from .po files: the reader, Catalog::load_po (plays like the .mo msgfmt
// makes), and check_po on the malformed-PO corpus tests/data/malformed-po/*.po, whose first line is
// `# expect: L10N0xx line:col`, each checked against the corpus's reference.lure.
#include "l10n_test_helpers.h"

#include "lure/l10n_po.h"

namespace fs = std::filesystem;

namespace {
const fs::path kCorpus = fs::path(LURE_SOURCE_ASSETS) / ".." / "tests" / "data" / "malformed-po";

std::vector<lure::L10nEntry> reference_entries() {
    lure::DiskFileSource disk;
    lure::ParseResult r = lure::load_scenario((kCorpus / "reference.lure").string(), disk);
    REQUIRE_MESSAGE(r.ok(), "reference.lure must load cleanly");
    return lure::l10n_entries(r.scenario);
}

std::string dump(const std::vector<lure::Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += lure::format_diagnostic(d) + "\n";
    return out;
}
}  // namespace

TEST_CASE("malformed-PO corpus: each file reports its expected code at its line:column") {
    const std::vector<lure::L10nEntry> reference = reference_entries();
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kCorpus))
        if (entry.path().extension() == ".po") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 7);
    std::set<std::string> codes;
    for (const auto& path : files) {
        const std::string text = l10n_test::read_file(path.string());
        std::istringstream first(text.substr(0, text.find('\n')));
        std::string hash, expect, code, position;
        first >> hash >> expect >> code >> position;
        CAPTURE(path.filename().string());
        REQUIRE(expect == "expect:");
        const int line = std::stoi(position.substr(0, position.find(':')));
        const int column = std::stoi(position.substr(position.find(':') + 1));
        const auto found = lure::check_po(lure::parse_po(text), path.string(), &reference);
        bool hit = false;
        for (const auto& d : found)
            hit = hit || (d.code == code && d.line == line && d.column == column && d.file == path.string());
        CHECK_MESSAGE(hit, "expected " << code << " at " << line << ":" << column << "\n" << dump(found));
        codes.insert(code);
    }
    // Every code `lure l10n check` reports has a case.
    for (const char* code : {"L10N002", "L10N003", "L10N010", "L10N020", "L10N021", "L10N022"})
        CHECK_MESSAGE(codes.count(code), code);
}

TEST_CASE("check_po: a clean translation passes; did-you-mean for a line id; fuzzy entries are skipped") {
    const std::vector<lure::L10nEntry> reference = reference_entries();
    const std::string clean =
        "msgid \"\"\nmsgstr \"Language: ro\\nPlural-Forms: nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;\\n\"\n\n"
        "msgctxt \"fee-01\"\nmsgid \"The fee is *only* {debt} euros.\"\nmsgstr \"Taxa este *doar* {debt} euro.\"\n\n"
        "#, fuzzy\nmsgctxt \"sign-01\"\nmsgid \"Sign here.\"\nmsgstr \"Semnează *aici.\"\n";
    CHECK(lure::check_po(lure::parse_po(clean), "ro.po", &reference).empty());
    const auto typo =
        lure::check_po(lure::parse_po("msgctxt \"FEE-01\"\nmsgid \"x\"\nmsgstr \"y\"\n"), "ro.po", &reference);
    REQUIRE(typo.size() == 1);
    CHECK(typo[0].code == "L10N020");
    CHECK(typo[0].hint == "did you mean 'fee-01'?");
    // Without a reference only what the file shows is checked.
    CHECK(lure::check_po(lure::parse_po("msgctxt \"zz\"\nmsgid \"a {x}\"\nmsgstr \"b\"\n"), "ro.po", nullptr).size() ==
          1);
}

TEST_CASE("a .po file played without a build: Catalog::load_po then localize()") {
    lure::DiskFileSource disk;
    lure::ParseResult r = lure::load_scenario((kCorpus / "reference.lure").string(), disk);
    REQUIRE(r.ok());
    const std::string po =
        "msgid \"\"\nmsgstr \"Language: ro\\n\"\n\n"
        "msgctxt \"fee-01\"\nmsgid \"The fee is *only* {debt} euros.\"\nmsgstr \"Taxa este *doar* {debt} \"\n\"euro.\"\n\n"
        "#, fuzzy\nmsgctxt \"sign-01\"\nmsgid \"Sign here.\"\nmsgstr \"Semnează aici.\"\n\n"
        "msgctxt \"ask-01\"\nmsgid \"Ask for the contract\"\nmsgstr \"Cere *contractul\"\n";
    lure::Catalog catalog;
    std::vector<lure::Diagnostic> warnings;
    REQUIRE(catalog.load_po(po, "ro.po", warnings));
    CHECK(warnings.empty());
    CHECK(catalog.language() == "ro");
    lure::LocalizeResult t = lure::localize(r.scenario, catalog);
    CHECK(t.scenario.messages[0].text.raw == "Taxa este *doar* {debt} euro.");
    CHECK(t.scenario.messages[1].text.raw == "Sign here.");           // fuzzy: not used
    CHECK(t.scenario.choices[0].text.raw == "Ask for the contract");  // broken markup: rejected (L10N010)
    REQUIRE(t.coverage.warnings.size() == 1);
    CHECK(t.coverage.warnings[0].code == "L10N010");

    lure::Catalog broken;
    CHECK_FALSE(broken.load_po("msgid \"a\"\nmsgstr \"b\nnonsense\n", "x.po", warnings));
    CHECK(warnings.back().code == "L10N002");
    CHECK(broken.empty());
}

TEST_CASE("parse_po survives hostile input: empty, huge, unterminated, many plural forms") {
    CHECK(lure::parse_po("").entries.empty());
    CHECK(lure::parse_po("").error.empty());
    CHECK_FALSE(lure::parse_po("msgid \"").error.empty());
    std::string many = "msgid \"a\"\nmsgid_plural \"b\"\n";
    for (int i = 0; i < 100; ++i) many += "msgstr[" + std::to_string(i) + "] \"x\"\n";
    CHECK_FALSE(lure::parse_po(many).error.empty());
    std::string big(200000, '"');
    (void)lure::parse_po(big);
    lure::PoEntry e;  // no pieces: a position is still given
    CHECK(lure::po_position(e, 5).first == 0);
}
