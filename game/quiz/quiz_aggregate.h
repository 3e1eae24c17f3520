// Anonymous quiz aggregate for the kiosk statistics: per (scenario, language) cell, band counts and
// the sufficient statistics (n, Σx, Σx²) of the scores — never a visitor's answers.
#pragma once

#include "quiz/quiz_scoring.h"
#include "quiz/quiz_stats.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace lureproof {

struct QuizCell {
  SumStats discernment_pre, discernment_post, discernment_change;
  SumStats sensible_pre, sensible_post;        // shares 0..1
  std::map<std::string, std::uint64_t> bands;  // by band id (quiz_scoring.h)

  void merge(const QuizCell& o);
  bool operator==(const QuizCell&) const = default;
};

struct QuizAggregate {
  // Key: (scenario id, language code), both plain ids.
  std::map<std::pair<std::string, std::string>, QuizCell> cells;

  // Adds one finished visit (pre and post both valid). Returns false and adds nothing when the
  // result is incomplete or an id is not plain ([a-z0-9_-], 1..64).
  bool add(const std::string& scenario, const std::string& language, const QuizResult& result);
  // Adds another aggregate (e.g. a second kiosk's, or the stored one) cell by cell; exact.
  void merge(const QuizAggregate& other);
  // All cells with this scenario (or language) merged; "" for the other key means "any".
  QuizCell total(const std::string& scenario, const std::string& language) const;
  bool operator==(const QuizAggregate&) const = default;
};

bool quiz_plain_id(const std::string& s);

}  // namespace lureproof
