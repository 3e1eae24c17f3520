// Adds missing `#line:` ids (stable translation ids) to message, choice and debrief lines of a file,
// keeping everything else byte-for-byte. Called by `lure tag`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"

namespace lure {

struct TagLinesResult {
    std::string text;  // the file with ids added
    int added = 0;
    std::vector<Diagnostic> diagnostics;  // parse problems (lines that could not be tagged)
};

// New ids look like `<prefix><6 hex digits>` derived from node id and text, unique in the file.
// With `prefix_from_scenario_id` and an empty `prefix`, the prefix is the file's `scenario:` id and
// a '-' (`dream-job-5cfb6c`); a file without an id gets bare hex digits.
TagLinesResult tag_lines(std::string_view text, const std::string& filename, const std::string& prefix = "",
                         bool prefix_from_scenario_id = false);

}  // namespace lure
