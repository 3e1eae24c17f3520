// Dashboard rows from the aggregate: merge the cells of each scenario / language (sums add), then
// estimate the means and CIs (quiz_stats.cpp).
#include "quiz/quiz_dashboard.h"

#include <cstdio>
#include <set>

namespace lureproof {

namespace {

QuizDashboardRow row_for(const std::string& group, const QuizCell& c) {
  QuizDashboardRow r;
  r.group = group;
  r.n = c.discernment_change.n;
  r.pre = estimate(c.discernment_pre);
  r.post = estimate(c.discernment_post);
  r.change = estimate(c.discernment_change);
  r.sensible_pre = estimate(c.sensible_pre);
  r.sensible_post = estimate(c.sensible_post);
  return r;
}

std::string signed_number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.2f", x);
  return buf;
}

}  // namespace

QuizDashboard quiz_dashboard(const QuizAggregate& a) {
  QuizDashboard d;
  d.overall = row_for("all", a.total("", ""));
  std::set<std::string> scenarios, languages;
  for (const auto& [key, cell] : a.cells) {
    scenarios.insert(key.first);
    languages.insert(key.second);
  }
  for (const std::string& s : scenarios) d.by_scenario.push_back(row_for(s, a.total(s, "")));
  for (const std::string& l : languages) d.by_language.push_back(row_for(l, a.total("", l)));
  return d;
}

std::string quiz_display_n(std::uint64_t n) { return display_count(n); }

std::string format_change(const QuizDashboardRow& r) {
  if (r.suppressed() || !r.change.has_ci()) return "—";
  return signed_number(r.change.mean) + " (95% CI " + signed_number(r.change.ci_low) + " to " +
         signed_number(r.change.ci_high) + ")";
}

std::string format_dashboard(const QuizDashboard& d) {
  std::string out;
  char line[256];
  auto add = [&](const char* kind, const QuizDashboardRow& r) {
    if (r.suppressed()) {
      std::snprintf(line, sizeof line, "%-9s %-16s n=%-6s (too few to show)\n", kind, r.group.c_str(),
                    quiz_display_n(r.n).c_str());
    } else {
      std::snprintf(line, sizeof line,
                    "%-9s %-16s n=%-6s pre %+.2f  post %+.2f  change %s  sensible %3.0f%% -> %3.0f%%\n", kind,
                    r.group.c_str(), quiz_display_n(r.n).c_str(), r.pre.mean, r.post.mean, format_change(r).c_str(),
                    100.0 * r.sensible_pre.mean, 100.0 * r.sensible_post.mean);
    }
    out += line;
  };
  add("overall", d.overall);
  for (const auto& r : d.by_scenario) add("scenario", r);
  for (const auto& r : d.by_language) add("language", r);
  return out;
}

}  // namespace lureproof
