// Save and restore a Story as versioned JSON keyed by node, variable, flag and line ids (not
// indices), so saves survive edits that add lines or nodes. See docs/scenario-format.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/story.h"

namespace lure {

constexpr int kSaveVersion = 1;

std::string save(const Story& story);

struct RestoreResult {
    std::optional<Story> story;           // empty when refused
    std::vector<Diagnostic> diagnostics;  // errors (refused) and warnings (what was migrated)
};
RestoreResult restore(const Scenario& scenario, const std::string& json_text);

}  // namespace lure
