// Proof that an idle reset wiped the visitor: compares a Session with a default-constructed one,
// field by field, and names every field that still differs. Header-only; used by tests/kiosk and
// tools/soak. When Session gains a field, add it here (the kiosk privacy promise depends on it).
#pragma once

#include "journey/session.h"

#include <string>
#include <vector>

namespace lureproof {

inline std::vector<std::string> session_leftovers(const Session& s) {
  const Session fresh{};
  std::vector<std::string> left;
  auto check = [&](bool same, const char* field) {
    if (!same) left.push_back(field);
  };
  check(s.screen == fresh.screen, "screen");
  check(s.started_at == fresh.started_at, "started_at");
  check(s.language == fresh.language, "language");
  check(s.scenario == fresh.scenario, "scenario");
  check(s.story.has_value() == fresh.story.has_value(), "story");
  check(s.reveal.visible() == fresh.reveal.visible() && s.reveal.done() == fresh.reveal.done() &&
            s.reveal.since_last_reveal() == fresh.reveal.since_last_reveal(),
        "reveal");
  check(s.marks.empty(), "marks");
  check(s.quiz == fresh.quiz, "quiz");
  check(s.last_feedback == fresh.last_feedback, "last_feedback");
  check(s.feedback_since == fresh.feedback_since, "feedback_since");
  check(s.settings.visitor_choices() == fresh.settings, "settings");  // defaults applied are no visitor's
  check(s.settings_open == fresh.settings_open, "settings_open");
  check(s.ending_reported == fresh.ending_reported, "ending_reported");
  // screen_since is the time the attract screen appeared (for its animation), not visitor data.
  return left;
}

}  // namespace lureproof
