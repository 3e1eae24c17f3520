// Shared helpers for engine tests: a valid header, parsing shortcuts and diagnostic matchers.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lure/lure.h"

namespace lure_test {

// A complete header (no LP221/LP222) for snippets; 8 lines, so snippet line 1 is file line 9.
inline const char* kHeader =
    "scenario: test\n"
    "title: Test\n"
    "summary: A test.\n"
    "language: en\n"
    "persona: Ana | 23 | Looking for work.\n"
    "technique: fishing\n"
    "content-note: None.\n"
    "minutes: 1\n";
constexpr int kHeaderLines = 8;

inline lure::ParseResult parse(const std::string& text, const std::string& file = "test.lure") {
    return lure::parse_scenario(text, file);
}

// Loads tests/data/scenarios/NAME from the disk (includes followed, checked).
inline lure::ParseResult load_data(const std::string& name) {
    lure::DiskFileSource files;
    return lure::load_scenario(std::string(LURE_TEST_DATA_DIR) + "/scenarios/" + name, files);
}

// Parse + check (no file access).
inline std::vector<lure::Diagnostic> diagnose(const std::string& text, const std::string& file = "test.lure") {
    lure::ParseResult r = lure::parse_scenario(text, file);
    std::vector<lure::Diagnostic> all = r.diagnostics;
    std::vector<lure::Diagnostic> more = lure::check(r.scenario);
    all.insert(all.end(), more.begin(), more.end());
    return all;
}

inline bool has(const std::vector<lure::Diagnostic>& ds, const std::string& code, int line = -1, int column = -1) {
    for (const auto& d : ds)
        if (d.code == code && (line < 0 || d.line == line) && (column < 0 || d.column == column)) return true;
    return false;
}

inline std::string dump(const std::vector<lure::Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += lure::format_diagnostic(d) + "\n";
    return out;
}

// Asserts a diagnostic with code at line:column, printing all diagnostics on failure.
#define CHECK_DIAG(ds, code, line, column)                                                                         \
    CHECK_MESSAGE(::lure_test::has(ds, code, line, column), "expected " << code << " at " << line << ":" << column \
                                                                        << "\n"                                    \
                                                                        << ::lure_test::dump(ds))
#define CHECK_NO_DIAG(ds, code) \
    CHECK_MESSAGE(!::lure_test::has(ds, code), "unexpected " << code << "\n" << ::lure_test::dump(ds))
#define CHECK_CLEAN(ds) CHECK_MESSAGE(ds.empty(), ::lure_test::dump(ds))

}  // namespace lure_test
