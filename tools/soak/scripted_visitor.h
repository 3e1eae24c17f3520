// One random, scripted visitor: starts, picks a language and a story, reads, marks messages,
// chooses, sometimes changes settings, answers the quiz, dawdles through an "Are you still
// there?" warning or walks away for good. Drives the same Journey the App hands screen actions to,
// and the kiosk's IdleTimer on a simulated clock; records what it did, to check the statistics.
#pragma once

#include "journey/journey.h"
#include "journey/session.h"
#include "kiosk/idle_timer.h"
#include "kiosk/statistics.h"

#include <functional>
#include <random>
#include <string>

struct VisitorWorld {
  Journey& journey;
  Session& session;
  IdleTimer& idle;
  std::mt19937_64& rng;
  double& now;                     // simulated seconds
  double idle_timeout_s = 90, countdown_s = 30;
  std::function<void()> on_idle_reset;  // the App's reaction to an expired timer (log + reset)
};

struct VisitOutcome {
  SessionSummary expected;    // what the statistics should count for this visit
  bool walked_away = false;   // ended by the idle timeout
  int still_here = 0;         // "I'm still here" presses
  std::string problem;        // non-empty: an assertion failed (the soak reports and fails)
};

VisitOutcome play_one_visitor(VisitorWorld& w);
