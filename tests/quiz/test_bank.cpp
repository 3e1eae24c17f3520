// Bank loading and validation: the shipped bank is usable; a broken bank is reported clearly and
// never crashes the loader.
#include "quiz/quiz_bank.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace lureproof;

namespace {

std::string read_text(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool any_contains(const std::vector<std::string>& messages, const std::string& part) {
  for (const std::string& m : messages)
    if (m.find(part) != std::string::npos) return true;
  return false;
}

// A bank of `legit` legitimate cards and `lures` lures, all valid.
std::string make_bank(int legit, int lures) {
  std::string s;
  for (int i = 0; i < legit + lures; ++i) {
    const bool is_legit = i < legit;
    s += "[[card]]\nid = \"t" + std::to_string(i) + "\"\nchannel = \"chat\"\nsender = \"S\"\ntext = \"Offer " +
         std::to_string(i) + "\"\nlegit = " + (is_legit ? "true" : "false") + "\nwhy = \"Because.\"\n";
    s += is_legit ? "flags = []\n\n" : "flags = [\"pressure\"]\nsource = \"iom-2023\"\n\n";
  }
  return s;
}

}  // namespace

TEST_CASE("the shipped quiz bank is valid: >= 48 cards, half legitimate, every card has why") {
  const QuizBank bank = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  for (const std::string& e : bank.errors) MESSAGE(e);
  REQUIRE(bank.ok());
  CHECK(bank.cards.size() >= 48);
  int legit = 0;
  for (const QuizCard& c : bank.cards) {
    legit += c.legit ? 1 : 0;
    CHECK_MESSAGE(!c.why.empty(), c.id);
    CHECK_MESSAGE(!c.text.empty(), c.id);
    CHECK_MESSAGE(c.line > 0, c.id);
    if (!c.legit) CHECK_MESSAGE(!c.source.empty(), c.id);
  }
  CHECK(legit * 2 == int(bank.cards.size()));
}

TEST_CASE("a generated valid bank passes") {
  const QuizBank bank = parse_quiz_bank(make_bank(24, 24), "gen.toml");
  CHECK(bank.ok());
  CHECK(bank.cards.size() == 48);
}

TEST_CASE("a bank that is not TOML reports the line") {
  const QuizBank bank = parse_quiz_bank("[[card]]\nid = \"q1\nlegit = true\n", "broken.toml");
  CHECK_FALSE(bank.ok());
  REQUIRE(bank.errors.size() == 1);
  CHECK(bank.errors[0].rfind("broken.toml:", 0) == 0);
  CHECK(any_contains(bank.errors, "not valid TOML"));
}

TEST_CASE("structural problems are reported, not crashed on") {
  CHECK(any_contains(parse_quiz_bank("", "b.toml").errors, "no [[card]] tables"));
  CHECK(any_contains(parse_quiz_bank("card = 5\n", "b.toml").errors, "array of tables"));
  CHECK(any_contains(parse_quiz_bank("card = [1, 2]\n", "b.toml").errors, "not a table"));
  const QuizBank types = parse_quiz_bank("[[card]]\nid = 7\nlegit = \"yes\"\nflags = \"x\"\n", "b.toml");
  CHECK(any_contains(types.errors, "'id' must be a string"));
  CHECK(any_contains(types.errors, "'legit' must be true or false"));
  CHECK(any_contains(types.errors, "'flags' must be an array"));
  CHECK(any_contains(types.errors, "has no 'why'"));
}

TEST_CASE("bank rules: size, balance, why, unique ids, sources") {
  CHECK(any_contains(parse_quiz_bank(make_bank(20, 20), "b.toml").errors, "needs at least 48"));
  CHECK(any_contains(parse_quiz_bank(make_bank(26, 22), "b.toml").errors, "exactly half"));
  std::string no_why = make_bank(24, 24);
  no_why.replace(no_why.find("why = \"Because.\""), 16, "why = \"\"");
  const QuizBank b = parse_quiz_bank(no_why, "b.toml");
  CHECK(any_contains(b.errors, "b.toml:1: card 't0': empty 'why'"));
  std::string dup = make_bank(24, 24);
  dup.replace(dup.find("id = \"t1\""), 9, "id = \"t0\"");
  CHECK(any_contains(parse_quiz_bank(dup, "b.toml").errors, "id used twice"));
  std::string no_source = make_bank(24, 24);
  no_source.replace(no_source.find("source = \"iom-2023\""), 19, "");
  CHECK(any_contains(parse_quiz_bank(no_source, "b.toml").errors, "a lure needs a 'source'"));
}

TEST_CASE("a missing file is an error") {
  const QuizBank bank = load_quiz_bank("/nonexistent/quiz-bank.toml");
  CHECK_FALSE(bank.ok());
  CHECK(any_contains(bank.errors, "cannot read"));
}

TEST_CASE("every truncation of the shipped bank loads without crashing") {
  const std::string text = read_text(LUREPROOF_QUIZ_BANK);
  REQUIRE(text.size() > 1000);
  const QuizBank full = parse_quiz_bank(text, "full.toml");
  REQUIRE(full.ok());
  int usable = 0, rejected = 0;
  for (size_t cut = 0; cut < text.size(); cut += 37) {
    CAPTURE(cut);
    const QuizBank bank = parse_quiz_bank(std::string_view(text).substr(0, cut), "cut.toml");
    if (!bank.ok()) {  // broken TOML, a half card, too few cards or an unbalanced bank
      CHECK_FALSE(bank.errors.empty());
      ++rejected;
      continue;
    }
    // A bank larger than the minimum may be cut between two cards and still be a usable bank: then
    // it is the full bank's first cards, at least the minimum, half of them legitimate.
    ++usable;
    REQUIRE(bank.cards.size() <= full.cards.size());
    CHECK(bank.cards.size() >= size_t(quiz_bank_rules::kMinCards));
    size_t legit = 0;
    for (size_t i = 0; i < bank.cards.size(); ++i) {
      CHECK(bank.cards[i].id == full.cards[i].id);
      CHECK(bank.cards[i].text == full.cards[i].text);
      legit += bank.cards[i].legit;
    }
    CHECK(legit * 2 == bank.cards.size());
  }
  MESSAGE(rejected << " truncations rejected, " << usable << " usable (cut between cards)");
  CHECK(rejected > usable);
}

TEST_CASE("the web build's JSON of the bank loads exactly like the TOML") {
  const QuizBank toml = load_quiz_bank(LUREPROOF_QUIZ_BANK);
  const QuizBank json = load_quiz_bank(LUREPROOF_QUIZ_BANK_JSON);
  for (const std::string& e : json.errors) MESSAGE(e);
  REQUIRE(toml.ok());
  REQUIRE(json.ok());
  REQUIRE(json.cards.size() == toml.cards.size());
  for (size_t i = 0; i < toml.cards.size(); ++i) {
    const QuizCard& a = toml.cards[i];
    const QuizCard& b = json.cards[i];
    CAPTURE(a.id);
    CHECK(b.id == a.id);
    CHECK(b.channel == a.channel);
    CHECK(b.sender == a.sender);
    CHECK(b.text == a.text);
    CHECK(b.legit == a.legit);
    CHECK(b.why == a.why);
    CHECK(b.flags == a.flags);
    CHECK(b.source == a.source);
    CHECK(b.cues == a.cues);
    CHECK(b.scenario == a.scenario);
    CHECK(b.line == 0);  // JSON keeps no positions
  }
}

TEST_CASE("a JSON bank gets the same checks; broken JSON is an error, not a crash") {
  const QuizBank missing_why = parse_quiz_bank(
      R"({"card": [{"id": "t0", "channel": "chat", "sender": "S", "text": "Offer", "legit": true, "why": ""}]})",
      "b.json");
  CHECK(any_contains(missing_why.errors, "b.json: card 't0': empty 'why'"));
  CHECK(any_contains(parse_quiz_bank(R"({"card": [{"id": "t0", "legit": "yes"}]})", "b.json").errors,
                     "'legit' must be true or false"));
  for (const char* text : {"", "{", "[1, 2]", "{\"card\": null}", "{\"card\": [1e999]}", "\"card\""}) {
    CAPTURE(text);
    const QuizBank bank = parse_quiz_bank(text, "b.json");
    CHECK_FALSE(bank.ok());
    CHECK_FALSE(bank.errors.empty());
  }
  CHECK(any_contains(parse_quiz_bank("{", "b.json").errors, "not valid JSON"));
}
