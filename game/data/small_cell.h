// The small-cell rule for every count an operator sees (kiosk statistics, quiz dashboard, CSV):
// counts from 1 to kSmallCell - 1 are shown as "<5", so a small group cannot be singled out.
#pragma once

#include <cstdint>
#include <string>

namespace lureproof {

constexpr std::uint64_t kSmallCell = 5;

inline std::string small_cell_text() { return "<" + std::to_string(kSmallCell); }

// A count as shown: "<5" for 1..4; 0 and the rest as numbers.
inline std::string display_count(std::uint64_t n) {
  return n > 0 && n < kSmallCell ? small_cell_text() : std::to_string(n);
}

}  // namespace lureproof
