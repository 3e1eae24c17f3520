// Every shipped language (a folder under assets/l10n other than templates/) is 100% translated:
// all six scenarios and the UI template, no fuzzy entries, no rejected translations, review header.
#include "l10n_test_helpers.h"

using namespace l10n_test;

namespace {
std::string mo_path(const std::string& lang, const std::string& name) {
    return std::string(LURE_BUILD_ASSETS) + "/l10n/" + lang + "/" + name + ".mo";
}
}  // namespace

TEST_CASE("at least one language besides English is shipped") { CHECK_FALSE(shipped_language_dirs().empty()); }

TEST_CASE("every shipped language translates every scenario completely") {
    for (const std::string& lang : shipped_language_dirs()) {
        for (const std::string& file : scenario_files()) {
            lure::DiskFileSource disk;
            auto parsed = lure::load_scenario(file, disk);
            REQUIRE_MESSAGE(parsed.ok(), file);
            const std::string id = parsed.scenario.header.id;
            std::vector<lure::Diagnostic> w;
            lure::Catalog catalog = lure::load_catalog(mo_path(lang, id), w);
            CHECK_MESSAGE(w.empty(), lang << "/" << id << ": " << (w.empty() ? "" : lure::format_diagnostic(w[0])));
            CHECK(catalog.language() == lang);
            lure::L10nCoverage c = lure::l10n_coverage(parsed.scenario, catalog);
            std::string missing;
            for (std::size_t i = 0; i < c.missing.size() && i < 20; ++i) missing += " " + c.missing[i];
            for (const auto& d : c.warnings) missing += "\n  " + lure::format_diagnostic(d);
            MESSAGE(lang << "/" << id << ": " << c.translated << "/" << c.total);
            CHECK_MESSAGE(c.translated == c.total,
                          lang << "/" << id << " is " << c.translated << "/" << c.total << "; missing:" << missing);
            CHECK_MESSAGE(c.warnings.empty(), lang << "/" << id << missing);
        }
    }
}

TEST_CASE("every shipped language translates the whole UI, with every plural form") {
    auto pot = read_po(std::string(LURE_SOURCE_ASSETS) + "/l10n/templates/ui.pot");
    REQUIRE(pot.size() > 1);
    for (const std::string& lang : shipped_language_dirs()) {
        std::vector<lure::Diagnostic> w;
        lure::Catalog catalog = lure::load_catalog(mo_path(lang, "ui"), w);
        CHECK_MESSAGE(w.empty(), lang);
        int total = 0, translated = 0;
        for (const PoEntry& e : pot) {
            if (e.msgid.empty()) continue;  // header
            ++total;
            const std::string* t = catalog.find(e.context, e.msgid);
            bool ok = t != nullptr;
            if (ok && !e.msgid_plural.empty()) {
                std::size_t forms = 1 + std::size_t(std::count(t->begin(), t->end(), '\0'));
                ok = forms == std::size_t(catalog.plural_rule().nplurals());
                for (int n = 0; n < 200 && ok; ++n)
                    ok = !catalog.get_plural(e.context, e.msgid, e.msgid_plural, std::size_t(n)).empty();
            }
            translated += ok;
            CHECK_MESSAGE(ok, lang << "/ui: untranslated \"" << e.msgid << "\"");
        }
        MESSAGE(lang << "/ui: " << translated << "/" << total);
    }
}

TEST_CASE("shipped .po files: no fuzzy entries, review status in the header") {
    for (const std::string& lang : shipped_language_dirs()) {
        for (const auto& entry :
             std::filesystem::directory_iterator(std::string(LURE_SOURCE_ASSETS) + "/l10n/" + lang)) {
            if (entry.path().extension() != ".po") continue;
            auto po = read_po(entry.path().string());
            REQUIRE(!po.empty());
            CHECK_MESSAGE(po[0].msgstr[0].find("X-Review-Status:") != std::string::npos, entry.path());
            for (const PoEntry& e : po)
                CHECK_MESSAGE((!e.fuzzy || e.msgid.empty()), entry.path() << ": fuzzy " << e.context);
        }
    }
}
