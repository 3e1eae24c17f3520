// The per-frame UI trace and the accessible view of the frame.
#include "ui/ui_trace.h"

#include "ui/ui_frame.h"

#include <algorithm>

namespace lureproof {

UiTrace& ui_trace() { return ui::frame().trace; }

void trace_target(std::string label, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ui_trace().targets.push_back({std::move(label), min, max, dl->GetClipRectMin(), dl->GetClipRectMax()});
}

namespace {
// One line, single spaces, no leading or trailing space.
std::string flatten(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}
}  // namespace

void trace_title(const std::string& title) {
  UiTrace& t = ui_trace();
  if (!t.accessible) return;
  if (t.title.empty() || t.modal) t.title = flatten(title);
}

namespace {
// Where trace_action() puts an action now (TraceActionsLater holds it back).
std::vector<UiAction>& current_actions() {
  UiTrace& t = ui_trace();
  return t.later > 0 ? t.later_actions : t.actions;
}
}  // namespace

void trace_action(const std::string& id, const std::string& label, bool enabled) {
  if (ui_trace().accessible) current_actions().push_back({id, flatten(label), enabled, {}});
}

void trace_action_language(const std::string& code) {
  std::vector<UiAction>& a = current_actions();
  if (!a.empty()) a.back().lang = code;
}

void trace_action_pressed(bool pressed) {
  std::vector<UiAction>& a = current_actions();
  if (!a.empty()) a.back().pressed = pressed ? 1 : 0;
}

void trace_later_actions() {
  UiTrace& t = ui_trace();
  t.actions.insert(t.actions.end(), std::make_move_iterator(t.later_actions.begin()),
                   std::make_move_iterator(t.later_actions.end()));
  t.later_actions.clear();
}

void trace_message(std::string id, std::string speaker, std::string text) {
  UiTrace& t = ui_trace();
  if (!t.accessible) return;
  text = flatten(text);
  if (text.empty()) return;
  t.messages.push_back({std::move(id), std::move(speaker), std::move(text)});
}

void trace_begin_modal() {
  UiTrace& t = ui_trace();
  t.modal = true;
  t.title.clear();
  t.modal_actions = t.actions.size();
  t.modal_messages = t.messages.size();
}

bool take_activation(const std::string& id) {
  std::vector<std::string>& a = ui_trace().activations;
  const auto it = std::find(a.begin(), a.end(), id);
  if (it == a.end()) return false;
  a.erase(it);
  return true;
}

}  // namespace lureproof
