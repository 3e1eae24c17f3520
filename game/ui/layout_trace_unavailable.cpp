// The web build records no text boxes: the layout check (ui/layout_check.h) runs natively, and the
// page's code stays as small as it was (tracing_layout() is never true there).
#include "ui/ui_trace.h"

namespace lureproof {

std::vector<TracedLine> wrapped_lines(ImFont*, float, ImVec2, const std::string&, float) { return {}; }
void trace_container_box(ImVec2, ImVec2) {}
void trace_text_block(ImDrawList*, const TextBlock&, float, ImVec2, float, float, const UiBox*) {}
void trace_text_box(ImDrawList*, const std::string&, const std::vector<TracedLine>&, const UiBox*) {}

}  // namespace lureproof
