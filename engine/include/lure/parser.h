// Parsing .lure text into a Scenario: every syntax error in one pass, with codes and positions.
// load_scenario() also follows includes, links names and runs the checker.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/file_source.h"
#include "lure/scenario.h"

namespace lure {

// Explicit limits: exceeding one is a diagnostic, never a crash.
struct ParseLimits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u;  // LP135
    std::size_t max_line_bytes = 16u * 1024u;          // LP134
    int max_if_depth = 32;                             // LP136
    int max_include_depth = 16;                        // LP152
    std::size_t max_includes = 64;                     // LP164: include: lines followed per load
    std::size_t max_load_bytes = 24u * 1024u * 1024u;  // LP165: bytes read per load, all files
    std::size_t max_nodes = 100000;                    // LP137
    std::size_t max_statements = 2000000;              // LP137
    // LP137: statements + tags + text pieces + expression parts. Bounds the model's memory (about
    // 600 bytes per item at worst) whatever the file holds: a 16 MiB file of one-word messages
    // would otherwise need close to 1 GB.
    std::size_t max_model_items = 400000;
    std::size_t max_diagnostics = 500;  // LP138
};

struct ParseResult {
    Scenario scenario;
    std::vector<Diagnostic> diagnostics;
    bool ok() const { return !has_errors(diagnostics); }
};
using LoadResult = ParseResult;

// Parses one file's text. `files` (may be null) resolves `include:` lines relative to `filename`
// inside the folder of `filename`; without it an include is reported as LP150.
ParseResult parse_scenario(std::string_view text, const std::string& filename, FileSource* files = nullptr,
                           const ParseLimits& limits = {});

// Reads `path` through `files`, parses it (with includes) and runs check() (image checks included).
// The folder of `path` is the scenario's root: included files and images must be regular files
// whose real paths lie inside it (docs/scenario-format.md, "Loading is a sandbox").
ParseResult load_scenario(const std::string& path, FileSource& files, const ParseLimits& limits = {});

// Text of a message/choice line split into its parts (used by the parser and the line tagger).
struct SplitTags {
    std::string_view body;       // text before the tags, right-trimmed
    std::size_t tags_begin = 0;  // byte offset where tags start (== size when none)
};
SplitTags split_trailing_tags(std::string_view line);

}  // namespace lure
