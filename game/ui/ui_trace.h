// What the UI drew this frame: every text (for --dump-text), every touch target with its label and
// rectangle (for scripted taps), and the accessible view of the frame (screen title, readable
// messages, actions with spoken labels) that App publishes to the web page's DOM mirror. Widgets
// report here; activations coming back from the mirror are looked up by the widgets (take_activation).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace lureproof {

struct UiTarget {
  std::string label;  // visible text or a stable id such as "choice:1", "mark:3:0", "story:dream-job"
  ImVec2 min, max;
  ImVec2 clip_min, clip_max;  // the visible part of the window it is in (scroll areas clip)
  bool visible() const {
    const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    return c.x >= clip_min.x && c.x <= clip_max.x && c.y >= clip_min.y && c.y <= clip_max.y;
  }
};

// Something a visitor can do, as a screen reader announces it.
struct UiAction {
  std::string id;     // the target's stable id ("choice:1", "mark:3:0", "story:dream-job", "start")
  std::string label;  // spoken label
  bool enabled = true;
  std::string lang;  // language of the label when it differs from the page (language names)
  int pressed = -1;  // a choice in a set: 1 selected, 0 not (aria-pressed); -1 a plain button
};

// A readable text of the screen (a phone message, a paragraph, a flag's feedback).
struct UiMessage {
  std::string id;  // stable while it stays on screen, so the page's live log only appends new ones
  std::string speaker;
  std::string text;
};

struct UiTrace {
  std::vector<std::string> texts;
  std::vector<UiTarget> targets;
  // The accessible view. A modal overlay (settings, "are you still there?") hides what is below it:
  // only the actions and messages from `modal_actions` / `modal_messages` on are published.
  std::string title;
  std::vector<UiAction> actions;
  std::vector<UiMessage> messages;
  size_t modal_actions = 0, modal_messages = 0;
  bool modal = false;
  bool accessible = false;               // record the accessible view at all (ui::begin_frame: where a mirror exists)
  int quiet = 0;                         // > 0: text_at/text_centred draw decoration, not readable messages
  std::vector<std::string> activations;  // mirror ids to activate this frame (set by App)
  std::string focused;                   // label of the target with the keyboard/gamepad focus ring, if any
  void clear() {
    texts.clear();
    targets.clear();
    title.clear();
    actions.clear();
    messages.clear();
    modal_actions = modal_messages = 0;
    modal = false;
    quiet = 0;
    activations.clear();
    focused.clear();
  }
};

// The frame's trace (part of the UI frame context, ui_frame.h: ui::begin_frame clears it).
UiTrace& ui_trace();
inline void trace_text(const std::string& text) { ui_trace().texts.push_back(text); }
void trace_target(std::string label, ImVec2 min, ImVec2 max);

// ---- the accessible view (published by App; see platform/accessibility.h) ----
// Whether it is recorded (false natively: widgets then skip building labels).
inline bool tracing_accessible() { return ui_trace().accessible; }
// The screen's heading; a modal overlay's title replaces the screen's.
void trace_title(const std::string& title);
// An action; the label is flattened to one line (newlines and runs of spaces become one space).
void trace_action(const std::string& id, const std::string& label, bool enabled = true);
// The language of the last action's label (a language's own name on the language picker).
void trace_action_language(const std::string& code);
// Whether the last action is the selected one of a set (quiz answers).
void trace_action_pressed(bool pressed);
// A readable message (text_at/text_centred add theirs unless a TraceQuiet scope is alive).
void trace_message(std::string id, std::string speaker, std::string text);
// From here on this frame, a modal overlay covers the screen.
void trace_begin_modal();
// True (once) when the DOM mirror asked to activate `id` this frame.
bool take_activation(const std::string& id);

// Texts drawn while one is alive are decoration or part of an action's label, not messages.
struct TraceQuiet {
  TraceQuiet() { ++ui_trace().quiet; }
  ~TraceQuiet() { --ui_trace().quiet; }
  TraceQuiet(const TraceQuiet&) = delete;
  TraceQuiet& operator=(const TraceQuiet&) = delete;
};

}  // namespace lureproof
