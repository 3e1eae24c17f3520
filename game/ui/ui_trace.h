// What the UI drew this frame, for tests: every text (for --dump-text) and every touch target
// with its label and rectangle (for scripted taps). Widgets report here; nothing reads it back
// except the script driver and the text dump.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

struct UiTarget {
  std::string label;  // visible text or a stable id such as "choice:1", "mark:3:0", "story:dream-job"
  ImVec2 min, max;
  ImVec2 clip_min, clip_max;  // the visible part of the window it is in (scroll areas clip)
  bool visible() const {
    const ImVec2 c((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    return c.x >= clip_min.x && c.x <= clip_max.x && c.y >= clip_min.y && c.y <= clip_max.y;
  }
};

struct UiTrace {
  std::vector<std::string> texts;
  std::vector<UiTarget> targets;
  std::string focused;  // label of the target with the keyboard/gamepad focus ring, if any
  void clear() {
    texts.clear();
    targets.clear();
    focused.clear();
  }
};

// The frame's trace (one per process; cleared by App at the start of each frame).
UiTrace& ui_trace();
inline void trace_text(const std::string& text) { ui_trace().texts.push_back(text); }
void trace_target(std::string label, ImVec2 min, ImVec2 max);
