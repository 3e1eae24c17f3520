// Quiz bank loading (TOML natively, the build's JSON conversion on the web, both as a DataNode tree)
// and validation. Every problem becomes a message.
#include "quiz/quiz_bank.h"

#include "lure/file_source.h"

#include "data/data_tree.h"

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
QuizCard read_card(const DataNode& t, int index, std::string_view source, std::vector<std::string>& errors) {
  QuizCard card;
  card.line = t.line;
  const std::string at = where(source, card.line);
  auto text_field = [&](const char* key, std::string& out, bool required) {
    const DataNode* n = t.get(key);
    if (!n) {
      if (required) errors.push_back(at + "card " + std::to_string(index + 1) + " has no '" + key + "'");
      return;
    }
    if (n->is_string()) {
      out = n->string;
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
  if (const DataNode* n = t.get("source")) {
    card.source_line = n->line;
    card.source_column = n->column;
  }
  if (const DataNode* n = t.get("legit")) {
    if (n->type == DataNode::Type::Boolean) card.legit = n->boolean;
    else errors.push_back(at + "card '" + card.id + "': 'legit' must be true or false");
  } else {
    errors.push_back(at + "card '" + card.id + "' has no 'legit'");
  }
  if (const DataNode* n = t.get("flags")) {
    if (n->is_array()) {
      for (const DataNode& f : n->items) {
        if (f.is_string()) card.flags.push_back(f.string);
        else errors.push_back(at + "card '" + card.id + "': 'flags' must list strings");
      }
    } else {
      errors.push_back(at + "card '" + card.id + "': 'flags' must be an array");
    }
  }
  return card;
}

}  // namespace

QuizBank parse_quiz_bank(std::string_view text, std::string_view source_name) {
  QuizBank bank;
  const DataParse parsed = parse_data(text, source_name);
  if (!parsed.ok) {
    const bool json = is_json_name(source_name);
    bank.errors.push_back(where(source_name, parsed.line) + (json ? "not valid JSON: " : "not valid TOML: ") +
                          parsed.error);
    return bank;
  }
  const DataNode& root = parsed.root;
  const DataNode* cards = root.get("card");
  if (!cards) {
    bank.errors.push_back(where(source_name, 0) + "no [[card]] tables");
    return bank;
  }
  if (!cards->is_array()) {
    bank.errors.push_back(where(source_name, 0) + "'card' must be an array of tables ([[card]])");
    return bank;
  }
  int index = 0;
  for (const DataNode& n : cards->items) {
    if (n.is_table()) bank.cards.push_back(read_card(n, index, source_name, bank.errors));
    else bank.errors.push_back(where(source_name, n.line) + "a 'card' entry is not a table");
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

std::vector<lure::Diagnostic> check_quiz_card_sources(const std::vector<QuizCard>& cards,
                                                      const lure::ContentRegister& reg, const std::string& file) {
  std::vector<lure::Diagnostic> out;
  if (!reg.has_sources) return out;
  for (const QuizCard& c : cards)
    for (const lure::ListedId& id : lure::split_id_list(c.source))
      if (!reg.find_source(id.id))
        out.push_back({"LP230", lure::Severity::Error,
                       "source '" + id.id + "' of quiz card '" + c.id + "' is not in the source register", file,
                       c.source_line ? c.source_line : c.line,
                       c.source_column ? c.source_column + 1 + int(id.offset) : 0,  // after the opening quote
                       "name register ids from sources.toml, separated by commas"});
  return out;
}
