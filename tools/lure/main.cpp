// lure: the authoring command-line tool. Dispatches `lure <command> ...` to one cmd_*.cpp each,
// and answers `lure --help` and `lure --version`.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli.h"

namespace cli {
extern const Command validate_command;
extern const Command facts_command;
extern const Command graph_command;
extern const Command paths_command;
extern const Command play_command;
extern const Command tag_command;
extern const Command import_twee_command;
extern const Command l10n_command;
extern const Command stats_command;
extern const Command pack_command;

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        validate_command, facts_command,       graph_command, paths_command, play_command,
        tag_command,      import_twee_command, l10n_command,  stats_command, pack_command,
    };
    return all;
}
}  // namespace cli

namespace {

void print_help(std::FILE* out) {
    std::fprintf(out,
                 "lure: check, draw, play and translate Lureproof scenarios (.lure files).\n"
                 "\n"
                 "Usage: lure <command> [options] FILE...\n"
                 "       lure <command> --help\n"
                 "       lure --version\n"
                 "\n"
                 "Commands:\n");
    for (const auto& c : cli::commands()) std::fprintf(out, "  %-12s %s\n", c.name, c.summary);
    std::fprintf(out,
                 "\n"
                 "Exit codes: 0 = fine, 1 = problems found or the command failed, 2 = wrong command line.\n"
                 "A first scenario, step by step: docs/authoring.md. The file format: docs/scenario-format.md.\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_help(stderr);
        return cli::kExitUsage;
    }
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        if (first == "help" && argc > 2) {
            for (const auto& c : cli::commands())
                if (argv[2] == std::string(c.name)) {
                    std::fputs(c.help, stdout);
                    return cli::kExitOk;
                }
        }
        print_help(stdout);
        return cli::kExitOk;
    }
    if (first == "--version" || first == "-V") {
        std::printf("lure %s (Lureproof scenario tools)\n", LURE_VERSION);
        return cli::kExitOk;
    }
    std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& c : cli::commands()) {
        if (first != c.name) continue;
        for (const auto& a : args) {
            if (a == "--") break;
            if (a == "--help" || a == "-h") {
                std::fputs(c.help, stdout);
                return cli::kExitOk;
            }
        }
        return c.run(args);
    }
    std::fprintf(stderr, "lure: unknown command '%s'\nTry 'lure --help'.\n", first.c_str());
    return cli::kExitUsage;
}
