// Static checks on a parsed Scenario: targets, reachability, dead ends, endings, variables, types,
// duplicates, red-flag completeness and (with a FileSource) missing images. Errors vs warnings.
#pragma once

#include <vector>

#include "lure/diagnostics.h"
#include "lure/file_source.h"
#include "lure/scenario.h"

namespace lure {

// `files` is optional: without it image files are not checked (LP219 needs file access).
std::vector<Diagnostic> check(const Scenario& scenario, FileSource* files = nullptr);

}  // namespace lure
