// Quiz bank loading (toml++, TOML_EXCEPTIONS=0) and validation. Every problem becomes a message.
#include "quiz/quiz_bank.h"

#include "lure/file_source.h"

#include <toml++/toml.h>

#include <set>

namespace {

std::string where(std::string_view source, int line) {
  std::string s(source);
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  return s;
}

bool plain_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

// Reads one [[card]] table; appends problems to `errors`.
QuizCard read_card(const toml::table& t, int index, std::string_view source, std::vector<std::string>& errors) {
  QuizCard card;
  card.line = int(t.source().begin.line);
  const std::string at = where(source, card.line);
  auto text_field = [&](const char* key, std::string& out, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) errors.push_back(at + "card " + std::to_string(index + 1) + " has no '" + key + "'");
      return;
    }
    if (auto v = n->value<std::string>()) {
      out = *v;
    } else {
      errors.push_back(at + "card " + std::to_string(index + 1) + ": '" + key + "' must be a string");
    }
  };
  text_field("id", card.id, true);
  text_field("channel", card.channel, true);
  text_field("sender", card.sender, true);
  text_field("text", card.text, true);
  text_field("why", card.why, true);
  text_field("source", card.source, false);
  if (const toml::node* n = t.get("legit")) {
    if (auto v = n->value<bool>()) card.legit = *v;
    else errors.push_back(at + "card '" + card.id + "': 'legit' must be true or false");
  } else {
    errors.push_back(at + "card '" + card.id + "' has no 'legit'");
  }
  if (const toml::node* n = t.get("flags")) {
    if (const toml::array* a = n->as_array()) {
      for (const toml::node& f : *a) {
        if (auto v = f.value<std::string>()) card.flags.push_back(*v);
        else errors.push_back(at + "card '" + card.id + "': 'flags' must list strings");
      }
    } else {
      errors.push_back(at + "card '" + card.id + "': 'flags' must be an array");
    }
  }
  return card;
}

}  // namespace

QuizBank parse_quiz_bank(std::string_view toml_text, std::string_view source_name) {
  QuizBank bank;
  toml::parse_result parsed = toml::parse(toml_text, source_name);
  if (!parsed) {
    const toml::parse_error& e = parsed.error();
    bank.errors.push_back(where(source_name, int(e.source().begin.line)) + "not valid TOML: " +
                          std::string(e.description()));
    return bank;
  }
  const toml::table& root = parsed.table();
  const toml::node* cards = root.get("card");
  if (!cards) {
    bank.errors.push_back(where(source_name, 0) + "no [[card]] tables");
    return bank;
  }
  const toml::array* list = cards->as_array();
  if (!list) {
    bank.errors.push_back(where(source_name, 0) + "'card' must be an array of tables ([[card]])");
    return bank;
  }
  int index = 0;
  for (const toml::node& n : *list) {
    if (const toml::table* t = n.as_table()) bank.cards.push_back(read_card(*t, index, source_name, bank.errors));
    else bank.errors.push_back(where(source_name, int(n.source().begin.line)) + "a 'card' entry is not a table");
    ++index;
  }
  if (bank.errors.empty()) bank.errors = validate_quiz_bank(bank.cards, source_name);
  return bank;
}

QuizBank load_quiz_bank(const std::string& path) {
  // fopen rather than <fstream>: iostreams would add their weight to the web build.
  const std::optional<std::string> text = lure::DiskFileSource().read(path);
  if (!text) {
    QuizBank bank;
    bank.errors.push_back(path + ": cannot read the quiz bank");
    return bank;
  }
  return parse_quiz_bank(*text, path);
}

std::vector<std::string> validate_quiz_bank(const std::vector<QuizCard>& cards, std::string_view source) {
  std::vector<std::string> problems;
  const int total = int(cards.size());
  int legit = 0;
  std::set<std::string> ids;
  for (const QuizCard& c : cards) {
    const std::string at = where(source, c.line) + "card '" + c.id + "'";
    if (c.legit) ++legit;
    if (!plain_id(c.id)) problems.push_back(at + ": id must be 1-64 of a-z, 0-9, '-', '_'");
    if (!ids.insert(c.id).second) problems.push_back(at + ": id used twice");
    if (c.text.empty()) problems.push_back(at + ": empty 'text'");
    if (c.text.size() > quiz_bank_rules::kMaxTextChars) problems.push_back(at + ": 'text' is too long");
    if (c.why.empty()) problems.push_back(at + ": empty 'why' (every card explains its answer)");
    if (c.sender.empty()) problems.push_back(at + ": empty 'sender'");
    if (!c.legit && c.source.empty()) problems.push_back(at + ": a lure needs a 'source'");
    if (!c.legit && c.flags.empty()) problems.push_back(at + ": a lure needs at least one flag");
  }
  if (total < quiz_bank_rules::kMinCards)
    problems.push_back(where(source, 0) + std::to_string(total) + " cards; the bank needs at least " +
                       std::to_string(quiz_bank_rules::kMinCards));
  if (legit * 2 != total)
    problems.push_back(where(source, 0) + std::to_string(legit) + " of " + std::to_string(total) +
                       " cards are legitimate; exactly half must be");
  return problems;
}
