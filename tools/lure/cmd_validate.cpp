// `lure validate FILE...`: parse and check scenarios (includes followed), print diagnostics in the
// compiler convention or as JSON for CI, and a summary. Exit 1 on errors (or warnings with --werror).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "content_lookup.h"
#include "diagnostics_output.h"
#include "quiz/quiz_bank.h"

using namespace lureproof;

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure validate [--json] [--werror] [--sources FILE] [--facts FILE] FILE...\n"
    "\n"
    "Checks one or more scenario files (and the files they include) and lists every problem as\n"
    "  file:line:column: error LP200: message\n"
    "followed by the source line and a hint, then a summary such as '2 errors, 1 warning in 3 files'.\n"
    "Errors stop the game from loading the scenario; warnings point at things that are probably\n"
    "mistakes. Every code is listed in docs/scenario-format.md.\n"
    "\n"
    "Red-flag sources must be ids from the source register (sources.toml) and #fact: tags ids from\n"
    "facts.toml. Both files are looked for in the scenario's folder and up to two folders above it\n"
    "(assets/scenarios/x.lure finds assets/sources.toml); the register itself is checked too. Without\n"
    "a register, sources are not checked. A quiz bank (.toml) has its cards' source ids checked.\n"
    "\n"
    "Options:\n"
    "  --json           print the diagnostics as JSON (for CI and editors) instead of text\n"
    "  --werror         treat warnings as errors (exit 1 when there are any)\n"
    "  --sources FILE   the source register to check against\n"
    "  --facts FILE     the facts file to check against\n"
    "\n"
    "Exit codes: 0 no errors, 1 errors found (or warnings with --werror), 2 wrong command line.\n";

bool is_quiz_bank(const std::string& file) {
    return file.size() > 5 && (file.substr(file.size() - 5) == ".toml" || file.substr(file.size() - 5) == ".json");
}

// A scenario's diagnostics plus its register references and the register's own problems; for a quiz
// bank, its cards' source ids.
std::vector<lure::Diagnostic> checked(const std::string& file, const std::string& sources, const std::string& facts) {
    const ContentRegisterLoad reg = load_checked_register(find_register_files(directory_of(file), sources, facts));
    std::vector<lure::Diagnostic> out = reg.diagnostics;
    if (is_quiz_bank(file)) {
        const QuizBank bank = load_quiz_bank(file);
        if (bank.cards.empty() && !bank.errors.empty())
            out.push_back({"LP235", lure::Severity::Error, bank.errors.front(), file, 0, 0, ""});
        for (lure::Diagnostic& d : check_quiz_card_sources(bank.cards, reg.reg, file)) out.push_back(std::move(d));
        return out;
    }
    lure::ParseResult result = load(file);
    out.insert(out.end(), result.diagnostics.begin(), result.diagnostics.end());
    if (result.scenario.files.empty()) return out;
    for (lure::Diagnostic& d : lure::check_content_references(result.scenario, reg.reg)) out.push_back(std::move(d));
    return out;
}

int run(const std::vector<std::string>& raw) {
    auto args =
        parse_args("validate", raw, {{"--json", false}, {"--werror", false}, {"--sources", true}, {"--facts", true}});
    if (!args) return kExitUsage;
    if (args->files.empty()) return usage_error("validate", "no scenario file given");

    std::vector<lure::Diagnostic> all;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file : args->files) {
        std::vector<lure::Diagnostic> found =
            sorted_unique(checked(file, args->get("--sources"), args->get("--facts")));
        files.push_back({{"file", file},
                         {"errors", lure::count_severity(found, lure::Severity::Error)},
                         {"warnings", lure::count_severity(found, lure::Severity::Warning)}});
        for (auto& d : found) {
            bool seen = false;  // a shared include checked through two files is reported once
            for (const auto& o : all)
                seen = seen || (o.file == d.file && o.line == d.line && o.column == d.column && o.code == d.code &&
                                o.message == d.message);
            if (!seen) all.push_back(std::move(d));
        }
    }
    const int errors = lure::count_severity(all, lure::Severity::Error);
    const int warnings = lure::count_severity(all, lure::Severity::Warning);
    const bool failed = errors > 0 || (args->has("--werror") && warnings > 0);

    if (args->has("--json")) {
        nlohmann::json diagnostics = nlohmann::json::array();
        for (const auto& d : all) diagnostics.push_back(diagnostic_json(d));
        nlohmann::json report = {{"ok", !failed},
                                 {"errors", errors},
                                 {"warnings", warnings},
                                 {"files", files},
                                 {"diagnostics", diagnostics}};
        print_json(report);
    } else {
        SourceLines sources;
        for (const auto& d : all) print_diagnostic(stdout, d, sources);
        std::printf("%s, %s in %s%s\n", plural(errors, "error", "errors").c_str(),
                    plural(warnings, "warning", "warnings").c_str(),
                    plural(static_cast<long long>(args->files.size()), "file", "files").c_str(),
                    failed && errors == 0 ? " (warnings are errors with --werror)" : "");
    }
    return failed ? kExitFailed : kExitOk;
}

}  // namespace

extern const Command validate_command = {"validate", "check scenario files and list problems (--json for CI)", kHelp,
                                         run};

}  // namespace cli
