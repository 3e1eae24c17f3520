// Mean, sample SD and 95% CI from sufficient statistics, against values computed by hand.
#include "quiz/quiz_stats.h"

#include <doctest/doctest.h>

#include <initializer_list>

using namespace lureproof;

namespace {
SumStats of(std::initializer_list<double> xs) {
  SumStats s;
  for (double x : xs) s.add(x);
  return s;
}
}  // namespace

TEST_CASE("t critical values: table for small df, tending to 1.96 for large df") {
  CHECK(t_critical_95(1) == doctest::Approx(12.706));
  CHECK(t_critical_95(4) == doctest::Approx(2.776));
  CHECK(t_critical_95(10) == doctest::Approx(2.228));
  CHECK(t_critical_95(30) == doctest::Approx(2.042));
  // Published t(0.975; df): 40 -> 2.021, 60 -> 2.000, 120 -> 1.980, 1000 -> 1.962.
  CHECK(t_critical_95(40) == doctest::Approx(2.021).epsilon(0.0005));
  CHECK(t_critical_95(60) == doctest::Approx(2.000).epsilon(0.0005));
  CHECK(t_critical_95(120) == doctest::Approx(1.980).epsilon(0.0005));
  CHECK(t_critical_95(1000) == doctest::Approx(1.962).epsilon(0.0005));
  CHECK(t_critical_95(100000000) == doctest::Approx(1.960).epsilon(0.0005));
  // Decreasing in df, also across the table / expansion boundary.
  for (std::uint64_t df = 1; df < 500; ++df) CHECK(t_critical_95(df + 1) < t_critical_95(df));
}

TEST_CASE("estimate of 1,2,3,4,5 by hand") {
  // n = 5, Σx = 15, Σx² = 55; mean = 3; s² = (55 - 15²/5) / 4 = 2.5; s = 1.58114;
  // SE = s/√5 = 0.70711; t(4) = 2.776; half-width = 1.96294 -> CI 1.03706 .. 4.96294.
  const SumStats s = of({1, 2, 3, 4, 5});
  CHECK(s.n == 5);
  CHECK(s.sum == 15.0);
  CHECK(s.sum_sq == 55.0);
  const Estimate e = estimate(s);
  CHECK(e.mean == doctest::Approx(3.0));
  CHECK(e.sd == doctest::Approx(1.58114).epsilon(1e-5));
  CHECK(e.ci_low == doctest::Approx(1.03706).epsilon(1e-5));
  CHECK(e.ci_high == doctest::Approx(4.96294).epsilon(1e-5));
}

TEST_CASE("estimate of half-point changes by hand") {
  // 0.5, -1, 1.5, 2: n = 4, Σx = 3, Σx² = 7.5; mean = 0.75; s² = (7.5 - 9/4) / 3 = 1.75;
  // s = 1.32288; SE = 0.66144; t(3) = 3.182; half-width = 2.10470 -> CI -1.35470 .. 2.85470.
  const Estimate e = estimate(of({0.5, -1, 1.5, 2}));
  CHECK(e.mean == doctest::Approx(0.75));
  CHECK(e.sd == doctest::Approx(1.32288).epsilon(1e-5));
  CHECK(e.ci_low == doctest::Approx(-1.35470).epsilon(1e-5));
  CHECK(e.ci_high == doctest::Approx(2.85470).epsilon(1e-5));
}

TEST_CASE("estimate for a large n uses a critical value close to 1.96") {
  // 500 zeros and 500 twos: mean 1; s² = (2000 - 1000²/1000) / 999 = 1000/999; s = 1.00050;
  // SE = 0.031639; t(999) = 1.96234; half-width = 0.062087.
  SumStats s;
  for (int i = 0; i < 1000; ++i) s.add(i % 2 == 0 ? 0.0 : 2.0);
  const Estimate e = estimate(s);
  CHECK(e.mean == doctest::Approx(1.0));
  CHECK(e.sd == doctest::Approx(1.00050).epsilon(1e-5));
  CHECK(e.ci_high - e.mean == doctest::Approx(0.062087).epsilon(1e-4));
}

TEST_CASE("degenerate groups: empty, one value, no spread") {
  const Estimate empty = estimate({});
  CHECK_FALSE(empty.has_mean());
  const Estimate one = estimate(of({2.5}));
  CHECK(one.has_mean());
  CHECK_FALSE(one.has_ci());
  CHECK(one.mean == 2.5);
  const Estimate flat = estimate(of({0.5, 0.5, 0.5}));
  CHECK(flat.sd == 0.0);
  CHECK(flat.ci_low == doctest::Approx(0.5));
  CHECK(flat.ci_high == doctest::Approx(0.5));
}

TEST_CASE("merging sufficient statistics equals adding every value") {
  SumStats a = of({1, -2, 0.5}), b = of({3, 3.5});
  a.merge(b);
  CHECK(a == of({1, -2, 0.5, 3, 3.5}));
}
