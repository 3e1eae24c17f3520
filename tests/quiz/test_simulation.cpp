// The scripted run: SIMULATED visitors through the real pipeline. Checks the figures add up and that
// the 95% CI covers zero about 95% of the time when nobody learns (calibration).
#include "quiz/quiz_aggregate_json.h"
#include "quiz/quiz_dashboard.h"
#include "visitor_model.h"

#include <doctest/doctest.h>

using namespace lureproof;

TEST_CASE("a scripted run of many simulated visitors feeds the aggregate and the dashboard") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  SimSettings settings;
  settings.visitors = 3000;
  QuizAggregate a;
  const SimOutcome o = simulate_visitors(bank.cards, settings, a);
  CHECK(o.started == 3000);
  CHECK(o.finished > 2300);
  CHECK(o.finished < o.started);
  const QuizDashboard d = quiz_dashboard(a);
  CHECK(d.overall.n == std::uint64_t(o.finished));
  std::uint64_t by_scenario = 0, by_language = 0;
  for (const auto& r : d.by_scenario) by_scenario += r.n;
  for (const auto& r : d.by_language) by_language += r.n;
  CHECK(by_scenario == d.overall.n);
  CHECK(by_language == d.overall.n);
  CHECK(d.by_scenario.size() == settings.scenarios.size());
  CHECK(d.overall.change.mean > 0.0);  // the model learns
  CHECK(d.overall.change.ci_low > 0.0);
  CHECK(d.overall.change.mean == doctest::Approx(d.overall.post.mean - d.overall.pre.mean));
  QuizAggregate back;
  std::string error;
  REQUIRE(quiz_aggregate_from_text(quiz_aggregate_to_text(a), back, error));
  CHECK(back == a);
}

TEST_CASE("with no learning the 95% CI of the change covers 0 in about 95% of runs") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  int covered = 0;
  const int runs = 100;
  for (int i = 0; i < runs; ++i) {
    SimSettings settings;
    settings.visitors = 120;
    settings.null_model = true;
    settings.seed = 1000 + std::uint64_t(i);
    QuizAggregate a;
    simulate_visitors(bank.cards, settings, a);
    const Estimate e = quiz_dashboard(a).overall.change;
    if (e.ci_low <= 0.0 && 0.0 <= e.ci_high) ++covered;
  }
  MESSAGE("covered ", covered, " of ", runs);
  CHECK(covered >= 88);  // binomial(100, 0.95): below 88 has probability < 0.2 %
}
