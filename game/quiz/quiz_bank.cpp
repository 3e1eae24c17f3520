// Quiz bank loading (TOML natively, the build's JSON conversion on the web, both as a DataNode tree)
// and validation. Every problem becomes a message.
#include "quiz/quiz_bank.h"

#include "lure/file_source.h"

#include "data/data_tree.h"

#include <algorithm>
#include <set>

namespace lureproof {

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

// A list of strings under `key` (absent = empty); a wrong type is reported.
void read_string_list(const DataNode& t, const char* key, const std::string& at, const std::string& id,
                      std::vector<std::string>& out, std::vector<std::string>& errors) {
  const DataNode* n = t.get(key);
  if (!n) return;
  if (!n->is_array()) {
    errors.push_back(at + "card '" + id + "': '" + key + "' must be an array");
    return;
  }
  for (const DataNode& f : n->items) {
    if (f.is_string()) out.push_back(f.string);
    else errors.push_back(at + "card '" + id + "': '" + key + "' must list strings");
  }
}

// A source register id: letters, digits, '-', '.' (docs/content-guidelines.md).
bool source_id(const std::string& s) {
  if (s.empty() || s.size() > 80) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
      return false;
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
  read_string_list(t, "flags", at, card.id, card.flags, errors);
  read_string_list(t, "cues", at, card.id, card.cues, errors);
  text_field("scenario", card.scenario, false);
  return card;
}

}  // namespace

const std::vector<std::string>& quiz_cue_vocabulary() {
  static const std::vector<std::string> cues = {
      "paid-travel", "fee",       "friend-referral", "urgency",         "reassurance", "high-pay", "unsolicited",
      "abroad",      "documents", "secrecy",         "channel-private", "housing",     "agency",   "photos"};
  return cues;
}

std::vector<std::string> quiz_source_ids(const std::string& source) {
  std::vector<std::string> ids;
  std::string current;
  auto flush = [&] {
    const size_t b = current.find_first_not_of(' ');
    const size_t e = current.find_last_not_of(' ');
    if (b != std::string::npos) ids.push_back(current.substr(b, e - b + 1));
    current.clear();
  };
  for (char c : source) {
    if (c == ',') flush();
    else current += c;
  }
  flush();
  return ids;
}

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
    const std::vector<std::string>& vocabulary = quiz_cue_vocabulary();
    std::set<std::string> seen;
    for (const std::string& cue : c.cues) {
      if (std::find(vocabulary.begin(), vocabulary.end(), cue) == vocabulary.end())
        problems.push_back(at + ": unknown cue '" + cue + "' (the vocabulary is in docs/content-guidelines.md)");
      else if (!seen.insert(cue).second) problems.push_back(at + ": cue '" + cue + "' is listed twice");
    }
    if (!c.scenario.empty() && !plain_id(c.scenario))
      problems.push_back(at + ": scenario must be a scenario id (1-64 of a-z, 0-9, '-', '_')");
    for (const std::string& id : quiz_source_ids(c.source))
      if (!source_id(id))
        problems.push_back(at + ": source id '" + id + "' may hold only letters, digits, '-' and '.'");
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

}  // namespace lureproof
