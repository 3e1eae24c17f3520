// Aggregate counters: what one visit adds, what is refused (anything that is not an id), the JSON
// round trip, damaged files, small-cell display (with complementary suppression) and the CSV export.
#include <doctest/doctest.h>

#include "kiosk/csv_export.h"
#include "kiosk/statistics.h"

using namespace lureproof;

namespace {
SessionSummary visit(const char* lang, const char* scenario, const char* ending, double seconds) {
  SessionSummary v;
  v.language = lang;
  v.scenario = scenario;
  v.ending = ending;
  v.duration_s = seconds;
  v.completed = true;
  return v;
}
}  // namespace

TEST_CASE("a visit adds to sessions, language, scenario, ending, flags and duration bucket") {
  Statistics s;
  SessionSummary v = visit("ro", "dream-job", "safe", 250);
  v.flags_spotted = {"upfront-fee", "vague-employer"};
  v.flags_missed = {"passport-kept"};
  v.quiz_band = "4-5";
  REQUIRE(s.add(v));
  CHECK(s.sessions == 1);
  CHECK(s.completed == 1);
  CHECK(s.languages["ro"] == 1);
  CHECK(s.durations["2-5 min"] == 1);
  CHECK(s.quiz_bands["4-5"] == 1);
  CHECK(s.scenarios["dream-job"].plays == 1);
  CHECK(s.scenarios["dream-job"].endings["safe"] == 1);
  CHECK(s.scenarios["dream-job"].flags["upfront-fee"].spotted == 1);
  CHECK(s.scenarios["dream-job"].flags["passport-kept"].missed == 1);
}

TEST_CASE("a visit that left early counts only what happened") {
  Statistics s;
  SessionSummary v;
  v.duration_s = 20;
  REQUIRE(s.add(v));
  CHECK(s.sessions == 1);
  CHECK(s.completed == 0);
  CHECK(s.languages.empty());
  CHECK(s.scenarios.empty());
  CHECK(s.durations["<2 min"] == 1);
}

TEST_CASE("free text never gets in: a non-id field refuses the whole visit") {
  Statistics s;
  CHECK_FALSE(s.add(visit("en", "My name is Ana", "safe", 10)));
  CHECK_FALSE(s.add(visit("en", "dream-job", "safe\n", 10)));
  SessionSummary v = visit("en", "dream-job", "safe", 10);
  v.flags_spotted = {"ana@example.org"};
  CHECK_FALSE(s.add(v));
  CHECK(s == Statistics{});
}

TEST_CASE("duration buckets") {
  CHECK(duration_bucket(0) == "<2 min");
  CHECK(duration_bucket(119.9) == "<2 min");
  CHECK(duration_bucket(120) == "2-5 min");
  CHECK(duration_bucket(300) == "5-10 min");
  CHECK(duration_bucket(599) == "5-10 min");
  CHECK(duration_bucket(600) == ">10 min");
  CHECK(duration_bucket(1e9) == ">10 min");
}

TEST_CASE("small cells are shown as <5") {
  CHECK(display_count(0) == "0");
  for (int n = 1; n < 5; ++n) CHECK(display_count(std::uint64_t(n)) == "<5");
  CHECK(display_count(5) == "5");
  CHECK(display_count(1234) == "1234");
}

TEST_CASE("JSON round trip, with no timestamp and no per-visit record") {
  Statistics s;
  for (int i = 0; i < 7; ++i) {
    SessionSummary v =
        visit(i % 2 ? "en" : "fr", i % 3 ? "casting-call" : "border-help", i % 2 ? "harmed" : "got-help", i * 100.0);
    v.flags_spotted = {"photos"};
    s.add(v);
  }
  const std::string json = stats_to_json(s);
  CHECK(json.find("time") == std::string::npos);
  CHECK(json.find("date") == std::string::npos);
  Statistics back;
  std::string error;
  REQUIRE(stats_from_json(json, back, error));
  CHECK(back == s);
}

TEST_CASE("damaged or foreign JSON is refused") {
  Statistics s;
  s.add(visit("en", "dream-job", "safe", 1));
  const std::string good = stats_to_json(s);
  std::string error;
  Statistics out;
  for (const std::string& bad :
       {std::string(""), good.substr(0, good.size() / 2), std::string("[]"), std::string("{\"format\":\"other\"}"),
        std::string("{\"format\":\"lureproof-stats\",\"version\":2}"), std::string("\x00\x00\x00", 3)}) {
    CHECK_FALSE(stats_from_json(bad, out, error));
  }
  std::string negative = good;
  negative.replace(negative.find("\"sessions\": 1"), 13, "\"sessions\": -1");
  CHECK_FALSE(stats_from_json(negative, out, error));
  std::string text_key = good;
  text_key.replace(text_key.find("\"en\""), 4, "\"Ana Popescu\"");
  CHECK_FALSE(stats_from_json(text_key, out, error));
}

TEST_CASE("CSV: one row per counter, small cells suppressed") {
  Statistics s;
  for (int i = 0; i < 6; ++i) s.add(visit("en", "dream-job", "safe", 30));
  s.add(visit("ro", "dream-job", "harmed", 400));
  const std::string csv = stats_to_csv(s);
  CHECK(csv.rfind("section,scenario,item,count\n", 0) == 0);
  CHECK(csv.find("sessions,,,7\n") != std::string::npos);
  CHECK(csv.find("language,,en,*\n") != std::string::npos);  // 7 - 6 would give ro = 1 away
  CHECK(csv.find("language,,ro,<5\n") != std::string::npos);
  CHECK(csv.find("ending,dream-job,harmed,<5\n") != std::string::npos);
  CHECK(csv.find("ending,dream-job,safe,*\n") != std::string::npos);
  CHECK(csv.find("duration,,5-10 min,<5\n") != std::string::npos);
  CHECK(csv.find("duration,,<2 min,*\n") != std::string::npos);
  CHECK(csv.find("duration,,>10 min,0\n") != std::string::npos);
}

TEST_CASE("totals do not give a <5 cell away: sessions 12, en 10, uk 2") {
  Statistics s;
  for (int i = 0; i < 10; ++i) s.add(visit("en", "dream-job", "safe", 30));
  for (int i = 0; i < 2; ++i) s.add(visit("uk", "dream-job", "safe", 30));
  const StatisticsDisplay d = display_statistics(s);
  CHECK(display_count(s.sessions) == "12");
  CHECK(d.languages.at("uk") == "<5");
  CHECK(d.languages.at("en") == "*");  // "12, en 10" would tell uk = 2
  const std::string csv = stats_to_csv(s);
  CHECK(csv.find("sessions,,,12\n") != std::string::npos);
  CHECK(csv.find("language,,en,*\n") != std::string::npos);
  CHECK(csv.find("language,,uk,<5\n") != std::string::npos);
  CHECK(csv.find(",10\n") == std::string::npos);
  CHECK(d.plays.at("dream-job") == "12");  // no small cell beside it: shown
  CHECK(d.durations.at("<2 min") == "12");
}

TEST_CASE("complementary suppression: a reader can still not narrow a <5 cell") {
  // Partial parts (visits may end before choosing): the rest of the total is unknown, so a hidden
  // sum of at least 4 per small cell is enough.
  CHECK(display_parts(100, {50, 2, 40}, false) == std::vector<std::string>{"50", "<5", "40"});
  CHECK(display_parts(100, {50, 2, 48}, false) == std::vector<std::string>{"50", "<5", "*"});
  CHECK(display_parts(12, {10, 2}, false) == std::vector<std::string>{"*", "<5"});
  CHECK(display_parts(14, {10, 2, 0}, false) == std::vector<std::string>{"10", "<5", "0"});  // 2 unknown + 2
  CHECK(display_parts(13, {10, 2, 0}, false) == std::vector<std::string>{"*", "<5", "0"});
  // Two small cells need 8 hidden, and 5 more for each "*" cell; the smallest shown part goes first.
  CHECK(display_parts(28, {20, 3, 3}, false) == std::vector<std::string>{"20", "<5", "<5"});
  CHECK(display_parts(22, {6, 9, 3, 3}, false) == std::vector<std::string>{"*", "9", "<5", "<5"});
  CHECK(display_parts(19, {6, 7, 3, 3}, false) == std::vector<std::string>{"*", "*", "<5", "<5"});
  CHECK(display_parts(30, {20, 3, 3, 4}, false) == std::vector<std::string>{"*", "<5", "<5", "<5"});
  // Complete parts (every visit has one): a hidden "*" cell must take the slack.
  CHECK(display_parts(20, {12, 4, 4, 0}, true) == std::vector<std::string>{"*", "<5", "<5", "0"});
  CHECK(display_parts(22, {6, 12, 4}, true) == std::vector<std::string>{"*", "12", "<5"});
  // No small cell: nothing hidden. All small: nothing left to hide.
  CHECK(display_parts(20, {12, 8}, true) == std::vector<std::string>{"12", "8"});
  CHECK(display_parts(6, {4, 2}, true) == std::vector<std::string>{"<5", "<5"});
}

TEST_CASE("'What would you check?' answers: counted per id, kept in JSON, exported with small cells suppressed") {
  Statistics s;
  for (int i = 0; i < 6; ++i) {
    SessionSummary v = visit("en", "dream-job", "safe", 200);
    v.check = i < 5 ? "agency-register" : "none";
    REQUIRE(s.add(v));
  }
  REQUIRE(s.add(visit("en", "dream-job", "safe", 200)));  // left before the step: nothing counted
  CHECK(s.checks.size() == 2);
  CHECK(s.checks["agency-register"] == 5);
  CHECK(s.checks["none"] == 1);
  SessionSummary text = visit("en", "dream-job", "safe", 200);
  text.check = "I would ask my mum";  // free text never gets in
  CHECK_FALSE(s.add(text));

  Statistics back;
  std::string error;
  REQUIRE(stats_from_json(stats_to_json(s), back, error));
  CHECK(back == s);
  const std::string csv = stats_to_csv(s);
  CHECK(csv.find("check,,agency-register,5\n") != std::string::npos);
  CHECK(csv.find("check,,none,<5\n") != std::string::npos);

  // A file written before the step existed has no "checks": it still loads, with none counted.
  std::string old = stats_to_json(Statistics{});
  const size_t at = old.find("\"checks\"");
  REQUIRE(at != std::string::npos);
  old.erase(at, old.find('\n', at) - at + 1);
  Statistics loaded;
  REQUIRE(stats_from_json(old, loaded, error));
  CHECK(loaded.checks.empty());
  std::string bad = stats_to_json(s);
  bad.replace(bad.find("\"agency-register\""), 17, "\"Agency Register\"");
  CHECK_FALSE(stats_from_json(bad, loaded, error));
}

TEST_CASE("a damaged file says which field: the JSON pointer of the value at fault") {
  Statistics s;
  SessionSummary v = visit("en", "dream-job", "safe", 1);
  v.flags_missed = {"hurry"};
  s.add(v);
  const std::string good = stats_to_json(s);
  std::string error, pointer;
  Statistics out;
  std::string bad = good;
  bad.replace(bad.find("\"missed\": 1"), 11, "\"missed\": \"x\"");
  CHECK_FALSE(stats_from_json(bad, out, error, pointer));
  CHECK(pointer == "/scenarios/dream-job/flags/hurry/missed");
  CHECK(error == "bad red-flag counts: not a whole number >= 0");
  bad = good;
  bad.replace(bad.find("\"en\": 1"), 7, "\"en\": true");
  CHECK_FALSE(stats_from_json(bad, out, error, pointer));
  CHECK(pointer == "/languages/en");
  CHECK_FALSE(stats_from_json("{\"format\":\"lureproof-stats\"}", out, error, pointer));
  CHECK(pointer.empty());
  CHECK(error == "unknown statistics version");
}

TEST_CASE("merging adds every counter; the CSV rows read back give the same counters") {
  Statistics a, b, both;
  for (int i = 0; i < 7; ++i) {
    SessionSummary v = visit(i % 2 ? "uk" : "en", "dream-job", i % 3 ? "safe" : "harmed", 100.0 * i);
    v.flags_spotted = {"hurry"};
    v.check = "contract-copy";
    a.add(v);
    both.add(v);
  }
  for (int i = 0; i < 6; ++i) {
    SessionSummary v = visit("ro", i % 2 ? "permit-fee" : "dream-job", "none", 50.0 * i);
    v.flags_missed = {"hurry"};
    b.add(v);
    both.add(v);
  }
  Statistics merged = a;
  CHECK(merge_statistics(merged, b));
  CHECK(merged == both);
  Statistics huge;
  huge.sessions = UINT64_MAX - 1;
  CHECK_FALSE(merge_statistics(huge, a));  // 64 bits cannot hold the sum
  // Every count 0 or >= 5 needs no suppression, so the export can be read back exactly.
  Statistics big;
  merge_statistics(big, both);
  for (int i = 0; i < 4; ++i) merge_statistics(big, both);
  Statistics back;
  std::string error;
  for (const StatsRow& r : stats_rows(big)) {
    REQUIRE(r.shown == std::to_string(r.count));
    REQUIRE(add_stats_row(back, r.section, r.scenario, r.item, r.count, error));
  }
  back.quiz = big.quiz;
  std::erase_if(back.durations, [](const auto& kv) { return kv.second == 0; });
  CHECK(back == big);
  int field = -1;
  CHECK_FALSE(add_stats_row(back, "colour", "", "red", 5, error, &field));
  CHECK(field == 0);
  CHECK_FALSE(add_stats_row(back, "plays", "Dream Job", "", 5, error, &field));
  CHECK(field == 1);
  CHECK_FALSE(add_stats_row(back, "duration", "", "an hour", 5, error, &field));
  CHECK(field == 2);
}
