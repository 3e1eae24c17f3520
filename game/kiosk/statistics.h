// Anonymous aggregate statistics: counters only — no timestamps, identifiers or free text. A
// finished visit is summarised once (SessionSummary), added to the counters and then dropped.
#pragma once

#include "quiz/quiz_aggregate.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// What one visit contributes. Every string is an id from the content (language code, scenario id,
// ending class, red-flag id, quiz band); anything else is refused by Statistics::add.
struct SessionSummary {
  std::string language;                    // "" = left before choosing a language
  std::string scenario;                    // "" = left before choosing a scenario
  std::string ending = "none";             // "safe", "harmed", "got-help", "none" (left before an ending)
  std::vector<std::string> flags_spotted;  // red flags the visitor marked
  std::vector<std::string> flags_missed;   // red flags the visitor saw but did not mark
  std::string quiz_band;                   // "" = no quiz taken
  std::string check;                       // "What would you check?" answer id ("" = not answered)
  std::optional<QuizResult> quiz;          // scores of a finished pre/post quiz (game/quiz), never answers
  double duration_s = 0.0;                 // only its bucket is counted
  bool completed = false;                  // reached the end (help screen), not reset or abandoned
};

struct FlagCounts {
  std::uint64_t spotted = 0, missed = 0;
  bool operator==(const FlagCounts&) const = default;
};

struct ScenarioCounts {
  std::uint64_t plays = 0;
  std::map<std::string, std::uint64_t> endings;  // by ending class
  std::map<std::string, FlagCounts> flags;       // by red-flag id
  bool operator==(const ScenarioCounts&) const = default;
};

struct Statistics {
  std::uint64_t sessions = 0;
  std::uint64_t completed = 0;  // visits that reached the end; the rest were reset or abandoned
  std::map<std::string, std::uint64_t> languages;
  std::map<std::string, ScenarioCounts> scenarios;
  std::map<std::string, std::uint64_t> quiz_bands;
  std::map<std::string, std::uint64_t> checks;  // "What would you check?" answers, by check id
  QuizAggregate quiz;  // per (scenario, language): quiz bands and n, Σx, Σx² of the scores (game/quiz)
  std::map<std::string, std::uint64_t> durations;  // by duration_bucket()

  // Adds one visit; returns false (and counts nothing) when a field is not a plain id.
  bool add(const SessionSummary& visit);
  bool operator==(const Statistics&) const = default;
};

// The duration buckets, in display order: "<2 min", "2-5 min", "5-10 min", ">10 min".
const std::vector<std::string>& duration_buckets();
const std::string& duration_bucket(double seconds);

// Small-cell suppression for anything shown or exported: 1..4 -> "<5"; 0 and 5+ as numbers.
std::string display_count(std::uint64_t n);
constexpr std::uint64_t kSmallCell = 5;

// A plain id: 1..64 of [a-z0-9_-] (and '<', '>', ' ', '.' for bucket labels is NOT allowed here).
bool is_plain_id(const std::string& s);

// JSON form stored in stats.json (see docs/kiosk.md). Parsing checks every field; false = corrupt.
std::string stats_to_json(const Statistics& stats);
bool stats_from_json(const std::string& text, Statistics& out, std::string& error);
