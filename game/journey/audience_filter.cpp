// The story picker's audience filter (audience_filter.h).
#include "journey/audience_filter.h"

#include "kiosk/site_config.h"

#include <algorithm>

namespace lureproof {

std::vector<std::size_t> stories_for_audience(const std::vector<int>& story_audiences, int stand_audience) {
  std::vector<int> effective;
  for (int a : story_audiences) effective.push_back(a > 0 ? a : kUnratedAudience);
  int highest = stand_audience;
  if (stand_audience == kEveryAudience) highest = 1000;
  else if (stand_audience == kYoungestAudience)
    highest = effective.empty() ? 0 : *std::min_element(effective.begin(), effective.end());
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < effective.size(); ++i)
    if (effective[i] <= highest) kept.push_back(i);
  return kept;
}

std::string audience_warning(const std::vector<int>& story_audiences, int stand_audience) {
  if (story_audiences.empty() || !stories_for_audience(story_audiences, stand_audience).empty()) return {};
  return "audience: no story is written for an audience of " + std::to_string(stand_audience) +
         "+ (a story without an audience: header counts as " + std::to_string(kUnratedAudience) +
         "+); the story picker is empty";
}

}  // namespace lureproof
