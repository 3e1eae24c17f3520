// What the UI drew this frame: every text (for --dump-text), every touch target with its label and
// rectangle (for scripted taps), and the accessible view of the frame (screen title, readable
// messages, actions with spoken labels) that App publishes to the web page's DOM mirror. Widgets
// report here; activations coming back from the mirror are looked up by the widgets (take_activation).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace lureproof {

struct TextBlock;

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

// A text as drawn, for the layout check (ui/layout_check.h): where it is, what holds it and where
// its lines broke. Rectangles are in points (ImGui's coordinates).
struct UiTextBox {
  std::string text;                     // as drawn (cleaned for the fonts; ends with "…" when it was cut)
  ImVec2 min, max;                      // the drawn lines' bounds
  ImVec2 container_min, container_max;  // its button, card, bubble or window
  ImVec2 clip_min, clip_max;            // the visible part of the window it is in (scroll areas clip)
  std::string window;                   // the top-level ImGui window (screen, overlay) it belongs to
  bool scrolls = false;                 // in a scroll area: it may run past the window vertically
  bool container_scrolls = false;       // ... and held by the scroll area itself, which it may run past too
  bool pans = false;           // held by a drawing that pans (UiBox::pans): it may run past the window both ways
  bool title = false;          // a screen's or the phone's title
  std::vector<size_t> breaks;  // byte offsets in `text` where a wrapped line starts ('\n' not counted)
  std::string full;            // when cut with "…": the whole text
  int full_lines = 0;          // ... and how many lines it takes wrapped in the width it had
};

// A rectangle that holds texts (a card, a bubble): the smallest one holding a text's first point is
// its container (else its button or window).
struct UiBox {
  ImVec2 min, max;
  std::string window;  // traced containers: the top-level window drawing it (texts of others ignore it)
  bool pans = false;   // a drawing that pans inside its view (the debrief's map): its view shows part of it
};

struct UiTrace {
  std::vector<std::string> texts;
  std::vector<UiTextBox> text_boxes;
  std::vector<UiBox> containers;
  struct Cut {
    std::string shown, full;
    int full_lines;
  };
  std::vector<Cut> cuts;  // ellipsize() this frame
  int title_depth = 0;    // > 0: texts drawn are titles (TraceTitle)
  bool layout = false;    // record text boxes, containers and cuts (the layout check sets it; kept by clear())
  std::vector<UiTarget> targets;
  // The accessible view. A modal overlay (settings, "are you still there?") hides what is below it:
  // only the actions and messages from `modal_actions` / `modal_messages` on are published.
  std::string title;
  std::vector<UiAction> actions;
  std::vector<UiAction> later_actions;  // traced under TraceActionsLater: appended by end_screen()
  int later = 0;                        // > 0: actions traced now go to later_actions
  std::vector<UiMessage> messages;
  size_t modal_actions = 0, modal_messages = 0;
  bool modal = false;
  bool accessible = false;               // record the accessible view at all (ui::begin_frame: where a mirror exists)
  int quiet = 0;                         // > 0: text_at/text_centred draw decoration, not readable messages
  std::vector<std::string> activations;  // mirror ids to activate this frame (set by App)
  std::string focused;                   // label of the target with the keyboard/gamepad focus ring, if any
  void clear() {
    texts.clear();
    text_boxes.clear();
    containers.clear();
    cuts.clear();
    title_depth = 0;
    targets.clear();
    title.clear();
    actions.clear();
    later_actions.clear();
    later = 0;
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

// ---- text boxes for the layout check (recorded only while tracing_layout(); widgets test it first) ----
inline bool tracing_layout() { return ui_trace().layout; }
// One drawn line of a text box: bytes [begin, end) of the text, and its rectangle.
struct TracedLine {
  size_t begin = 0, end = 0;
  ImVec2 min, max;
};
// The lines ImGui's AddText(font, size, pos, ..., wrap) draws `text` in (its word wrap, '\n').
std::vector<TracedLine> wrapped_lines(ImFont* font, float size, ImVec2 pos, const std::string& text, float wrap = 0.f);
// Records a drawn text with its lines; its container is `container` when given (a button), else the
// smallest traced container (trace_container) holding its first point, else the current window.
void trace_text_box(ImDrawList* dl, const std::string& text, const std::vector<TracedLine>& lines,
                    const UiBox* container = nullptr);
// The same for a text laid out by ui/text_layout.h (drawn by draw_text_block with `pos`, `align`,
// `width`): its lines joined as drawn, a space where a line ended at a space, nothing after a '-'.
void trace_text_block(ImDrawList* dl, const TextBlock& block, float size, ImVec2 pos, float align = 0.f,
                      float width = 0.f, const UiBox* container = nullptr);
// A card or bubble that holds texts drawn after it this frame.
void trace_container_box(ImVec2 min, ImVec2 max);
inline void trace_container(ImVec2 min, ImVec2 max) {
  if (tracing_layout()) trace_container_box(min, max);
}
// ellipsize() cut `full` to `shown` in `width`: `full_lines` is how many lines `full` takes wrapped there.
inline void trace_cut(const std::string& shown, const std::string& full, int full_lines) {
  if (tracing_layout()) ui_trace().cuts.push_back({shown, full, full_lines});
}
// Texts drawn while one is alive are titles (the layout check asks them not to be cut needlessly).
struct TraceTitle {
  TraceTitle() { ++ui_trace().title_depth; }
  ~TraceTitle() { --ui_trace().title_depth; }
  TraceTitle(const TraceTitle&) = delete;
  TraceTitle& operator=(const TraceTitle&) = delete;
};

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

// Actions traced while one is alive come after the other actions of their screen in the accessible
// view (end_screen() appends them, trace_later_actions()): a control drawn before the screen's main
// one, so that a tap on it is its own, is still read after it (the attract screen's read-aloud
// button over its screen-wide start button: the mirror's first button is Start).
struct TraceActionsLater {
  TraceActionsLater() { ++ui_trace().later; }
  ~TraceActionsLater() { --ui_trace().later; }
  TraceActionsLater(const TraceActionsLater&) = delete;
  TraceActionsLater& operator=(const TraceActionsLater&) = delete;
};
// Appends the actions held back by TraceActionsLater to the frame's actions.
void trace_later_actions();

// Texts drawn while one is alive are decoration or part of an action's label, not messages.
struct TraceQuiet {
  TraceQuiet() { ++ui_trace().quiet; }
  ~TraceQuiet() { --ui_trace().quiet; }
  TraceQuiet(const TraceQuiet&) = delete;
  TraceQuiet& operator=(const TraceQuiet&) = delete;
};

}  // namespace lureproof
