// Anonymous aggregate statistics: counters only — no timestamps, identifiers or free text. A
// finished visit is summarised once (SessionSummary), added to the counters and then dropped.
#pragma once

#include "data/small_cell.h"
#include "quiz/quiz_aggregate.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lureproof {

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

// Small-cell suppression for anything shown or exported: 1..4 -> "<5"; 0 and 5+ as numbers
// (display_count, data/small_cell.h).
//
// Complementary suppression for a total shown beside its parts (visits and their languages, a
// scenario's plays and its endings): the total minus the parts shown must not give a "<5" cell
// away. With 12 visits, 10 in English and 2 in Ukrainian, "12, en 10, uk <5" would tell uk = 2, so
// en is hidden too ("*"). The parts need not add up to the total (visits that left before choosing
// a language); `complete` says they always do (every visit has a duration bucket). Returns the
// display text of each part, in order.
inline constexpr const char* kHiddenCell = "*";
std::vector<std::string> display_parts(std::uint64_t total, const std::vector<std::uint64_t>& parts, bool complete);

// What the operator screen and the CSV show for each group of counters, with both suppressions.
struct StatisticsDisplay {
  std::map<std::string, std::string> languages, durations, quiz_bands;  // parts of the visits
  std::map<std::string, std::string> plays;                             // per scenario, parts of the visits
  std::map<std::string, std::map<std::string, std::string>> endings;    // per scenario, parts of its plays
};
StatisticsDisplay display_statistics(const Statistics& stats);

// A plain id: 1..64 of [a-z0-9_-] (and '<', '>', ' ', '.' for bucket labels is NOT allowed here).
bool is_plain_id(const std::string& s);

// JSON form stored in stats.json (see docs/kiosk.md). Parsing checks every field; false = corrupt.
std::string stats_to_json(const Statistics& stats);
bool stats_from_json(const std::string& text, Statistics& out, std::string& error);
// The same, and where: `pointer` is the JSON pointer (RFC 6901) of the field at fault ("" = the
// whole document), so a tool can name the line (lure stats merge).
bool stats_from_json(const std::string& text, Statistics& out, std::string& error, std::string& pointer);

// Adds another kiosk's counters to `into`, counter by counter (lure stats merge). False when a sum
// would not fit in 64 bits (that counter then holds the largest value: discard `into`).
bool merge_statistics(Statistics& into, const Statistics& from);

}  // namespace lureproof
