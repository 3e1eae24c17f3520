// Statistics from sufficient statistics: a running n, Σx and Σx² give the mean, the sample standard
// deviation and a t-based 95% confidence interval without keeping any individual value.
#pragma once

#include <cstdint>

namespace lureproof {

struct SumStats {
  std::uint64_t n = 0;
  double sum = 0.0;     // Σx
  double sum_sq = 0.0;  // Σx²

  void add(double x) {
    ++n;
    sum += x;
    sum_sq += x * x;
  }
  // Sufficient statistics of two disjoint groups add up (that is what makes merging exact).
  void merge(const SumStats& o) {
    n += o.n;
    sum += o.sum;
    sum_sq += o.sum_sq;
  }
  bool operator==(const SumStats&) const = default;
};

struct Estimate {
  std::uint64_t n = 0;
  double mean = 0.0;
  double sd = 0.0;      // sample SD (n - 1); 0 when n < 2
  double ci_low = 0.0;  // 95% CI for the mean; equal to the mean when n < 2
  double ci_high = 0.0;
  bool has_mean() const { return n >= 1; }
  bool has_ci() const { return n >= 2; }
};

// Two-sided 95% critical value of Student's t with `df` degrees of freedom (df >= 1).
double t_critical_95(std::uint64_t df);
Estimate estimate(const SumStats& s);

}  // namespace lureproof
