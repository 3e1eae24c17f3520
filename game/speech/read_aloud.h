// Read aloud (issue #21): what to say, in what order and in which language, decided from what each
// frame shows (the UI trace's accessible view, given as a ScreenSpeech). Plain C++: no SDL and no
// speech engine; App hands the utterances one at a time to platform/speech.h.
#pragma once

#include <deque>
#include <set>
#include <string>
#include <vector>

namespace lureproof {

enum class UtteranceKind { Heading, Message, Choice, Focus };
const char* utterance_kind_name(UtteranceKind kind);  // "heading", "message", "choice", "focus"

struct Utterance {
  std::string text;
  std::string language;  // a language code, e.g. "ro": the voice to read it with
  UtteranceKind kind = UtteranceKind::Message;
  bool overlay = false;  // said over a modal overlay (the settings): `repeat` skips it
  std::string id;        // a message's or action's id ("" for a heading), for logs
};

// One readable thing on screen: a message (id, speaker, text) or an action (id, label as `text`,
// and `language` when it is not the visitor's, such as a language's own name on the picker).
struct SpokenItem {
  std::string id;
  std::string speaker;
  std::string text;
  std::string language;
};

// What one frame shows, as read aloud sees it.
struct ScreenSpeech {
  std::string language;              // the visitor's
  std::string heading;               // the screen's (or the modal overlay's) heading
  bool modal = false;                // a modal overlay (settings, the idle warning) covers the screen
  bool read_texts = false;           // this screen's messages are read (play, ending, debrief, ...)
  std::vector<SpokenItem> messages;  // in drawing order
  std::vector<SpokenItem> actions;   // every action; those with a "choice:" id are the story's choices
  std::string focused;               // id of the action with the keyboard/gamepad focus ring, "" none
  bool keys = false;                 // the visitor navigates by keyboard or gamepad
};

class ReadAloud {
 public:
  // Queues what this frame shows that was not said yet: a new heading; each message not spoken
  // before (speaker, then text); a new set of choices (the focused one first when navigating by
  // keys); the action the focus moved to (replacing choices and focus moves not yet said).
  void observe(const ScreenSpeech& screen);
  bool has_next() const { return !queue_.empty(); }
  // The next utterance to speak; it becomes the one `repeat` says again (unless said over an overlay).
  Utterance take_next();
  // Stop: nothing more is said until something new shows (the platform stops the current one).
  void stop() { queue_.clear(); }
  // Repeat: the last utterance taken is said again, before anything else.
  void repeat();
  // A new story: its messages may be said again (those of the last one were).
  void forget_messages() { spoken_.clear(); }
  // A new visitor: nothing was said yet and nothing is waiting.
  void reset();
  const std::deque<Utterance>& queue() const { return queue_; }

 private:
  void push(std::string text, const std::string& language, UtteranceKind kind, bool overlay, std::string id = {});
  void drop(UtteranceKind kind);

  std::deque<Utterance> queue_;
  std::set<std::string> spoken_;  // id + text of messages already queued
  std::string heading_;
  std::string choices_;  // the ids and labels of the choices last queued
  std::string focused_;
  Utterance last_;
  bool has_last_ = false;
};

}  // namespace lureproof
