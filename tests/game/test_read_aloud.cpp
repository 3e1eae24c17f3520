// ReadAloud (game/speech/read_aloud.h): what is said, in which order and language, and what is not
// said twice.
#include "speech/read_aloud.h"

#include <doctest/doctest.h>

using namespace lureproof;

namespace {

// Text, language, kind and overlay (not the id, which only logs show).
bool same(const Utterance& a, const Utterance& b) {
  return a.text == b.text && a.language == b.language && a.kind == b.kind && a.overlay == b.overlay;
}

std::vector<Utterance> drain(ReadAloud& r) {
  std::vector<Utterance> out;
  while (r.has_next()) out.push_back(r.take_next());
  return out;
}

ScreenSpeech play_screen(std::vector<SpokenItem> messages, std::vector<SpokenItem> actions = {}) {
  ScreenSpeech s;
  s.language = "ro";
  s.heading = "Telefonul Anei";
  s.read_texts = true;
  s.messages = std::move(messages);
  s.actions = std::move(actions);
  return s;
}

}  // namespace

TEST_CASE("the heading, then each new message once (speaker first), then the choices") {
  ReadAloud r;
  r.observe(play_screen({{"msg:a1", "Claudia", "Bună!", {}}}));
  std::vector<Utterance> said = drain(r);
  REQUIRE(said.size() == 2);
  CHECK(same(said[0], Utterance{"Telefonul Anei", "ro", UtteranceKind::Heading}));
  CHECK(same(said[1], Utterance{"Claudia: Bună!", "ro", UtteranceKind::Message}));
  // The next frame shows the same message and a new one, then the choices: only what is new.
  const std::vector<SpokenItem> two = {{"msg:a1", "Claudia", "Bună!", {}}, {"msg:a2", "", "Ana citește.", {}}};
  const std::vector<SpokenItem> choices = {
      {"choice:0", "", "Răspund", {}}, {"mark:a1", "", "Marchează", {}}, {"choice:1", "", "Ignor", {}}};
  r.observe(play_screen(two));
  r.observe(play_screen(two, choices));
  r.observe(play_screen(two, choices));
  said = drain(r);
  REQUIRE(said.size() == 3);
  CHECK(same(said[0], Utterance{"Ana citește.", "ro", UtteranceKind::Message}));  // narration: no speaker
  CHECK(same(said[1], Utterance{"Răspund", "ro", UtteranceKind::Choice}));
  CHECK(same(said[2], Utterance{"Ignor", "ro", UtteranceKind::Choice}));
}

TEST_CASE("screens without texts to read say their heading only; a language's own name keeps its language") {
  ReadAloud r;
  ScreenSpeech picker;
  picker.language = "en";
  picker.heading = "Choose your language";
  picker.messages = {{"t:Choose", "", "Pick one", {}}};
  picker.actions = {{"lang:en", "", "English", "en"}, {"lang:ro", "", "Română", "ro"}};
  r.observe(picker);
  std::vector<Utterance> said = drain(r);
  REQUIRE(said.size() == 1);
  CHECK(said[0].kind == UtteranceKind::Heading);
  // Moving the focus by keys says the focused action, in its language.
  picker.keys = true;
  picker.focused = "lang:ro";
  r.observe(picker);
  said = drain(r);
  REQUIRE(said.size() == 1);
  CHECK(same(said[0], Utterance{"Română", "ro", UtteranceKind::Focus}));
}

TEST_CASE("by keys, the focused choice is said first, and a focus move drops what it passed over") {
  ReadAloud r;
  ScreenSpeech s = play_screen({}, {{"choice:0", "", "A", {}}, {"choice:1", "", "B", {}}, {"choice:2", "", "C", {}}});
  s.keys = true;
  s.focused = "choice:1";
  r.observe(s);
  REQUIRE(r.take_next().kind == UtteranceKind::Heading);
  std::vector<std::string> texts;
  for (const Utterance& u : r.queue()) texts.push_back(u.text);
  CHECK(texts == std::vector<std::string>{"B", "A", "C"});
  r.take_next();  // "B" is being said
  s.focused = "choice:2";
  r.observe(s);
  std::vector<Utterance> said = drain(r);
  REQUIRE(said.size() == 1);  // "A" and "C" were passed over
  CHECK(same(said[0], Utterance{"C", "ro", UtteranceKind::Focus}));
  // Without keys (touch), the focus ring does not reorder anything.
  ReadAloud touch;
  s.keys = false;
  touch.observe(s);
  texts.clear();
  for (const Utterance& u : drain(touch)) texts.push_back(u.text);
  CHECK(texts == std::vector<std::string>{"Telefonul Anei", "A", "B", "C"});
}

TEST_CASE("stop, repeat, a modal overlay, a new story and a new visitor") {
  ReadAloud r;
  r.observe(play_screen({{"msg:a1", "Claudia", "Bună!", {}}, {"flag:a1", "", "Un semnal de alarmă.", {}}}));
  CHECK(r.take_next().kind == UtteranceKind::Heading);
  CHECK(r.take_next().text == "Claudia: Bună!");
  r.stop();
  CHECK_FALSE(r.has_next());
  // The settings overlay: its heading is said, but Repeat says the story's last utterance again.
  ScreenSpeech overlay;
  overlay.language = "ro";
  overlay.heading = "Setări";
  overlay.modal = true;
  overlay.read_texts = true;
  r.observe(overlay);
  CHECK(same(r.take_next(), Utterance{"Setări", "ro", UtteranceKind::Heading, true}));
  r.repeat();
  CHECK(r.take_next().text == "Claudia: Bună!");
  // Back on the story: its heading again, but no message twice (the flag's feedback was stopped
  // before it was said, and stays unsaid until repeated).
  r.observe(play_screen({{"msg:a1", "Claudia", "Bună!", {}}}));
  std::vector<Utterance> said = drain(r);
  REQUIRE(said.size() == 1);
  CHECK(said[0].kind == UtteranceKind::Heading);
  // A new story: its messages are new even with the same ids.
  r.forget_messages();
  r.observe(play_screen({{"msg:a1", "Claudia", "Bună!", {}}}));
  CHECK(drain(r).size() == 1);
  // A new visitor: nothing to repeat, and the heading is said again too.
  r.reset();
  r.repeat();
  CHECK_FALSE(r.has_next());
  r.observe(play_screen({{"msg:a1", "Claudia", "Bună!", {}}}));
  CHECK(drain(r).size() == 2);
}
