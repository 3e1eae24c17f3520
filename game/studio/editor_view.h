// The Studio's text editor: ImGui's multiline input over the soft-wrapped text (studio/soft_wrap.h),
// drawn in syntax colours (studio/lure_syntax.h, ui/theme.h code_colours) with a line-number gutter
// (diagnostic markers, the cursor line, the node being played), jump-to-line and its own undo.
#pragma once

#include "studio/bmp_text.h"
#include "studio/lure_syntax.h"
#include "studio/soft_wrap.h"
#include "studio/studio_model.h"
#include "studio/text_document.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace lureproof {

class EditorView {
 public:
  // Draws the editor filling `size`; edits go into the model (note_edited with `now`).
  void draw(StudioModel& model, const Theme& theme, ImVec2 size, double now);
  bool focused() const { return focused_; }

 private:
  struct UndoStep {
    std::string text;  // the widget's (unwrapped) text
    int cursor = 0;    // unwrapped offset
  };
  static int text_callback(ImGuiInputTextCallbackData* data);
  int on_callback(ImGuiInputTextCallbackData* data);
  void rewrap();                                       // wrap_ and the colours from widget_
  void set_widget_text(std::string text, int cursor);  // an edit or an undo, applied in the callback
  void draw_text(ImDrawList* dl, ImFont* font, ImVec2 at, int first_row, int last_row) const;

  BmpMapping mapping_;
  TextDocument widget_;                          // the text with stand-ins (bmp_text.h), unwrapped
  SoftWrap wrap_;                                // widget_ in rows; wrap_.wrapped() is what the ImGui input edits
  std::string buffer_;                           // the ImGui input's buffer (the wrapped text)
  std::vector<std::vector<SyntaxSpan>> syntax_;  // per line of widget_
  ImFont* font_ = nullptr;
  float wrap_width_ = 0.f;
  int own_revision_ = -1;  // the model revision this view last produced or saw
  std::string open_path_;  // the undo history belongs to this file
  // Flipped on outside changes: the other of two widget ids drops ImGui's stale copy of an active
  // widget (ImGui 1.86 re-reads the text whenever a widget becomes active). Two ids, not one per
  // change: each id is a child window that ImGui keeps for good (a reload every 2 s grew memory).
  int generation_ = 0;
  // Between the callback and draw(): a replacement for the active widget's text, a jump, the caret.
  bool replace_pending_ = false;
  bool edited_ = false;                          // the callback changed widget_ this frame
  int replace_cursor_ = 0;                       // wrapped offset after a replacement
  int jump_to_ = -1;                             // wrapped offset
  int widget_cursor_ = -1;                       // wrapped caret after the last callback
  int selection_start_ = 0, selection_end_ = 0;  // wrapped, after the last callback
  std::vector<UndoStep> undo_, redo_;
  double now_ = 0.0, last_edit_at_ = -1e9;
  int last_cursor_ = -1;
  bool focus_next_ = false;
  bool centre_next_ = false;
  bool focused_ = false;
};

}  // namespace lureproof
