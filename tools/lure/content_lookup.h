// Finding and loading the source register and facts file for `lure validate` and `lure facts`:
// --sources/--facts when given, else the nearest sources.toml / facts.toml in the scenario's folder or
// up to two folders above it (assets/scenarios/x.lure finds assets/sources.toml).
#pragma once

#include <string>
#include <vector>

#include "content/content_register_loader.h"

using namespace lureproof;

namespace cli {

struct RegisterFiles {
    std::string sources, facts;  // "" = none found
};

// `dir` is a scenario's folder; explicit paths win. Falls back to ./assets/ when `try_assets`.
RegisterFiles find_register_files(const std::string& dir, const std::string& sources_opt, const std::string& facts_opt,
                                  bool try_assets = false);
// Loads both files and checks the register itself (LP230/LP231/LP235-LP237).
ContentRegisterLoad load_checked_register(const RegisterFiles& files);
std::string directory_of(const std::string& path);  // "a/b.lure" -> "a", "b.lure" -> "."

}  // namespace cli
