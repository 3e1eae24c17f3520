// The bank teaches discernment, not a rule of thumb: no cue on 4+ cards predicts the answer
// (|point-biserial r| < 0.3, the table is printed), the legitimate cards carry the cues lures use,
// cues come from the fixed vocabulary, and a card's scenario is a shipped story. The same balance holds
// for the bank together with every draft story's cards (assets/drafts/quiz-<id>.toml).
#include "quiz/quiz_bank.h"
#include "quiz/quiz_cues.h"

#include "data/data_tree.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace lureproof;

namespace {

QuizCard card(bool legit, std::vector<std::string> cues) {
  QuizCard c;
  c.legit = legit;
  c.cues = std::move(cues);
  return c;
}

const QuizCueCorrelation* row_of(const std::vector<QuizCueCorrelation>& rows, const std::string& cue) {
  for (const QuizCueCorrelation& r : rows)
    if (r.cue == cue) return &r;
  return nullptr;
}

bool any_contains(const std::vector<std::string>& messages, const std::string& part) {
  for (const std::string& m : messages)
    if (m.find(part) != std::string::npos) return true;
  return false;
}

// The bank's cards followed by every draft story's (assets/drafts/quiz-*.toml, in name order): the
// bank the drafts will make. A draft file is too small to be a bank on its own, so only its
// bank-level count errors are allowed; every card-level rule must hold.
std::vector<QuizCard> bank_with_draft_cards() {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  std::vector<QuizCard> cards = bank.cards;
  std::vector<std::string> drafts;
  for (const auto& entry : std::filesystem::directory_iterator(LUREPROOF_DRAFT_DIR)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("quiz-", 0) == 0 && entry.path().extension() == ".toml") drafts.push_back(entry.path().string());
  }
  std::sort(drafts.begin(), drafts.end());
  for (const std::string& path : drafts) {
    CAPTURE(path);
    const QuizBank draft = load_quiz_bank(path);
    CHECK_FALSE(draft.cards.empty());
    for (const std::string& e : draft.errors)
      CHECK_MESSAGE((e.find(" cards; the bank needs at least ") != std::string::npos ||
                     e.find(" cards are legitimate; exactly half must be") != std::string::npos),
                    e);
    for (const QuizCard& c : draft.cards) {
      CAPTURE(c.id);
      if (c.scenario.empty()) continue;
      CHECK((std::filesystem::exists(std::string(LUREPROOF_DRAFT_DIR) + "/" + c.scenario + ".lure") ||
             std::filesystem::exists(std::string(LUREPROOF_SCENARIO_DIR) + "/" + c.scenario + ".lure")));
    }
    cards.insert(cards.end(), draft.cards.begin(), draft.cards.end());
  }
  return cards;
}

// The test of the shipped bank, for any set of cards: no cue on 4+ cards predicts the answer.
void check_cue_balance(const std::vector<QuizCard>& cards, const char* what) {
  const std::vector<QuizCueCorrelation> rows = quiz_cue_correlations(cards);
  std::printf("%s cue correlations (%zu cards; r > 0 = more often legitimate):\n%s", what, cards.size(),
              format_cue_table(rows).c_str());
  int tested = 0;
  for (const QuizCueCorrelation& row : rows) {
    if (row.cards < quiz_cue_rules::kMinCardsForTest) continue;
    ++tested;
    CAPTURE(row.cue);
    CAPTURE(row.r);
    CHECK(std::fabs(row.r) < quiz_cue_rules::kMaxAbsCorrelation);
  }
  CHECK(tested >= 10);  // the cues the issue names are all in use, not avoided
}

}  // namespace

TEST_CASE("point-biserial r from counts matches hand-computed values") {
  // x = cue, y = legit. Perfect: r = 1; independent: r = 0; x=[1,1,1,0,0,0], y=[1,1,0,0,0,1]:
  // mean 1/2 each, sum (x-mx)(y-my) = 2 - 6/4 = 0.5, sum (x-mx)^2 = sum (y-my)^2 = 1.5, r = 1/3.
  const auto perfect =
      quiz_cue_correlations({card(true, {"fee"}), card(true, {"fee"}), card(false, {}), card(false, {})});
  CHECK(row_of(perfect, "fee")->r == doctest::Approx(1.0));
  const auto none = quiz_cue_correlations({card(true, {"fee"}), card(true, {}), card(false, {"fee"}), card(false, {})});
  CHECK(row_of(none, "fee")->r == doctest::Approx(0.0));
  const auto third = quiz_cue_correlations({card(true, {"fee"}), card(true, {"fee"}), card(false, {"fee"}),
                                            card(false, {}), card(false, {}), card(true, {})});
  CHECK(row_of(third, "fee")->r == doctest::Approx(1.0 / 3.0));
  CHECK(row_of(third, "fee")->cards == 3);
  CHECK(row_of(third, "fee")->legit == 2);
  const auto negative =
      quiz_cue_correlations({card(false, {"urgency"}), card(false, {"urgency"}), card(true, {}), card(true, {})});
  CHECK(row_of(negative, "urgency")->r == doctest::Approx(-1.0));
  // A cue on every card has no variance: r is reported as 0, never NaN.
  const auto everywhere = quiz_cue_correlations({card(true, {"abroad"}), card(false, {"abroad"})});
  CHECK(row_of(everywhere, "abroad")->r == 0.0);
  CHECK(row_of(everywhere, "fee") == nullptr);  // unused cues have no row
}

TEST_CASE("no cue on 4 or more cards of the shipped bank predicts legitimacy (|r| < 0.3)") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  check_cue_balance(bank.cards, "quiz bank");
}

TEST_CASE("nor of the bank together with every draft story's cards, ids unique across them") {
  const std::vector<QuizCard> cards = bank_with_draft_cards();
  check_cue_balance(cards, "quiz bank + drafts");
  std::set<std::string> ids;
  for (const QuizCard& c : cards) CHECK_MESSAGE(ids.insert(c.id).second, c.id << " used twice");
}

TEST_CASE("the test fails a bank that teaches 'paid travel = trap'") {
  std::vector<QuizCard> cards;
  for (int i = 0; i < 12; ++i)
    cards.push_back(
        card(i < 6, i >= 6 && i < 11 ? std::vector<std::string>{"paid-travel"} : std::vector<std::string>{}));
  const auto rows = quiz_cue_correlations(cards);
  CHECK(std::fabs(row_of(rows, "paid-travel")->r) >= quiz_cue_rules::kMaxAbsCorrelation);
}

TEST_CASE("legitimate cards carry the cues lures use, and lures copy reassuring words") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(bank.ok());
  CHECK(bank.cards.size() >= 48);
  auto count = [&](bool legit, const char* cue) {
    int n = 0;
    for (const QuizCard& c : bank.cards)
      if (c.legit == legit && std::find(c.cues.begin(), c.cues.end(), cue) != c.cues.end()) ++n;
    return n;
  };
  // Paid relocation, an unsolicited recruiter, a real deadline, high pay, a friend's tip: all legitimate somewhere.
  for (const char* cue : {"paid-travel", "unsolicited", "urgency", "high-pay", "friend-referral"}) {
    CAPTURE(cue);
    CHECK(count(true, cue) >= 1);
  }
  CHECK(count(false, "reassurance") >= 4);
  CHECK(count(true, "reassurance") >= 4);
}

TEST_CASE("cues come from the fixed vocabulary; scenarios are shipped stories") {
  std::string bank =
      "[[card]]\nid = \"t0\"\nchannel = \"chat\"\nsender = \"S\"\ntext = \"T\"\nlegit = true\nwhy = \"W\"\n"
      "cues = [\"paid-travel\", \"free-lunch\", \"fee\", \"fee\"]\nscenario = \"Not An Id\"\n";
  const QuizBank b = parse_quiz_bank(bank, "c.toml");
  CHECK(any_contains(b.errors, "c.toml:1: card 't0': unknown cue 'free-lunch'"));
  CHECK(any_contains(b.errors, "cue 'fee' is listed twice"));
  CHECK(any_contains(b.errors, "scenario must be a scenario id"));
  CHECK(any_contains(parse_quiz_bank("[[card]]\nid = \"t0\"\ncues = \"fee\"\n", "c.toml").errors,
                     "'cues' must be an array"));
  QuizCard spaced = card(false, {});
  spaced.id = "t1";
  spaced.source = "ilo 2019, x";
  CHECK(any_contains(validate_quiz_bank({spaced}, "c.toml"), "source id 'ilo 2019' may hold only"));
  CHECK(quiz_source_ids(" a.b , c-d,,") == std::vector<std::string>{"a.b", "c-d"});

  const QuizBank shipped = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  REQUIRE(shipped.ok());
  int with_scenario = 0;
  for (const QuizCard& c : shipped.cards) {
    if (c.scenario.empty()) continue;
    ++with_scenario;
    CAPTURE(c.id);
    CHECK(std::filesystem::exists(std::string(LUREPROOF_SCENARIO_DIR) + "/" + c.scenario + ".lure"));
  }
  CHECK(with_scenario >= 6);
}

TEST_CASE("every lure's source ids are in the source register, each with a quote") {
  std::ifstream in(LUREPROOF_QUIZ_SOURCES, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const DataParse parsed = parse_data(text.str(), "sources.toml");
  REQUIRE(parsed.ok);
  const DataNode* sources = parsed.root.get("source");
  REQUIRE(sources);
  std::set<std::string> ids;
  for (const DataNode& s : sources->items) {
    const DataNode* id = s.get("id");
    const DataNode* quote = s.get("quote");
    const DataNode* url = s.get("url");
    REQUIRE(id);
    CAPTURE(id->string);
    CHECK((quote && quote->is_string() && quote->string.size() > 20));
    CHECK((url && (url->string.rfind("https://", 0) == 0 || url->string.rfind("http://", 0) == 0)));
    CHECK(ids.insert(id->string).second);
  }
  for (const QuizCard& c : bank_with_draft_cards()) {  // the drafts' cards too
    CAPTURE(c.id);
    if (!c.legit) CHECK(!quiz_source_ids(c.source).empty());
    for (const std::string& id : quiz_source_ids(c.source)) CHECK_MESSAGE(ids.count(id) == 1, id);
  }
}
