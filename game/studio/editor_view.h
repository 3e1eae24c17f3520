// The Studio's text editor: ImGui's multiline input inside a scrolled region with a line-number
// gutter (diagnostic markers, the cursor line, the node being played) and jump-to-line support.
#pragma once

#include "studio/bmp_text.h"
#include "studio/studio_model.h"
#include "studio/text_document.h"
#include "ui/theme.h"

#include <imgui.h>

namespace lureproof {

class EditorView {
 public:
  // Draws the editor filling `size`; edits go into the model (note_edited with `now`).
  void draw(StudioModel& model, const Theme& theme, ImVec2 size, double now);
  bool focused() const { return focused_; }

 private:
  void measure(const StudioModel& model, ImFont* font);

  BmpMapping mapping_;
  TextDocument widget_;        // what the ImGui widget edits: the text with stand-ins (bmp_text.h)
  int own_revision_ = -1;      // the model revision this view last produced or saw
  // Flipped on outside changes: the other of two widget ids drops ImGui's stale copy of an active
  // widget (ImGui 1.86 re-reads the text whenever a widget becomes active). Two ids, not one per
  // change: each id is a child window that ImGui keeps for good (a reload every 2 s grew memory).
  int generation_ = 0;
  int measured_revision_ = -1;
  float longest_line_ = 0.f;
  int last_cursor_ = -1;
  bool focus_next_ = false;
  bool centre_next_ = false;
  bool focused_ = false;
};

}  // namespace lureproof
