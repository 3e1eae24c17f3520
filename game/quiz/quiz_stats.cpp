// Mean, sample SD and the t-based 95% confidence interval from (n, Σx, Σx²).
//   mean  x̄ = Σx / n
//   var   s² = (Σx² − (Σx)²/n) / (n − 1)          (sample variance, Bessel's correction)
//   CI    x̄ ± t(0.975; n − 1) · s / √n           (Student 1908; any statistics textbook)
#include "quiz/quiz_stats.h"

#include <algorithm>
#include <cmath>

namespace lureproof {

namespace {

// t(0.975; df) for df = 1..30 (standard tables, e.g. NIST/SEMATECH e-Handbook, Table 1.4.2.3.6.2).
constexpr double kT95[30] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                             2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                             2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
constexpr double kZ975 = 1.959964;  // normal quantile: the limit of t as df grows ("1.96")

}  // namespace

double t_critical_95(std::uint64_t df) {
  if (df == 0) return 0.0;
  if (df <= 30) return kT95[df - 1];
  // df > 30: the Cornish-Fisher expansion of t in terms of the normal quantile z (Abramowitz &
  // Stegun 1964, 26.7.5); within 0.001 of the table from df = 30 on, and tends to 1.96 as df grows.
  const double z = kZ975, v = double(df);
  const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
  const double g1 = (z3 + z) / 4.0;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96.0;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384.0;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160.0;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

Estimate estimate(const SumStats& s) {
  Estimate e;
  e.n = s.n;
  if (s.n == 0) return e;
  const double n = double(s.n);
  e.mean = s.sum / n;
  e.ci_low = e.ci_high = e.mean;
  if (s.n < 2) return e;
  // Rounding can push a zero variance slightly negative: clamp at 0.
  const double var = std::max(0.0, (s.sum_sq - s.sum * s.sum / n) / (n - 1.0));
  e.sd = std::sqrt(var);
  const double half = t_critical_95(s.n - 1) * e.sd / std::sqrt(n);
  e.ci_low = e.mean - half;
  e.ci_high = e.mean + half;
  return e;
}

}  // namespace lureproof
