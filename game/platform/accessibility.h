// The accessibility bridge of the platform module. Dear ImGui draws into a canvas that assistive
// technology cannot read, so on the web the page keeps a DOM mirror of the game: the screen title as
// a heading, the messages in an aria-live log, and every action as a real <button>. Natively these
// calls are no-ops. Screens publish their state every frame; only changes reach the DOM.
#pragma once

#include <string>
#include <vector>

namespace lureproof {

namespace platform::a11y {

struct Action {
  std::string id;     // stable within a screen, e.g. "choice-2", "flag-ch03", "start"
  std::string label;  // what a screen reader announces
  bool enabled = true;
  std::string note;  // e.g. the reason a choice is disabled
  std::string lang;  // language of the label when it is not the page's (a language's own name)
  int pressed = -1;  // 1/0: a selectable answer, selected or not (aria-pressed); -1: a plain button
};

struct Message {
  std::string id;       // stable (e.g. the line id), so the log only appends what is new
  std::string speaker;  // display name ("" for narration)
  std::string text;
};

// Whether there is a mirror to publish to (web: true; native: false, so nothing is built per frame).
bool available();

// The page language (<html lang>), e.g. "en", "uk".
void set_language(const std::string& language_code);

// How the visitor reads (the settings): text size as a factor (1 = 100 %) and high contrast. The text
// edition's page applies them as CSS (web/lureproof-text.css).
void set_reading(float text_size, bool high_contrast);

// Publishes the accessible view of the current frame: heading, messages (a log that only grows
// until `title` changes to a new screen or the story restarts) and actions.
void publish(const std::string& title, const std::vector<Message>& messages, const std::vector<Action>& actions);

// Ids of mirror buttons the visitor activated since the last call (keyboard or screen reader).
std::vector<std::string> take_activated();

// A scenario file dropped on the page (educator preview): its virtual path, or "" when none.
std::string take_dropped_file();

// Shows a list of diagnostics (e.g. of a dropped file) in the page's preview panel.
void show_diagnostics(const std::string& file_name, const std::vector<std::string>& lines);

}  // namespace platform::a11y

}  // namespace lureproof
