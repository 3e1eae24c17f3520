// AccessibleView: UiTrace -> platform::a11y::publish, and the mirror's activations back.
#include "app/accessible_view.h"

#include <algorithm>

namespace lureproof {

void AccessibleView::take_activations(UiTrace& trace) {
  had_input_ = false;
  if (!enabled_) return;
  for (std::string& id : platform::a11y::take_activated())
    if (std::find(published_ids_.begin(), published_ids_.end(), id) != published_ids_.end())
      trace.activations.push_back(std::move(id));
  had_input_ = !trace.activations.empty();
}

void AccessibleView::publish(const UiTrace& trace, const std::string& language) {
  if (!enabled_) return;
  platform::a11y::set_language(language);
  // A frame that acted on a mirror press drew some widgets before the press changed the state (an
  // immediate-mode UI shows the change from the next frame on): e.g. "Next" already enabled but the
  // answer not yet shown as pressed. The next frame, which input always brings, publishes instead.
  if (had_input_) return;
  messages_.clear();
  actions_.clear();
  published_ids_.clear();
  // A modal overlay hides the screen below it; the heading is not repeated in the log, and a text
  // drawn twice is read once.
  for (size_t i = trace.modal ? trace.modal_messages : 0; i < trace.messages.size(); ++i) {
    const UiMessage& m = trace.messages[i];
    if (m.text == trace.title) continue;
    if (std::any_of(messages_.begin(), messages_.end(), [&](const auto& seen) { return seen.id == m.id; })) continue;
    messages_.push_back({m.id, m.speaker, m.text});
  }
  for (size_t i = trace.modal ? trace.modal_actions : 0; i < trace.actions.size(); ++i) {
    const UiAction& a = trace.actions[i];
    if (std::any_of(actions_.begin(), actions_.end(), [&](const auto& seen) { return seen.id == a.id; })) continue;
    platform::a11y::Action out;
    out.id = a.id;
    out.label = a.label;
    out.enabled = a.enabled;
    out.lang = a.lang;
    out.pressed = a.pressed;
    actions_.push_back(std::move(out));
    if (a.enabled) published_ids_.push_back(a.id);
  }
  platform::a11y::publish(trace.title, messages_, actions_);
}

}  // namespace lureproof
