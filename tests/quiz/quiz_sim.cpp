// quiz_sim: a scripted run of many SIMULATED visitors through the real quiz code (plan, answers,
// scoring, aggregation, JSON round trip), printing the operator-dashboard figures.
// Usage: quiz_sim [--visitors N] [--seed S] [--cards K] [--bank PATH] [--out AGGREGATE.json] [--null]
//                 [--stats-out STATS.json]  (a kiosk stats.json built with Statistics::add, for the dashboard)
#include "quiz/quiz_aggregate_json.h"
#include "quiz/quiz_bank.h"
#include "quiz/quiz_dashboard.h"
#include "kiosk/statistics.h"
#include "visitor_model.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

using namespace lureproof;

int main(int argc, char** argv) {
  SimSettings settings;
  std::string bank_path = LUREPROOF_QUIZ_BANK, out_path, stats_path;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (!std::strcmp(argv[i], "--visitors") && has_value) settings.visitors = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--seed") && has_value) settings.seed = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--cards") && has_value) settings.cards = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--bank") && has_value) bank_path = argv[++i];
    else if (!std::strcmp(argv[i], "--out") && has_value) out_path = argv[++i];
    else if (!std::strcmp(argv[i], "--stats-out") && has_value) stats_path = argv[++i];
    else if (!std::strcmp(argv[i], "--null")) settings.null_model = true;
    else {
      std::fprintf(stderr,
                   "usage: quiz_sim [--visitors N] [--seed S] [--cards K] [--bank PATH] [--out FILE] [--null]\n");
      return 2;
    }
  }
  const QuizBank bank = load_quiz_bank(bank_path);
  if (!bank.ok()) {
    for (const std::string& e : bank.errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  QuizAggregate aggregate;
  Statistics kiosk_stats;  // the kiosk's own counters, fed one visit at a time as StatsObserver does
  const SimOutcome outcome =
      simulate_visitors(bank.cards, settings, aggregate,
                        [&](const std::string& scenario, const std::string& language, const QuizResult& result) {
                          SessionSummary visit;
                          visit.language = language;
                          visit.scenario = scenario;
                          visit.completed = true;
                          visit.quiz = result;
                          visit.quiz_band = discernment_change_band(result.discernment_change());
                          kiosk_stats.add(visit);
                        });
  if (!stats_path.empty()) std::ofstream(stats_path, std::ios::binary) << stats_to_json(kiosk_stats);
  if (!(kiosk_stats.quiz == aggregate)) {
    std::fprintf(stderr, "the kiosk statistics' quiz aggregate differs from the direct one\n");
    return 1;
  }

  // Through the stored form and back, as the kiosk statistics would keep it.
  const std::string stored = quiz_aggregate_to_text(aggregate);
  QuizAggregate reloaded;
  std::string error;
  if (!quiz_aggregate_from_text(stored, reloaded, error)) {
    std::fprintf(stderr, "aggregate round trip failed: %s\n", error.c_str());
    return 1;
  }
  if (!out_path.empty()) { std::ofstream(out_path, std::ios::binary) << stored; }

  std::printf("SIMULATED visitors (answer model in tests/quiz/visitor_model.cpp) - NOT real results.\n");
  std::printf("seed %llu, %d cards per test, %s model: %d visitors took the pre-test, %d finished both tests.\n",
              (unsigned long long)settings.seed, settings.cards, settings.null_model ? "no-learning" : "learning",
              outcome.started, outcome.finished);
  std::printf("Discernment = mean trust in legitimate offers - mean trust in lures (-4..+4); change = post - pre.\n\n");
  std::printf("%s", format_dashboard(quiz_dashboard(reloaded)).c_str());
  return 0;
}
