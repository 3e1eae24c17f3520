// Turns the journey's SessionEvents into one SessionSummary per visit and hands it over when the
// visit ends (completed or reset). Holds nothing after that, so no visit outlives its session.
#pragma once

#include "journey/session_events.h"
#include "kiosk/statistics.h"

#include <functional>

namespace lureproof {

class StatsObserver : public SessionEvents {
 public:
  using Sink = std::function<void(const SessionSummary&)>;
  explicit StatsObserver(Sink sink) : sink_(std::move(sink)) {}

  void session_started() override;
  void language_chosen(const std::string& code) override;
  void scenario_started(const std::string& scenario_id) override;
  void ending_reached(const std::string& scenario_id, lure::EndingClass ending) override;
  void red_flag(const std::string& scenario_id, const std::string& flag_id, FlagOutcome outcome) override;
  void session_ended(double duration_s, bool completed) override;
  // Forgets the visit in progress without counting it (the operator took over the screen).
  void discard();
  void quiz_finished(const std::string& scenario_id, const std::string& language, const QuizResult& result) override;
  void check_chosen(const std::string& scenario_id, const std::string& check_id) override;

 private:
  Sink sink_;
  SessionSummary visit_;
  bool active_ = false;
};

}  // namespace lureproof
