// Twee 3 import: converts a Twine story in Twee 3 notation into .lure text. Passages become nodes,
// links become choices; macros it cannot translate are reported with positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"

namespace lure {

struct TweeImport {
    std::string lure_text;
    std::vector<Diagnostic> diagnostics;
    int passages = 0, links = 0;
    int ways_on = 0, ways_on_imported = 0;  // links and navigation macros; those now choices or diverts
};

constexpr std::size_t kMaxTweeBytes = 16u * 1024u * 1024u;  // larger input: LP410, nothing imported

TweeImport import_twee(std::string_view twee_text, const std::string& filename);

}  // namespace lure
