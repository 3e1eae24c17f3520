// Anonymous aggregation: sums and bands per (scenario, language), exact merging, JSON round trip,
// and corrupt JSON refused with a message.
#include "quiz/quiz_aggregate.h"
#include "quiz/quiz_aggregate_json.h"
#include "quiz/quiz_dashboard.h"

#include <doctest/doctest.h>

using namespace lureproof;

using A = QuizAction;

namespace {
// A result with the given pre and post discernment (one legitimate card and one lure per test).
QuizResult result(int pre_legit, int pre_lure, int post_legit, int post_lure) {
  return score_quiz({{true, pre_legit, A::Accept}, {false, pre_lure, A::Accept}},
                    {{true, post_legit, A::CheckFirst}, {false, post_lure, A::Refuse}});
}
}  // namespace

TEST_CASE("adding visits keeps sufficient statistics and bands per cell") {
  QuizAggregate a;
  CHECK(a.add("dream-job", "en", result(3, 3, 4, 2)));  // pre 0, post +2, change +2
  CHECK(a.add("dream-job", "en", result(4, 2, 4, 1)));  // pre +2, post +3, change +1
  CHECK(a.add("dream-job", "ro", result(2, 4, 2, 4)));  // pre -2, post -2, change 0
  REQUIRE(a.cells.size() == 2);
  const QuizCell& en = a.cells.at({"dream-job", "en"});
  CHECK(en.discernment_change.n == 2);
  CHECK(en.discernment_change.sum == doctest::Approx(3.0));
  CHECK(en.discernment_change.sum_sq == doctest::Approx(5.0));
  CHECK(en.discernment_pre.sum == doctest::Approx(2.0));
  CHECK(en.discernment_post.sum == doctest::Approx(5.0));
  CHECK(en.sensible_pre.sum == doctest::Approx(1.0));  // accept legit (yes) + accept lure (no) = 1/2, twice
  CHECK(en.sensible_post.sum == doctest::Approx(2.0));
  CHECK(en.bands.at("disc-change-ge-pos2") == 1);
  CHECK(en.bands.at("disc-change-pos1") == 1);
  CHECK(en.bands.at("sensible-pre-high") == 2);
  CHECK(en.bands.at("sensible-post-all") == 2);
  const QuizCell all = a.total("dream-job", "");
  CHECK(all.discernment_change.n == 3);
  CHECK(all.discernment_change.sum == doctest::Approx(3.0));
  CHECK(all.bands.at("disc-change-zero") == 1);
}

TEST_CASE("incomplete results and non-plain ids are refused") {
  QuizAggregate a;
  CHECK_FALSE(a.add("dream-job", "en", score_quiz({{true, 3, A::Accept}}, {})));
  CHECK_FALSE(a.add("Dream Job", "en", result(3, 3, 4, 2)));
  CHECK_FALSE(a.add("dream-job", "", result(3, 3, 4, 2)));
  CHECK(a.cells.empty());
}

TEST_CASE("merging aggregates equals adding every visit to one") {
  QuizAggregate one, left, right;
  for (int i = 0; i < 20; ++i) {
    const QuizResult r = result(1 + i % 5, 1 + (i * 3) % 5, 1 + (i * 2) % 5, 1 + (i * 7) % 5);
    const std::string scenario = i % 3 == 0 ? "au-pair" : "casting-call";
    const std::string lang = i % 2 == 0 ? "en" : "pl";
    one.add(scenario, lang, r);
    (i < 9 ? left : right).add(scenario, lang, r);
  }
  left.merge(right);
  CHECK(left.cells.size() == one.cells.size());
  for (const auto& [key, cell] : one.cells) {
    const QuizCell& m = left.cells.at(key);
    CHECK(m.bands == cell.bands);
    CHECK(m.discernment_change.n == cell.discernment_change.n);
    CHECK(m.discernment_change.sum == doctest::Approx(cell.discernment_change.sum));
    CHECK(m.discernment_change.sum_sq == doctest::Approx(cell.discernment_change.sum_sq));
  }
}

TEST_CASE("JSON round trip is exact") {
  QuizAggregate a;
  a.add("dream-job", "en", result(3, 3, 4, 2));
  a.add("border-help", "uk",
        score_quiz({{true, 3, A::Accept}, {false, 2, A::CheckFirst}, {false, 5, A::Accept}},
                   {{true, 5, A::Accept}, {false, 1, A::Refuse}, {false, 2, A::Refuse}}));
  QuizAggregate back;
  std::string error;
  REQUIRE(quiz_aggregate_from_text(quiz_aggregate_to_text(a), back, error));
  CHECK(back == a);  // thirds survive: doubles are written with full precision
}

TEST_CASE("corrupt quiz aggregates are refused with a message") {
  QuizAggregate out;
  std::string error;
  CHECK_FALSE(quiz_aggregate_from_text("{not json", out, error));
  CHECK(error.find("not valid JSON") != std::string::npos);
  CHECK_FALSE(quiz_aggregate_from_text("{\"format\":\"other\",\"version\":1,\"cells\":[]}", out, error));
  CHECK_FALSE(quiz_aggregate_from_text("{\"format\":\"lureproof-quiz\",\"version\":9,\"cells\":[]}", out, error));
  QuizAggregate a;
  a.add("dream-job", "en", result(3, 3, 4, 2));
  const std::string good = quiz_aggregate_to_text(a);
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string t = good;
    const size_t at = t.find(from);
    REQUIRE(at != std::string::npos);
    t.replace(at, from.size(), to);
    QuizAggregate o;
    std::string e;
    const bool ok = quiz_aggregate_from_text(t, o, e);
    CHECK_MESSAGE(!ok, t);
    CHECK_FALSE(e.empty());
  };
  broken("\"n\": 1", "\"n\": -1");
  broken("\"dream-job\"", "\"Dream Job\"");
  broken("\"disc-change-ge-pos2\"", "\"free-text\"");
  broken("\"sum_sq\"", "\"sumsq\"");
  CHECK(quiz_aggregate_from_text(good, out, error));
}

TEST_CASE("dashboard rows: per scenario and language, small groups suppressed") {
  QuizAggregate a;
  // dream-job/en: 5 visitors with changes 1, 2, 3, 4, 5 (hand-computed: mean 3, CI 1.037 .. 4.963).
  a.add("dream-job", "en", result(1, 1, 2, 1));  // 0 -> +1
  a.add("dream-job", "en", result(1, 1, 3, 1));  // 0 -> +2
  a.add("dream-job", "en", result(1, 1, 4, 1));  // 0 -> +3
  a.add("dream-job", "en", result(1, 1, 5, 1));  // 0 -> +4
  a.add("dream-job", "en", result(1, 2, 5, 1));  // -1 -> +4: change +5
  a.add("au-pair", "en", result(3, 3, 4, 2));
  const QuizDashboard d = quiz_dashboard(a);
  REQUIRE(d.by_scenario.size() == 2);
  CHECK(d.by_scenario[0].group == "au-pair");
  CHECK(d.by_scenario[0].suppressed());
  CHECK(format_change(d.by_scenario[0]) == "—");
  const QuizDashboardRow& dj = d.by_scenario[1];
  CHECK(dj.n == 5);
  CHECK(dj.change.mean == doctest::Approx(3.0));
  CHECK(dj.change.ci_low == doctest::Approx(1.03706).epsilon(1e-5));
  CHECK(format_change(dj) == "+3.00 (95% CI +1.04 to +4.96)");
  REQUIRE(d.by_language.size() == 1);
  CHECK(d.by_language[0].n == 6);
  CHECK(d.overall.n == 6);
  CHECK(quiz_display_n(3) == "<5");
  CHECK(quiz_display_n(0) == "0");
}
