// Diagnostics as data: a stable code (LPnnn), severity, message, file:line:column and a hint.
// Every part of the engine (parser, checker, save/restore, Twee import) reports through this type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lure {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string code;  // stable, e.g. "LP101"; tests and tools key on it
    Severity severity = Severity::Error;
    std::string message;  // what is wrong, in plain words
    std::string file;     // as given to the loader ("" when not file-based)
    int line = 0;         // 1-based; 0 = whole file / no position
    int column = 0;       // 1-based, counted in Unicode code points
    std::string hint;     // how to fix it ("" when obvious)
};

// "file:3:7: error LP101: message (hint: ...)" — the format the CLI prints.
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& diagnostics);
int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// Catalogue of every code the engine can report (code, default severity, one-line title).
struct DiagnosticInfo {
    std::string_view code;
    Severity severity;
    std::string_view title;
};
const std::vector<DiagnosticInfo>& diagnostic_catalogue();
const DiagnosticInfo* find_diagnostic_info(std::string_view code);

}  // namespace lure
