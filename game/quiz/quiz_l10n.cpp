// Quiz bank localisation: entries for the .pot and translated copies of the cards.
#include "quiz/quiz_l10n.h"

namespace lureproof {

namespace {

struct Field {
  const char* name;
  std::string QuizCard::*text;
  const char* what;  // for translators
};

const Field kFields[] = {
    {"sender", &QuizCard::sender, "who sent it, shown in bold on the card; keep personal and company names"},
    {"text", &QuizCard::text,
     "the offer as the visitor reads it; keep names, sums, addresses and the tone "
     "(pushy, casual, formal); emoji are not drawn"},
    {"why", &QuizCard::why, "shown after the visitor answered (after the story): why this card is %s"},
};

}  // namespace

std::vector<lure::L10nEntry> quiz_l10n_entries(const std::vector<QuizCard>& cards, std::string_view file_name) {
  std::vector<lure::L10nEntry> out;
  for (const QuizCard& card : cards) {
    const std::string kind = card.legit ? "a real offer" : "a lure";
    for (const Field& f : kFields) {
      const std::string& text = card.*f.text;
      if (text.empty()) continue;
      lure::L10nEntry e;
      e.context = card.id + "." + f.name;
      e.msgid = text;
      e.reference = std::string(file_name) + (card.line > 0 ? ":" + std::to_string(card.line) : std::string());
      std::string what = f.what;
      if (const auto pos = what.find("%s"); pos != std::string::npos) what.replace(pos, 2, kind);
      e.comment = "Quiz card " + card.id + " (" + card.channel + ", " + kind + "): " + what;
      out.push_back(std::move(e));
    }
  }
  return out;
}

QuizLocalizeResult localize_quiz(const std::vector<QuizCard>& cards, const lure::Catalog& catalog) {
  QuizLocalizeResult r;
  r.cards = cards;
  for (QuizCard& card : r.cards) {
    for (const Field& f : kFields) {
      std::string& text = card.*f.text;
      if (text.empty()) continue;
      ++r.total;
      const std::string key = card.id + "." + f.name;
      if (const std::string* t = catalog.find(key, text); t && !t->empty()) {
        text = *t;
        ++r.translated;
      } else {
        r.missing.push_back(key);
      }
    }
  }
  return r;
}

const std::vector<QuizCard>& LocalizedQuiz::get(const std::string& language) {
  if (language.empty() || language == "en") return source_;
  auto it = cache_.find(language);
  if (it == cache_.end()) {
    // Same layout as the UI and scenario catalogues (l10n/tr.h catalog_path()).
    const std::string path = assets_dir_ + "/l10n/" + language + "/" + kQuizL10nDomain + ".mo";
    const lure::Catalog catalog = lure::load_catalog(path, warnings_);
    std::unique_ptr<std::vector<QuizCard>> cards;
    if (!catalog.empty()) cards = std::make_unique<std::vector<QuizCard>>(localize_quiz(source_, catalog).cards);
    it = cache_.emplace(language, std::move(cards)).first;
  }
  return it->second ? *it->second : source_;
}

std::vector<lure::Diagnostic> LocalizedQuiz::take_warnings() {
  std::vector<lure::Diagnostic> out;
  out.swap(warnings_);
  return out;
}

}  // namespace lureproof
