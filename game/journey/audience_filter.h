// Which stories a stand offers for the audience it sets (SiteConfig::audience, docs/kiosk.md): those
// whose `audience:` header is at most the stand's; a story without the header counts as 18+.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lureproof {

constexpr int kUnratedAudience = 18;  // the audience of a story without an `audience:` header

// `story_audiences`: each candidate's header audience (0 = not given). `stand_audience`: an age, or
// kEveryAudience (all kept) or kYoungestAudience (only those for the youngest audience among them).
// Returns the positions kept, in order.
std::vector<std::size_t> stories_for_audience(const std::vector<int>& story_audiences, int stand_audience);

// "" or, when the stand's audience leaves none of the stories, a warning for the operator that says so.
std::string audience_warning(const std::vector<int>& story_audiences, int stand_audience);

}  // namespace lureproof
