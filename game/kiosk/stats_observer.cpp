// StatsObserver: see stats_observer.h.
#include "kiosk/stats_observer.h"

#include <algorithm>

namespace lureproof {

namespace {
void add_once(std::vector<std::string>& ids, const std::string& id) {
  if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}
}  // namespace

void StatsObserver::session_started() {
  visit_ = SessionSummary{};
  active_ = true;
}

void StatsObserver::language_chosen(const std::string& code) { visit_.language = code; }

void StatsObserver::scenario_started(const std::string& scenario_id) {
  // One scenario per visit is counted: a second one replaces the first's route.
  visit_.scenario = scenario_id;
  visit_.ending = "none";
  visit_.flags_spotted.clear();
  visit_.flags_missed.clear();
  visit_.check.clear();
}

void StatsObserver::ending_reached(const std::string&, lure::EndingClass ending) {
  visit_.ending = lure::ending_class_name(ending);
}

void StatsObserver::red_flag(const std::string&, const std::string& flag_id, FlagOutcome outcome) {
  if (outcome == FlagOutcome::Spotted) add_once(visit_.flags_spotted, flag_id);
  if (outcome == FlagOutcome::Missed) add_once(visit_.flags_missed, flag_id);
}

void StatsObserver::quiz_finished(const std::string&, const std::string&, const QuizResult& result) {
  visit_.quiz = result;  // scores only; Statistics::add turns them into bands and sums
  visit_.quiz_band = discernment_change_band(result.discernment_change());
}

void StatsObserver::check_chosen(const std::string&, const std::string& check_id) { visit_.check = check_id; }

void StatsObserver::session_ended(double duration_s, bool completed) {
  if (!active_) return;
  visit_.duration_s = duration_s;
  visit_.completed = completed;
  if (sink_) sink_(visit_);
  visit_ = SessionSummary{};
  active_ = false;
}

void StatsObserver::discard() {
  visit_ = SessionSummary{};
  active_ = false;
}

}  // namespace lureproof
