// The Studio's text editor: ImGui's multiline input inside a scrolled region with a line-number
// gutter (diagnostic markers, the cursor line, the node being played) and jump-to-line support.
#pragma once

#include "studio/bmp_text.h"
#include "studio/studio_model.h"
#include "studio/text_document.h"
#include "ui/theme.h"

#include <imgui.h>

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
  int generation_ = 0;         // bumped on outside changes: a new widget id drops ImGui's stale copy
  int measured_revision_ = -1;
  float longest_line_ = 0.f;
  int last_cursor_ = -1;
  bool focus_next_ = false;
  bool centre_next_ = false;
  bool focused_ = false;
};
