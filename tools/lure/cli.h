// Shared helpers for the lure subcommands: the command table, option parsing, file I/O,
// exit codes and small text utilities. No subcommand logic lives here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lure/parser.h"

namespace cli {

// Exit codes, documented in `lure --help` and docs/authoring.md.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;  // problems found, or the command could not do its job
constexpr int kExitUsage = 2;   // wrong command line

struct Command {
    const char* name;
    const char* summary;  // one line for `lure --help`
    const char* help;     // full text for `lure <command> --help`
    int (*run)(const std::vector<std::string>& args);
};

// Every subcommand, in the order `lure --help` lists them (defined in main.cpp).
const std::vector<Command>& commands();

// ---- options -----------------------------------------------------------------------------
struct OptionSpec {
    const char* name;  // "--json", "-o"
    bool takes_value;
    const char* alias = nullptr;  // other spelling ("--output")
};

struct Args {
    std::vector<std::string> files;           // positional arguments
    std::map<std::string, std::string> opts;  // by canonical name; "" for flags
    bool has(const std::string& name) const { return opts.count(name) != 0; }
    std::string get(const std::string& name, const std::string& fallback = "") const;
};

// Parses `args` against `spec` ("--help" is always known). On a usage error prints
// "lure <command>: <problem>" and a hint to stderr and returns nullopt.
std::optional<Args> parse_args(const char* command, const std::vector<std::string>& args,
                               const std::vector<OptionSpec>& spec);

// Prints "lure <command>: <message>" and "Try 'lure <command> --help'." to stderr; returns kExitUsage.
int usage_error(const char* command, const std::string& message);

// Parses a non-negative integer option; prints a usage error and returns nullopt when invalid.
std::optional<long long> int_option(const char* command, const Args& args, const std::string& name, long long fallback);

// ---- files -------------------------------------------------------------------------------
std::optional<std::string> read_file(const std::string& path);
// Writes through a temporary file and a rename, so a failed write never leaves half a file.
bool write_file(const std::string& path, const std::string& text);
bool file_exists(const std::string& path);
std::string base_name(const std::string& path);  // "dir/story.lure" -> "story.lure"
std::string stem(const std::string& path);       // "dir/story.lure" -> "story"

// Loads a scenario with includes and runs the checker (lure::load_scenario on the disk).
lure::ParseResult load(const std::string& path);
// load() into `out`; when the scenario has errors, prints them and the line `refusal` to stderr and
// returns false (the commands that need a scenario without errors: paths, play, l10n).
bool load_clean(const std::string& path, lure::ParseResult& out, const std::string& refusal);

// ---- text --------------------------------------------------------------------------------
// "1 error", "2 errors"
std::string plural(long long n, const char* singular, const char* plural_form);
// Splits text into lines (without the line terminators).
std::vector<std::string> split_lines(const std::string& text);
// Full path of an executable found in $PATH, or "" when absent.
std::string find_program(const std::string& name);
// Quotes a string for /bin/sh.
std::string shell_quote(const std::string& s);

}  // namespace cli
