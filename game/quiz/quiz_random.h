// A small seeded random generator (SplitMix64) with the same output on every compiler and standard
// library, so a seed picks the same cards natively, in the browser and in tests.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace lureproof {

class QuizRandom {
 public:
  explicit QuizRandom(std::uint64_t seed) : state_(seed) {}
  // SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators").
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) by rejection, so no value is favoured (n > 0).
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do x = next();
    while (x >= limit);
    return x % n;
  }
  double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }  // [0, 1)
  template <class T>
  void shuffle(std::vector<T>& v) {  // Fisher-Yates
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[size_t(below(i))]);
  }

 private:
  std::uint64_t state_;
};

}  // namespace lureproof
