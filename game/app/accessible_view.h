// The bridge between the UI trace and the platform's accessible DOM mirror: after each frame the
// trace's accessible view (title, messages, actions) is published; before the next, the mirror's
// activated buttons become activations the widgets pick up (the same path as a tap on them).
#pragma once

#include "platform/accessibility.h"
#include "ui/ui_trace.h"

#include <string>
#include <vector>

namespace lureproof {

class AccessibleView {
 public:
  // False where there is no mirror (native): then nothing is recorded or published.
  bool enabled() const { return enabled_; }
  void set_enabled(bool enabled) { enabled_ = enabled; }
  // Before the screens draw: the mirror's activations that match an enabled action last published.
  void take_activations(UiTrace& trace);
  // Whether the visitor pressed a mirror button this frame (input for the idle timer).
  bool had_input() const { return had_input_; }
  // After everything drew: publishes the view (the page ignores it when nothing changed) and the
  // UI language as <html lang>; not from a frame that acted on a mirror press (half-updated).
  void publish(const UiTrace& trace, const std::string& language);

 private:
  bool enabled_ = false;
  bool had_input_ = false;
  std::vector<std::string> published_ids_;  // enabled actions of the last publish
  std::vector<platform::a11y::Message> messages_;
  std::vector<platform::a11y::Action> actions_;
};

}  // namespace lureproof
