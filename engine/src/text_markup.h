// Internal: parsing of message text (interpolation, emphasis, escapes) and trailing #tags.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostic_sink.h"
#include "lure/scenario.h"

namespace lure {

// Known tag keys (others with a ':' are passed to the host with warning LP121).
bool is_known_tag(std::string_view key);

// Parses `text` (starting at `loc`) into pieces; reports LP122/LP123/LP128/LP129.
Text parse_text(std::string_view text, SourceLoc loc, Scenario& scenario, DiagnosticSink& sink);

// Splits the tag part (from split_trailing_tags) into Tag values with positions.
std::vector<Tag> parse_tags(std::string_view tag_part, SourceLoc loc, DiagnosticSink& sink);

}  // namespace lure
