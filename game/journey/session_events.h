// What happens in a visitor's session, for the anonymous statistics (kiosk owner implements the
// counters). App notifies every registered observer; nothing here identifies a person.
#pragma once

#include "quiz/quiz_scoring.h"

#include <lure/scenario.h>

#include <string>

namespace lureproof {

enum class FlagOutcome { Spotted, Missed, WrongMark };

class SessionEvents {
 public:
  virtual ~SessionEvents() = default;
  virtual void session_started() {}
  virtual void language_chosen(const std::string& /*code*/) {}
  virtual void scenario_started(const std::string& /*scenario_id*/) {}
  virtual void ending_reached(const std::string& /*scenario_id*/, lure::EndingClass /*ending*/) {}
  // flag_id is empty for a wrong mark (a message without a red flag).
  virtual void red_flag(const std::string& /*scenario_id*/, const std::string& /*flag_id*/, FlagOutcome) {}
  // The visitor finished (reached help and left) or the session was reset; seconds since start.
  virtual void session_ended(double /*duration_s*/, bool /*completed*/) {}
  // The visitor answered "What would you check?" with this check id (SiteConfig::checks, or "none").
  virtual void check_chosen(const std::string& /*scenario_id*/, const std::string& /*check_id*/) {}
  // Both quiz tests were answered (game/quiz): the scores only, never the answers.
  virtual void quiz_finished(const std::string& /*scenario_id*/, const std::string& /*language*/,
                             const QuizResult& /*result*/) {}
};

}  // namespace lureproof
