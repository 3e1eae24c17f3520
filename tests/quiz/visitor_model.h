// SIMULATED visitors for the scripted run: a plausible answer model (general trust, a skill at
// telling lures from real offers, learning from the story, some extra caution after it) that
// answers real planned cards. For checking the pipeline and the dashboard — never real results.
#pragma once

#include "quiz/quiz_aggregate.h"
#include "quiz/quiz_bank.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

using namespace lureproof;

struct SimScenario {
  std::string id;
  double learning = 1.0;  // mean gain in discernment skill after this story (model units)
};

struct SimSettings {
  int visitors = 2000;
  std::uint64_t seed = 2024;
  int cards = 3;              // per test
  double finish_rate = 0.85;  // share who reach the post-test (the rest leave early)
  bool null_model = false;    // no learning at all (checks that the CI then covers 0)
  std::vector<SimScenario> scenarios = {{"dream-job", 1.0},       {"remote-it-job", 0.9}, {"casting-call", 1.0},
                                        {"perfect-partner", 0.7}, {"border-help", 0.8},   {"au-pair", 0.9}};
  std::vector<std::pair<std::string, double>> languages = {{"en", 0.35}, {"ro", 0.2}, {"pl", 0.15},
                                                           {"uk", 0.15}, {"bg", 0.1}, {"fr", 0.05}};
};

struct SimOutcome {
  int started = 0;   // visitors who took the pre-test
  int finished = 0;  // visitors with a post-test too (only these are aggregated)
};

// Runs the visitors through the real plan, run, scoring and aggregation code.
// `on_finished` (optional) also receives each finished visit, e.g. for the kiosk's Statistics::add.
using SimVisitSink = std::function<void(const std::string& scenario, const std::string& language, const QuizResult&)>;
SimOutcome simulate_visitors(const std::vector<QuizCard>& cards, const SimSettings& settings, QuizAggregate& out,
                             const SimVisitSink& on_finished = {});
