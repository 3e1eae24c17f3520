// ReadAloud: the utterance queue of read aloud (what is new on screen, in order, in which language).
#include "speech/read_aloud.h"

#include <algorithm>

namespace lureproof {

const char* utterance_kind_name(UtteranceKind kind) {
  switch (kind) {
    case UtteranceKind::Heading: return "heading";
    case UtteranceKind::Choice: return "choice";
    case UtteranceKind::Focus: return "focus";
    case UtteranceKind::Message: break;
  }
  return "message";
}

void ReadAloud::push(std::string text, const std::string& language, UtteranceKind kind, bool overlay, std::string id) {
  if (text.empty()) return;
  queue_.push_back({std::move(text), language, kind, overlay, std::move(id)});
}

void ReadAloud::drop(UtteranceKind kind) {
  queue_.erase(std::remove_if(queue_.begin(), queue_.end(), [&](const Utterance& u) { return u.kind == kind; }),
               queue_.end());
}

void ReadAloud::observe(const ScreenSpeech& s) {
  const std::string& lang = s.language;
  if (s.heading != heading_) {
    heading_ = s.heading;
    choices_.clear();  // a new screen reads its choices again
    focused_.clear();
    push(s.heading, lang, UtteranceKind::Heading, s.modal);
  }
  if (s.read_texts)
    for (const SpokenItem& m : s.messages) {
      if (m.text == s.heading || !spoken_.insert(m.id + '\n' + m.text).second) continue;
      push(m.speaker.empty() ? m.text : m.speaker + ": " + m.text, m.language.empty() ? lang : m.language,
           UtteranceKind::Message, s.modal, m.id);
    }
  const auto language_of = [&](const SpokenItem& a) { return a.language.empty() ? lang : a.language; };
  const SpokenItem* focused = nullptr;
  if (s.keys && !s.focused.empty())
    for (const SpokenItem& a : s.actions)
      if (a.id == s.focused) focused = &a;
  std::vector<const SpokenItem*> choices;
  std::string signature;
  for (const SpokenItem& a : s.actions)
    if (a.id.rfind("choice:", 0) == 0) {
      choices.push_back(&a);
      signature += a.id + '\n' + a.text + '\n';
    }
  if (signature != choices_) {
    choices_ = signature;
    drop(UtteranceKind::Choice);  // choices replaced before they were said
    // The focused choice first when the visitor moves by keys, then the others in order.
    const bool focus_first = focused && std::find(choices.begin(), choices.end(), focused) != choices.end();
    if (focus_first) push(focused->text, language_of(*focused), UtteranceKind::Choice, s.modal, focused->id);
    for (const SpokenItem* c : choices)
      if (!focus_first || c != focused) push(c->text, language_of(*c), UtteranceKind::Choice, s.modal, c->id);
    if (focus_first) focused_ = focused->id;
  }
  const std::string focused_id = focused ? focused->id : std::string();
  if (focused_id != focused_) {
    focused_ = focused_id;
    if (focused) {
      // The visitor moved on: what the focus passed over is not said any more.
      drop(UtteranceKind::Focus);
      drop(UtteranceKind::Choice);
      push(focused->text, language_of(*focused), UtteranceKind::Focus, s.modal, focused->id);
    }
  }
}

Utterance ReadAloud::take_next() {
  Utterance u = std::move(queue_.front());
  queue_.pop_front();
  if (!u.overlay) {
    last_ = u;
    has_last_ = true;
  }
  return u;
}

void ReadAloud::repeat() {
  if (has_last_) queue_.push_front(last_);
}

void ReadAloud::reset() {
  queue_.clear();
  spoken_.clear();
  heading_.clear();
  choices_.clear();
  focused_.clear();
  has_last_ = false;
}

}  // namespace lureproof
