// `lure facts [FILE...]`: lists every dated fact (value, country, valid from, source, age since it was
// checked), warns about facts checked more than 12 months ago, and resolves the #fact: tags of the
// scenarios given. Exit 1 when a referenced fact is missing or the register has errors.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "content/today.h"
#include "content_lookup.h"
#include "diagnostics_output.h"

using namespace lureproof;

namespace cli {
namespace {

constexpr long long kStaleDays = 365;  // "checked more than 12 months ago"

const char* kHelp =
    "Usage: lure facts [--json] [--today YYYY-MM-DD] [--sources FILE] [--facts FILE] [FILE...]\n"
    "\n"
    "Lists every fact in facts.toml (wages, caps, visa rules, helpline hours): its id, country, value,\n"
    "the date it is valid from, its source (register id, organisation and year) and how long ago it was\n"
    "checked. A fact checked more than 12 months ago gets a WARNING: compare it with its source again.\n"
    "\n"
    "FILE... are scenarios: their #fact: tags are resolved, and a tag naming a fact that is not in\n"
    "facts.toml is an error (LP232). facts.toml and sources.toml are looked for next to the first FILE\n"
    "and up to two folders above it, else in ./assets/.\n"
    "\n"
    "Options:\n"
    "  --json               print the list as JSON instead of text\n"
    "  --today YYYY-MM-DD   compute ages from this date instead of today's (for reproducible output)\n"
    "  --sources FILE       the source register\n"
    "  --facts FILE         the facts file\n"
    "\n"
    "Exit codes: 0 every referenced fact exists, 1 a fact is missing or the files have errors,\n"
    "2 wrong command line.\n";

struct Reference {
    std::string file, fact;
    int line = 0, column = 0;
    bool found = false;
};

int run(const std::vector<std::string>& raw) {
    auto args =
        parse_args("facts", raw, {{"--json", false}, {"--today", true}, {"--sources", true}, {"--facts", true}});
    if (!args) return kExitUsage;
    const std::string today = args->has("--today") ? args->get("--today") : today_utc();
    if (!lure::is_iso_date(today)) return usage_error("facts", "--today needs a date YYYY-MM-DD, not '" + today + "'");

    const RegisterFiles files = find_register_files(args->files.empty() ? "." : directory_of(args->files.front()),
                                                    args->get("--sources"), args->get("--facts"), true);
    if (files.facts.empty()) {
        std::fprintf(stderr, "lure facts: no facts.toml found (give one with --facts FILE)\n");
        return kExitFailed;
    }
    ContentRegisterLoad reg = load_checked_register(files);

    std::vector<Reference> refs;
    for (const std::string& file : args->files) {
        lure::ParseResult result = load(file);
        for (const lure::Diagnostic& d : result.diagnostics)
            if (d.severity == lure::Severity::Error) reg.diagnostics.push_back(d);
        for (const lure::Message& m : result.scenario.messages)
            for (const lure::Tag& t : m.tags)
                if (t.key == "fact" && !t.value.empty())
                    refs.push_back({result.scenario.file_name(t.loc), t.value, t.loc.line, t.loc.column,
                                    reg.reg.find_fact(t.value) != nullptr});
        for (lure::Diagnostic& d : lure::check_content_references(result.scenario, reg.reg))
            if (d.code == "LP232") reg.diagnostics.push_back(std::move(d));
    }
    const std::vector<lure::Diagnostic> problems = sorted_unique(reg.diagnostics);
    int missing = 0, stale = 0;
    for (const Reference& r : refs) missing += r.found ? 0 : 1;
    for (const lure::FactEntry& f : reg.reg.facts)
        stale += lure::is_iso_date(f.checked) && lure::days_between(f.checked, today) > kStaleDays ? 1 : 0;
    const int errors = lure::count_severity(problems, lure::Severity::Error);
    const bool failed = missing > 0 || errors > 0;

    if (args->has("--json")) {
        nlohmann::json facts = nlohmann::json::array();
        for (const lure::FactEntry& f : reg.reg.facts) {
            const lure::SourceEntry* s = reg.reg.find_source(f.source);
            const bool dated = lure::is_iso_date(f.checked);
            const long long age = dated ? lure::days_between(f.checked, today) : 0;
            facts.push_back({{"id", f.id},
                             {"country", f.country},
                             {"value", f.value},
                             {"valid_from", f.valid_from},
                             {"source", f.source},
                             {"source_org", s ? s->org : ""},
                             {"source_year", s ? s->year : 0},
                             {"source_title", s ? s->title : ""},
                             {"checked", f.checked},
                             {"age_days", dated ? nlohmann::json(age) : nlohmann::json(nullptr)},
                             {"stale", dated && age > kStaleDays}});
        }
        nlohmann::json references = nlohmann::json::array();
        for (const Reference& r : refs)
            references.push_back(
                {{"file", r.file}, {"line", r.line}, {"column", r.column}, {"fact", r.fact}, {"found", r.found}});
        nlohmann::json diagnostics = nlohmann::json::array();
        for (const auto& d : problems) diagnostics.push_back(diagnostic_json(d));
        nlohmann::json report = {
            {"ok", !failed},  {"today", today},           {"facts_file", files.facts}, {"facts", facts},
            {"stale", stale}, {"references", references}, {"missing", missing},        {"diagnostics", diagnostics}};
        print_json(report);
        return failed ? kExitFailed : kExitOk;
    }

    std::printf("%s: %s (ages counted to %s)\n\n", files.facts.c_str(),
                plural(static_cast<long long>(reg.reg.facts.size()), "fact", "facts").c_str(), today.c_str());
    for (const lure::FactEntry& f : reg.reg.facts) {
        const lure::SourceEntry* s = reg.reg.find_source(f.source);
        std::printf("%s [%s]: %s\n", f.id.c_str(), f.country.c_str(), f.value.c_str());
        std::printf("    valid from %s; source %s", f.valid_from.c_str(), f.source.c_str());
        if (s) std::printf(" (%s %d)", s->org.c_str(), s->year);
        if (lure::is_iso_date(f.checked)) {
            const long long age = lure::days_between(f.checked, today);
            std::printf("; checked %s, %s ago\n", f.checked.c_str(), plural(age, "day", "days").c_str());
            if (age > kStaleDays)
                std::printf("    WARNING: checked more than 12 months ago; compare it with its source again\n");
        } else {
            std::printf("; never checked\n");
        }
    }
    if (!refs.empty()) std::printf("\n");
    for (const Reference& r : refs)
        std::printf("%s:%d:%d: #fact:%s %s\n", r.file.c_str(), r.line, r.column, r.fact.c_str(),
                    r.found ? "found" : "MISSING");
    if (!problems.empty()) std::printf("\n");
    SourceLines sources;
    for (const auto& d : problems) print_diagnostic(stdout, d, sources);
    std::printf("\n%s, %d checked more than 12 months ago, %s, %d missing\n",
                plural(static_cast<long long>(reg.reg.facts.size()), "fact", "facts").c_str(), stale,
                plural(static_cast<long long>(refs.size()), "reference", "references").c_str(), missing);
    return failed ? kExitFailed : kExitOk;
}

}  // namespace

extern const Command facts_command = {"facts", "list the dated facts, their age and where they are used", kHelp, run};

}  // namespace cli
