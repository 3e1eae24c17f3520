// `lure tag FILE...`: adds stable `#line:` ids to message, choice and debrief lines that lack one,
// in place, keeping everything else byte for byte (the engine's line tagger). Idempotent.
#include <cstdio>

#include "cli.h"
#include "diagnostics_output.h"
#include "lure/line_tagger.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure tag [--dry-run] [--prefix P] FILE...\n"
    "\n"
    "Gives every message, choice and debrief line a stable translation id if it has none yet:\n"
    "'#line:<scenario id>-<6 hex digits>', made from the node and the text. It saves the file in\n"
    "place; nothing else in the file changes (spacing, comments, line endings). Ids that are already\n"
    "there are never changed, so running it again is harmless.\n"
    "Translations (lure l10n) and saved games find lines by these ids: do not copy a line together\n"
    "with its id; delete the copied id and run 'lure tag' again.\n"
    "\n"
    "Options:\n"
    "  --dry-run    only show which lines would get an id; change no file\n"
    "  --prefix P   start new ids with P instead of the scenario's id and '-': with --prefix dj-\n"
    "               new ids look like 'dj-5cfb6c' instead of 'dream-job-5cfb6c'; --prefix '' gives\n"
    "               bare ids ('5cfb6c'). Ids you write by hand (dj-post-02) are kept as they are\n"
    "\n"
    "Exit codes: 0 fine, 1 a file could not be read, written or parsed, 2 wrong command line.\n";

// Prints the changed lines as `file:line` with the old and new text.
void print_changes(const std::string& file, const std::string& before, const std::string& after) {
    const auto a = split_lines(before), b = split_lines(after);
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] == b[i]) continue;
        std::printf("%s:%zu\n- %s\n+ %s\n", file.c_str(), i + 1, a[i].c_str(), b[i].c_str());
    }
}

int run(const std::vector<std::string>& raw) {
    auto args = parse_args("tag", raw, {{"--dry-run", false, "-n"}, {"--prefix", true}});
    if (!args) return kExitUsage;
    if (args->files.empty()) return usage_error("tag", "no scenario file given");
    const bool dry = args->has("--dry-run");
    int status = kExitOk;
    for (const auto& file : args->files) {
        auto text = read_file(file);
        if (!text) {
            std::fprintf(stderr, "lure tag: cannot read '%s'\n", file.c_str());
            status = kExitFailed;
            continue;
        }
        // Without --prefix, ids start with the scenario's id: `#line:dream-job-5cfb6c`.
        lure::TagLinesResult r = lure::tag_lines(*text, file, args->get("--prefix"), !args->has("--prefix"));
        if (lure::has_errors(r.diagnostics)) {
            print_diagnostics(stderr, r.diagnostics, true);
            std::fprintf(stderr, "lure tag: %s not changed: fix the errors above first\n", file.c_str());
            status = kExitFailed;
            continue;
        }
        if (r.added == 0) {
            std::printf("%s: every line already has an id\n", file.c_str());
            continue;
        }
        if (dry) {
            print_changes(file, *text, r.text);
            std::printf("%s: would add %s (dry run, file not changed)\n", file.c_str(),
                        plural(r.added, "line id", "line ids").c_str());
            continue;
        }
        if (!write_file(file, r.text)) {
            std::fprintf(stderr, "lure tag: cannot write '%s'\n", file.c_str());
            status = kExitFailed;
            continue;
        }
        std::printf("%s: added %s\n", file.c_str(), plural(r.added, "line id", "line ids").c_str());
    }
    return status;
}

}  // namespace

extern const Command tag_command = {"tag", "add stable #line: ids to lines that have none (in place)", kHelp, run};

}  // namespace cli
