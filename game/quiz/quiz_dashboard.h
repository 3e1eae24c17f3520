// The figures the operator dashboard (and the simulation) shows: per scenario and per language, n
// and the mean pre, post and change of discernment with 95% CIs. Small groups are suppressed.
#pragma once

#include "data/small_cell.h"
#include "quiz/quiz_aggregate.h"

#include <string>
#include <vector>

namespace lureproof {

struct QuizDashboardRow {
  std::string group;                                  // scenario id, language code, or "all"
  std::uint64_t n = 0;                                // visitors with a complete pre- and post-test
  Estimate pre, post, change;                         // discernment (-4..+4)
  Estimate sensible_pre, sensible_post;               // sensible-action share (0..1)
  bool suppressed() const { return n < kSmallCell; }  // "<5" and no mean (data/small_cell.h)
};

struct QuizDashboard {
  QuizDashboardRow overall;
  std::vector<QuizDashboardRow> by_scenario;  // sorted by id
  std::vector<QuizDashboardRow> by_language;
};

QuizDashboard quiz_dashboard(const QuizAggregate& aggregate);
// "n" as shown: "<5" for 1..4.
std::string quiz_display_n(std::uint64_t n);
// "+0.83 (95% CI +0.51 to +1.15)"; "—" when suppressed or without a CI.
std::string format_change(const QuizDashboardRow& row);
// One line per row, for the simulation and logs.
std::string format_dashboard(const QuizDashboard& dashboard);

}  // namespace lureproof
