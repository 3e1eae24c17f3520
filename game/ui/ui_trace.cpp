// The per-frame UI trace.
#include "ui/ui_trace.h"

UiTrace& ui_trace() {
  static UiTrace trace;
  return trace;
}

void trace_target(std::string label, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ui_trace().targets.push_back({std::move(label), min, max, dl->GetClipRectMin(), dl->GetClipRectMax()});
}
