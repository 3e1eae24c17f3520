// Printing engine diagnostics for people (compiler style, with the source line and a hint line)
// and for machines (JSON objects). Shared by every subcommand.
#pragma once

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lure/diagnostics.h"

namespace cli {

// Remembers file contents so the source line of a diagnostic can be shown.
class SourceLines {
public:
    const std::string* line(const std::string& file, int line_number);
private:
    std::map<std::string, std::vector<std::string>> files_;
};

// file:line:col: error LP123: message
//    12 | source line
//       |     ^
//   hint: how to fix it
void print_diagnostic(std::FILE* out, const lure::Diagnostic& d, SourceLines& sources);

// Prints all diagnostics of `list` (errors only when `errors_only`); returns how many were printed.
int print_diagnostics(std::FILE* out, const std::vector<lure::Diagnostic>& list, bool errors_only = false);

// Sorted by file, line and column (stable), exact duplicates removed.
std::vector<lure::Diagnostic> sorted_unique(std::vector<lure::Diagnostic> list);

nlohmann::json diagnostic_json(const lure::Diagnostic& d);

// Prints `j` to stdout, indented by 2, invalid UTF-8 replaced (every --json report ends this way).
void print_json(const nlohmann::json& j);

}  // namespace cli
