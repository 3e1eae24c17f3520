// Adding visits and merging aggregates: counts and sums add, so merging is exact and order-free.
#include "quiz/quiz_aggregate.h"

namespace lureproof {

bool quiz_plain_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

void QuizCell::merge(const QuizCell& o) {
  discernment_pre.merge(o.discernment_pre);
  discernment_post.merge(o.discernment_post);
  discernment_change.merge(o.discernment_change);
  sensible_pre.merge(o.sensible_pre);
  sensible_post.merge(o.sensible_post);
  for (const auto& [band, count] : o.bands) bands[band] += count;
}

bool QuizAggregate::add(const std::string& scenario, const std::string& language, const QuizResult& r) {
  if (!r.valid() || !quiz_plain_id(scenario) || !quiz_plain_id(language)) return false;
  QuizCell& c = cells[{scenario, language}];
  c.discernment_pre.add(r.pre.discernment);
  c.discernment_post.add(r.post.discernment);
  c.discernment_change.add(r.discernment_change());
  c.sensible_pre.add(r.pre.sensible_share);
  c.sensible_post.add(r.post.sensible_share);
  for (const std::string& band : quiz_bands(r)) ++c.bands[band];
  return true;
}

void QuizAggregate::merge(const QuizAggregate& other) {
  for (const auto& [key, cell] : other.cells) cells[key].merge(cell);
}

QuizCell QuizAggregate::total(const std::string& scenario, const std::string& language) const {
  QuizCell t;
  for (const auto& [key, cell] : cells)
    if ((scenario.empty() || key.first == scenario) && (language.empty() || key.second == language)) t.merge(cell);
  return t;
}

}  // namespace lureproof
