// `lure l10n extract|stats|check`: gettext templates (.pot) from the engine's l10n_entries() (the keys
// the game looks translations up by), how far each translation (.po) has got, and what in it the game
// would reject (lure::check_po).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "diagnostics_output.h"
#include "lure/l10n_po.h"
#include "lure/l10n.h"
#include "quiz/quiz_l10n.h"

using namespace lureproof;

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure l10n extract [-o DIR] FILE...   (FILE: a .lure scenario or the quiz bank .toml)\n"
    "       lure l10n stats [--json] FILE.lure PO...\n"
    "       lure l10n check [FILE.lure|TEMPLATE.pot] PO...\n"
    "\n"
    "extract  writes a gettext template DIR/<scenario-id>.pot for each scenario (default DIR: '.').\n"
    "         Every text a visitor sees is one entry: messages, choices, debriefs and 'not available'\n"
    "         reasons are keyed (msgctxt) by their #line id; the title, summary, persona, characters,\n"
    "         red flags and node titles by keys such as 'flag.fee.label'. Comments name the speaker\n"
    "         and the node. Translators\n"
    "         start with 'msginit --input=ID.pot --locale=ro' and update with 'msgmerge'. Every line\n"
    "         needs a #line id first: run 'lure tag FILE'. A quiz bank (.toml) gives DIR/quiz.pot:\n"
    "         each card's sender, text and why, keyed '<card id>.sender|text|why'.\n"
    "stats    counts, for each .po file, the scenario's lines that are translated, fuzzy (marked\n"
    "         fuzzy, or the source text changed since) and untranslated.\n"
    "check    finds, before anything runs, what the game would reject or never use in each .po file,\n"
    "         as file:line:column diagnostics: syntax errors (L10N002), an unusable Plural-Forms\n"
    "         (L10N003), broken *emphasis* or {placeholders} missing or added (L10N010), line ids the\n"
    "         scenario does not have (L10N020, with 'did you mean'), entries whose English has changed\n"
    "         (L10N021) and plural entries with the wrong number of forms (L10N022). The ids are\n"
    "         compared with the scenario or template given before the .po files; without one, with\n"
    "         ../templates/<name>.pot next to the .po file when it exists.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR   (extract) directory for the .pot files; created if missing\n"
    "  --json             (stats) print the counts as JSON\n"
    "\n"
    "Exit codes: 0 fine, 1 scenario errors, lines without ids, unreadable files, 2 wrong command line.\n";

// Lines with no #line id (they would share one "node.<id>.untagged" key): reported with positions.
int report_untagged(const std::string& file, const lure::Scenario& sc) {
    std::vector<std::pair<lure::SourceLoc, std::string>> found;
    for (const auto& m : sc.messages)
        if (m.line_id.empty()) found.emplace_back(m.loc, m.text.raw);
    for (const auto& c : sc.choices)
        if (c.line_id.empty()) found.emplace_back(c.loc, c.text.raw);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.file, a.first.line) < std::tie(b.first.file, b.first.line);
    });
    for (const auto& [loc, text] : found)
        std::fprintf(stderr, "%s:%d:%d: error: this line has no #line id, so it cannot be translated: %s\n",
                     sc.file_name(loc).c_str(), loc.line, loc.column, text.c_str());
    if (!found.empty()) std::fprintf(stderr, "  hint: run 'lure tag %s' to add the missing ids\n", file.c_str());
    return static_cast<int>(found.size());
}

// Loads a scenario for l10n; prints errors and returns false when it has any.
bool load_clean(const char* command, const std::string& file, lure::ParseResult& out) {
    return cli::load_clean(file, out,
                           std::string("lure l10n ") + command + ": " + file + " skipped: fix the errors above first");
}

// The quiz bank's template: DIR/quiz.pot. A bank with problems is refused (its keys may be wrong).
int extract_quiz(const std::string& file, const std::string& dir) {
    const QuizBank bank = load_quiz_bank(file);
    for (const std::string& e : bank.errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (!bank.ok()) {
        std::fprintf(stderr, "lure l10n extract: %s skipped: fix the quiz bank first\n", file.c_str());
        return kExitFailed;
    }
    const std::vector<lure::L10nEntry> entries = quiz_l10n_entries(bank.cards, file);
    const std::string out = (dir == "." ? std::string() : dir + "/") + kQuizL10nDomain + ".pot";
    if (!write_file(out, lure::write_pot(entries, kQuizL10nDomain))) {
        std::fprintf(stderr, "lure l10n extract: cannot write '%s'\n", out.c_str());
        return kExitFailed;
    }
    std::printf("%s: wrote %s (%s)\n", file.c_str(), out.c_str(),
                plural(static_cast<long long>(entries.size()), "entry", "entries").c_str());
    return kExitOk;
}

int extract(const std::vector<std::string>& raw) {
    auto args = parse_args("l10n extract", raw, {{"-o", true, "--output"}});
    if (!args) return kExitUsage;
    if (args->files.empty()) return usage_error("l10n extract", "no scenario file given");
    const std::string dir = args->get("-o", ".");
    if (mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) {
        std::fprintf(stderr, "lure l10n extract: cannot create directory '%s'\n", dir.c_str());
        return kExitFailed;
    }
    int status = kExitOk;
    for (const auto& file : args->files) {
        if (file.ends_with(".toml")) {
            if (extract_quiz(file, dir) != kExitOk) status = kExitFailed;
            continue;
        }
        lure::ParseResult loaded;
        if (!load_clean("extract", file, loaded)) {
            status = kExitFailed;
            continue;
        }
        if (report_untagged(file, loaded.scenario) > 0) {
            status = kExitFailed;
            continue;
        }
        const std::vector<lure::L10nEntry> entries = lure::l10n_entries(loaded.scenario);
        const std::string id = loaded.scenario.header.id.empty() ? stem(file) : loaded.scenario.header.id;
        const std::string out = (dir == "." ? std::string() : dir + "/") + id + ".pot";
        if (!write_file(out, lure::write_pot(entries, id))) {
            std::fprintf(stderr, "lure l10n extract: cannot write '%s'\n", out.c_str());
            status = kExitFailed;
            continue;
        }
        std::printf("%s: wrote %s (%s)\n", file.c_str(), out.c_str(),
                    plural(static_cast<long long>(entries.size()), "entry", "entries").c_str());
    }
    return status;
}

struct Counts {
    int translated = 0, fuzzy = 0, untranslated = 0, unknown = 0;
};

int stats(const std::vector<std::string>& raw) {
    auto args = parse_args("l10n stats", raw, {{"--json", false}});
    if (!args) return kExitUsage;
    if (args->files.size() < 2) return usage_error("l10n stats", "give a scenario file and at least one .po file");
    const std::string& file = args->files[0];
    lure::ParseResult loaded;
    if (!load_clean("stats", file, loaded)) return kExitFailed;
    const std::vector<lure::L10nEntry> entries = lure::l10n_entries(loaded.scenario);
    const int total = static_cast<int>(entries.size());
    int untagged = 0;
    for (const auto& e : entries) untagged += e.context.size() > 9 && e.context.ends_with(".untagged") ? 1 : 0;

    int status = kExitOk;
    nlohmann::json catalogues = nlohmann::json::array();
    if (!args->has("--json"))
        std::printf("%s: %s to translate%s\n", file.c_str(), plural(total, "text", "texts").c_str(),
                    untagged == 0 ? "" : " (some lines have no #line id: run lure tag)");
    for (std::size_t k = 1; k < args->files.size(); ++k) {
        const std::string& po_path = args->files[k];
        auto text = read_file(po_path);
        if (!text) {
            std::fprintf(stderr, "lure l10n stats: cannot read '%s'\n", po_path.c_str());
            status = kExitFailed;
            continue;
        }
        const lure::PoFile po = lure::parse_po(*text);
        if (!po.error.empty()) {
            std::fprintf(stderr, "%s:%d: error: %s\n", po_path.c_str(), po.error_line, po.error.c_str());
            status = kExitFailed;
            continue;
        }
        std::map<std::string, const lure::PoEntry*> by_id;
        for (const auto& e : po.entries)
            if (e.has_context) by_id[e.context] = &e;
        Counts c;
        std::set<std::string> keys;
        for (const auto& e : entries) {
            keys.insert(e.context);
            auto it = by_id.find(e.context);
            if (it == by_id.end() || it->second->translation.empty()) ++c.untranslated;
            else if (it->second->fuzzy || it->second->source != e.msgid) ++c.fuzzy;
            else ++c.translated;
        }
        for (const auto& [id, entry] : by_id) c.unknown += keys.count(id) ? 0 : 1;
        const int percent = total > 0 ? c.translated * 100 / total : 100;
        catalogues.push_back({{"file", po_path},
                              {"translated", c.translated},
                              {"fuzzy", c.fuzzy},
                              {"untranslated", c.untranslated},
                              {"not_in_scenario", c.unknown},
                              {"percent", percent}});
        if (!args->has("--json")) {
            std::printf("  %s: %d translated, %d fuzzy, %d untranslated (%d%% done)", po_path.c_str(), c.translated,
                        c.fuzzy, c.untranslated, percent);
            if (c.unknown > 0)
                std::printf("; %s no longer in the scenario", plural(c.unknown, "entry", "entries").c_str());
            std::printf("\n");
        }
    }
    if (args->has("--json")) {
        nlohmann::json j = {{"file", file}, {"texts", total}, {"untagged", untagged}, {"catalogues", catalogues}};
        print_json(j);
    }
    return status;
}

// The entries a translation is checked against: a scenario's, or a template's msgctxt/msgid.
std::optional<std::vector<lure::L10nEntry>> reference_entries(const std::string& file) {
    if (file.ends_with(".lure")) {
        lure::ParseResult loaded;
        if (!load_clean("check", file, loaded)) return std::nullopt;
        return lure::l10n_entries(loaded.scenario);
    }
    auto text = read_file(file);
    if (!text) {
        std::fprintf(stderr, "lure l10n check: cannot read '%s'\n", file.c_str());
        return std::nullopt;
    }
    const lure::PoFile pot = lure::parse_po(*text);
    if (!pot.error.empty()) {
        std::fprintf(stderr, "%s:%d:%d: error: %s\n", file.c_str(), pot.error_line, pot.error_column,
                     pot.error.c_str());
        return std::nullopt;
    }
    std::vector<lure::L10nEntry> out;
    for (const auto& e : pot.entries)
        if (e.has_context) out.push_back({e.context, e.source, "", ""});
    return out;
}

std::string template_beside(const std::string& po_path) {
    const std::size_t slash = po_path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : po_path.substr(0, slash);
    const std::string candidate =
        std::filesystem::path(dir + "/../templates/" + stem(po_path) + ".pot").lexically_normal().string();
    return file_exists(candidate) ? candidate : "";
}

int check(const std::vector<std::string>& raw) {
    auto args = parse_args("l10n check", raw, {});
    if (!args) return kExitUsage;
    bool any_po = false;
    for (const auto& f : args->files) any_po = any_po || f.ends_with(".po");
    if (!any_po) return usage_error("l10n check", "give at least one .po file");
    int status = kExitOk;
    std::optional<std::vector<lure::L10nEntry>> given;
    std::string given_name;
    for (const auto& file : args->files) {
        if (!file.ends_with(".po")) {
            given_name = file;
            given = reference_entries(file);
            if (!given) return kExitFailed;
            continue;
        }
        auto text = read_file(file);
        if (!text) {
            std::fprintf(stderr, "lure l10n check: cannot read '%s'\n", file.c_str());
            status = kExitFailed;
            continue;
        }
        std::optional<std::vector<lure::L10nEntry>> found;
        std::string against = given_name;
        if (!given) {
            against = template_beside(file);
            if (!against.empty()) found = reference_entries(against);
        }
        const std::vector<lure::L10nEntry>* reference = given ? &*given : found ? &*found : nullptr;
        const lure::PoFile po = lure::parse_po(*text);
        const std::vector<lure::Diagnostic> found_problems = sorted_unique(lure::check_po(po, file, reference));
        SourceLines sources;
        for (const auto& d : found_problems) print_diagnostic(stdout, d, sources);
        const int errors = lure::count_severity(found_problems, lure::Severity::Error);
        const int warnings = lure::count_severity(found_problems, lure::Severity::Warning);
        std::printf("%s: %s checked against %s: %s, %s\n", file.c_str(),
                    plural(static_cast<long long>(po.entries.size()), "entry", "entries").c_str(),
                    reference ? against.c_str() : "nothing (line ids not checked: give the scenario first)",
                    plural(errors, "error", "errors").c_str(), plural(warnings, "warning", "warnings").c_str());
        if (errors > 0) status = kExitFailed;
    }
    return status;
}

int run(const std::vector<std::string>& args) {
    if (args.empty()) return usage_error("l10n", "say 'extract', 'stats' or 'check'");
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "extract") return extract(rest);
    if (args[0] == "stats") return stats(rest);
    if (args[0] == "check") return check(rest);
    return usage_error("l10n", "unknown l10n command '" + args[0] + "' (use 'extract', 'stats' or 'check')");
}

}  // namespace

extern const Command l10n_command = {"l10n", "translation: 'extract' .pot templates, 'stats' and 'check' of .po files",
                                     kHelp, run};

}  // namespace cli
