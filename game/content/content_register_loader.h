// Reads the source register (sources.toml) and the dated facts (facts.toml) into lure::ContentRegister:
// TOML natively, the JSON the web build converts them to (a DataNode tree, like the quiz bank).
// Problems are lure::Diagnostics (LP235 unreadable, LP236 wrong type) with the file's line:column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/content_register.h"

namespace lureproof {

// Parses one sources file into reg.sources (sets has_sources); appends problems to `out`.
void read_source_register(std::string_view text, const std::string& file, lure::ContentRegister& reg,
                          std::vector<lure::Diagnostic>& out);
// Parses one facts file into reg.facts (sets has_facts); appends problems to `out`.
void read_facts(std::string_view text, const std::string& file, lure::ContentRegister& reg,
                std::vector<lure::Diagnostic>& out);

struct ContentRegisterLoad {
  lure::ContentRegister reg;
  std::vector<lure::Diagnostic> diagnostics;  // reading problems only; see lure::check_content_register
};
// Reads the files that are given ("" = none). A named file that cannot be read is LP235.
ContentRegisterLoad load_content_register(const std::string& sources_path, const std::string& facts_path);
// The register next to the bundled content: <assets>/sources.toml and facts.toml (or the .json the web
// build ships); a missing file is simply not loaded.
ContentRegisterLoad load_bundled_register(const std::string& assets_dir);

}  // namespace lureproof
