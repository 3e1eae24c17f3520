// EditorView: the multiline input edits the soft-wrapped text; its callback turns each edit into an
// edit of the real text, re-wraps, and puts the wrapped text back in the same frame (so the caret,
// selection, clicks, arrows and Home/End work on rows). ImGui draws the selection; the text itself
// is drawn over the input in syntax colours, with the caret, and the gutter beside it.
#include "studio/editor_view.h"

#include "ui/ui_trace.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace lureproof {

namespace {

constexpr double kUndoGroupSeconds = 1.0;  // edits closer together than this undo as one
constexpr size_t kUndoSteps = 500;

ImU32 colour_of(SyntaxClass c, const CodeColours& k) {
  switch (c) {
    case SyntaxClass::Comment: return k.comment;
    case SyntaxClass::HeaderKey: return k.header_key;
    case SyntaxClass::Keyword: return k.keyword;
    case SyntaxClass::NodeId: return k.node_id;
    case SyntaxClass::Channel: return k.channel;
    case SyntaxClass::Ending: return k.ending;
    case SyntaxClass::Property: return k.property;
    case SyntaxClass::Speaker: return k.speaker;
    case SyntaxClass::Choice: return k.choice;
    case SyntaxClass::Tag: return k.tag;
    case SyntaxClass::Condition: return k.condition;
    case SyntaxClass::Variable: return k.variable;
    case SyntaxClass::Text:
    case SyntaxClass::kCount: break;
  }
  return k.text;
}

bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

}  // namespace

int EditorView::text_callback(ImGuiInputTextCallbackData* data) {
  return static_cast<EditorView*>(data->UserData)->on_callback(data);
}

int EditorView::on_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    buffer_.resize(size_t(data->BufTextLen));
    data->Buf = buffer_.data();
    return 0;
  }
  // Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z): this editor's history (ImGui's would hold the soft breaks).
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && (key_pressed(ImGuiKey_Z) || key_pressed(ImGuiKey_Y))) {
    const bool redo = key_pressed(ImGuiKey_Y) || io.KeyShift;
    std::vector<UndoStep>& from = redo ? redo_ : undo_;
    std::vector<UndoStep>& to = redo ? undo_ : redo_;
    if (!from.empty()) {
      to.push_back({widget_.text(), wrap_.to_unwrapped(data->CursorPos)});
      UndoStep step = std::move(from.back());
      from.pop_back();
      set_widget_text(std::move(step.text), step.cursor);
      last_edit_at_ = -1e9;  // the next edit starts a new step
    }
  }
  // Copy and cut: ImGui put the wrapped selection (or, with none, the whole text) on the clipboard;
  // put the real text there instead (no soft breaks, stand-ins mapped back: bmp_text.h).
  if (io.KeyCtrl && (key_pressed(ImGuiKey_C) || key_pressed(ImGuiKey_X))) {
    const bool whole = selection_start_ == selection_end_;
    const std::string copied = whole ? widget_.text() : wrap_.unwrapped_range(selection_start_, selection_end_);
    ImGui::SetClipboardText(mapping_.from_widget(copied).c_str());
  }
  const std::string_view now(data->Buf, size_t(data->BufTextLen));
  if (!replace_pending_ && now != wrap_.wrapped()) {
    // ImGui edited the wrapped text: the same edit on the real text, then wrapped again.
    int cursor = 0;
    std::string text =
        wrap_.unwrap_edit(now, widget_cursor_ < 0 ? data->CursorPos : widget_cursor_, data->CursorPos, cursor);
    if (undo_.empty() || now_ - last_edit_at_ > kUndoGroupSeconds) {
      undo_.push_back({widget_.text(), wrap_.to_unwrapped(widget_cursor_ < 0 ? data->CursorPos : widget_cursor_)});
      if (undo_.size() > kUndoSteps) undo_.erase(undo_.begin());
    }
    redo_.clear();
    last_edit_at_ = now_;
    set_widget_text(std::move(text), cursor);
  }
  if (replace_pending_) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, wrap_.wrapped().data(), wrap_.wrapped().data() + wrap_.wrapped().size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = std::clamp(replace_cursor_, 0, data->BufTextLen);
    replace_pending_ = false;
  }
  if (jump_to_ >= 0) {
    data->CursorPos = data->SelectionStart = data->SelectionEnd = std::clamp(jump_to_, 0, data->BufTextLen);
    jump_to_ = -1;
  }
  widget_cursor_ = data->CursorPos;
  selection_start_ = data->SelectionStart;
  selection_end_ = data->SelectionEnd;
  return 0;
}

void EditorView::set_widget_text(std::string text, int cursor) {
  widget_.set_text(std::move(text));
  rewrap();
  replace_pending_ = true;
  replace_cursor_ = wrap_.to_wrapped(cursor);
  edited_ = true;
}

void EditorView::rewrap() {
  wrap_.wrap(
      widget_.text(), wrap_width_,
      [](const void* context, std::string_view s) {
        const ImFont* font = static_cast<const ImFont*>(context);
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, s.data(), s.data() + s.size()).x;
      },
      font_);
  syntax_ = classify_lure(widget_.text());
}

void EditorView::draw_text(ImDrawList* dl, ImFont* font, ImVec2 at, int first_row, int last_row) const {
  const CodeColours& k = code_colours();
  const float lh = font->FontSize;
  const std::string& text = widget_.text();
  for (int r = first_row; r <= last_row && r < int(wrap_.rows().size()); ++r) {
    const WrapRow& row = wrap_.rows()[size_t(r)];
    const int line_start = widget_.offset_of(row.line);
    const float y = at.y + float(r) * lh;
    float x = at.x;
    const std::vector<SyntaxSpan>& spans = syntax_[size_t(row.line - 1)];
    for (const SyntaxSpan& s : spans) {
      const int b = std::max(line_start + s.begin, row.begin), e = std::min(line_start + s.end, row.end);
      if (e <= b) continue;
      const char* from = text.data() + b;
      const char* to = text.data() + e;
      dl->AddText(font, lh, ImVec2(x, y), colour_of(s.cls, k), from, to);
      x += font->CalcTextSizeA(lh, FLT_MAX, 0.f, from, to).x;
    }
  }
}

void EditorView::draw(StudioModel& model, const Theme& theme, ImVec2 size, double now) {
  const CodeColours& k = code_colours();
  ImFont* font = theme.fonts().small;
  ImGui::PushFont(font);
  const float lh = font->FontSize;
  const ImVec2 pad(theme.sp(6.f), theme.sp(2.f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, pad);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, k.background);
  // The vertical scrollbar always shows: one that came and went with the text's height would
  // change the wrapping width, and so the height again.
  ImGui::BeginChild("editor-scroll", size, true, ImGuiWindowFlags_AlwaysVerticalScrollbar);
  now_ = now;

  TextDocument& doc = model.document();
  char number[16];
  std::snprintf(number, sizeof number, "%d", std::max(doc.line_count(), 999));
  const float gutter = font->CalcTextSizeA(lh, FLT_MAX, 0.f, number).x + theme.sp(22.f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float view_h = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y * 2.f;
  const float view_w = ImGui::GetContentRegionAvail().x;
  const float wrap_width = std::max(lh * 6.f, view_w - gutter - pad.x * 2.f - lh * 0.5f);

  font_ = font;
  if (model.path() != open_path_) {  // another file: its own history
    open_path_ = model.path();
    undo_.clear();
    redo_.clear();
  }
  if (model.revision() != own_revision_) {  // opened, reloaded or edited from outside the widget
    if (own_revision_ >= 0) generation_ ^= 1;
    own_revision_ = model.revision();
    widget_.set_text(mapping_.to_widget(doc.text()));
    wrap_width_ = wrap_width;
    rewrap();
    buffer_ = wrap_.wrapped();
    replace_pending_ = false;
    widget_cursor_ = -1;
    selection_start_ = selection_end_ = 0;
  } else if (std::abs(wrap_width - wrap_width_) > 0.5f) {  // the panel changed size
    const int cursor = widget_cursor_ >= 0 ? wrap_.to_unwrapped(widget_cursor_) : 0;
    wrap_width_ = wrap_width;
    rewrap();
    if (focused_) {
      replace_pending_ = true;
      replace_cursor_ = wrap_.to_wrapped(cursor);
    } else {
      buffer_ = wrap_.wrapped();
    }
  }

  // ---- the text: ImGui's input with transparent glyphs, for the caret, selection and keys ----
  std::optional<JumpRequest> jump = model.pending_jump();
  bool jumping = false;
  if (jump) {
    if (!focused_) focus_next_ = true;
    if (!focus_next_) {  // active already: the callback moves the cursor this frame
      jump_to_ = wrap_.to_wrapped(widget_.offset_of(jump->line, jump->column));
      jumping = true;
      model.take_jump();
    }
    centre_next_ = true;
  }
  if (focus_next_) {
    ImGui::SetKeyboardFocusHere();
    focus_next_ = false;  // active from the next frame; the jump is applied then
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gutter, origin.y));
  const int rows = int(wrap_.rows().size());
  const ImVec2 box(view_w - gutter, float(rows + 1) * lh + pad.y * 2.f);
  const std::string id = "##lure-text-" + std::to_string(generation_);
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways |
                                    ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_NoUndoRedo;
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  edited_ = false;
  ImGui::InputTextMultiline(id.c_str(), buffer_.data(), buffer_.capacity() + 1, box, flags, text_callback, this);
  ImGui::PopStyleColor(2);
  focused_ = ImGui::IsItemActive();
  if (buffer_ != wrap_.wrapped() && !focused_) buffer_ = wrap_.wrapped();
  if (edited_) {
    std::string text = mapping_.from_widget(widget_.text());
    if (text != doc.text()) {
      doc.set_text(std::move(text));
      model.note_edited(now);
    }
    own_revision_ = model.revision();
  }
  if (jump_to_ >= 0 && jumping && jump) {  // not applied: retry
    jump_to_ = -1;
    model.request_jump(jump->line, jump->column);
  }
  auto to_doc = [&](int wrapped) {
    const int o = wrap_.to_unwrapped(wrapped);
    return doc.offset_of(widget_.line_of(o), widget_.column_of(o));
  };
  if (focused_ && widget_cursor_ >= 0) model.set_cursor(to_doc(widget_cursor_));

  // The caret's row on screen (the end of a row and the start of the next are one offset).
  const int cursor_wrapped =
      widget_cursor_ >= 0
          ? std::min(widget_cursor_, int(wrap_.wrapped().size()))
          : wrap_.to_wrapped(std::clamp(widget_.offset_of(model.cursor_line(), doc.column_of(model.cursor_offset())), 0,
                                        int(widget_.text().size())));
  const int caret_row = wrap_.row_of_wrapped(cursor_wrapped);
  if (focused_) {  // for scripts (expect-text): where the caret is in the text and on screen
    const int o = wrap_.to_unwrapped(cursor_wrapped);
    trace_text("editor caret " + std::to_string(widget_.line_of(o)) + ":" + std::to_string(widget_.column_of(o)) +
               " on row " + std::to_string(caret_row + 1) + ".");
  }

  // Keep the cursor in view: the outer child scrolls, the input itself is as tall as the text.
  const int cursor = model.cursor_offset();
  if (cursor != last_cursor_ || centre_next_ || edited_) {
    const float y = pad.y + float(caret_row) * lh;
    const float sy = ImGui::GetScrollY();
    if (centre_next_ && (jumping || !jump)) {
      ImGui::SetScrollY(std::max(0.f, y - view_h * 0.35f));
      centre_next_ = false;
    } else if (y < sy) {
      ImGui::SetScrollY(y);
    } else if (y + lh > sy + view_h) {
      ImGui::SetScrollY(y + lh * 2.f - view_h);
    }
    last_cursor_ = cursor;
  }

  // ---- the coloured text and the caret over the input ----
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float scroll_y = ImGui::GetScrollY();
  const int first_row = std::clamp(int((scroll_y - pad.y) / lh) - 1, 0, rows - 1);
  const int last_row = std::min(rows - 1, int((scroll_y + view_h) / lh) + 1);
  const ImVec2 text_at(origin.x + gutter + pad.x, origin.y + pad.y);
  draw_text(dl, font, text_at, first_row, last_row);
  if (focused_) {
    const int row_start = wrap_.row_start_wrapped(caret_row);
    const char* row_text = wrap_.wrapped().data() + row_start;
    const float cx =
        text_at.x + font->CalcTextSizeA(lh, FLT_MAX, 0.f, row_text, row_text + (cursor_wrapped - row_start)).x;
    const float cy = text_at.y + float(caret_row) * lh;
    dl->AddLine(ImVec2(cx, cy), ImVec2(cx, cy + lh - 1.f), k.caret, std::max(1.f, theme.sp(1.5f)));
  }

  // ---- the gutter: a number on each line's first row, the cursor line, markers ----
  const ImVec2 wmin = ImGui::GetWindowPos();
  const float gx = origin.x;
  dl->AddRectFilled(ImVec2(gx, wmin.y), ImVec2(gx + gutter - theme.sp(4.f), wmin.y + ImGui::GetWindowHeight()),
                    k.gutter);
  const int cursor_line = model.cursor_line();
  const std::string playing = model.playtest().running() ? model.playtest().current_node() : std::string();
  const int playing_line = playing.empty() ? 0 : model.line_of_node(playing);
  auto row_y = [&](int r) { return origin.y + pad.y + float(r) * lh; };
  for (int r = first_row; r <= last_row; ++r) {
    const WrapRow& row = wrap_.rows()[size_t(r)];
    const float y = row_y(r);
    if (row.line == cursor_line)
      dl->AddRectFilled(ImVec2(gx, y), ImVec2(gx + gutter - theme.sp(4.f), y + lh), k.gutter_line);
    if (row.line == playing_line)
      dl->AddRectFilled(ImVec2(gx, y), ImVec2(gx + theme.sp(4.f), y + lh), theme.palette().accent);
    if (!row.first) continue;
    std::snprintf(number, sizeof number, "%d", row.line);
    const float w = font->CalcTextSizeA(lh, FLT_MAX, 0.f, number).x;
    dl->AddText(font, lh, ImVec2(gx + gutter - theme.sp(12.f) - w, y),
                row.line == cursor_line ? k.line_number_current : k.line_number, number);
  }
  // Diagnostic markers: a dot on the line's first row, red for errors, amber for warnings.
  const int first_line = wrap_.rows()[size_t(first_row)].line,
            last_line = wrap_.rows()[size_t(std::max(first_row, last_row))].line;
  for (int pass = 0; pass < 2; ++pass)  // warnings first, so an error's red dot stays on top
    for (const lure::Diagnostic& d : model.diagnostics()) {
      if ((d.severity == lure::Severity::Error) != (pass == 1)) continue;
      if (!model.diagnostic_in_document(d) || d.line < first_line || d.line > last_line) continue;
      const float y = row_y(wrap_.first_row_of_line(d.line)) + lh * 0.5f;
      const ImU32 col = d.severity == lure::Severity::Error ? IM_COL32(240, 90, 80, 255) : IM_COL32(240, 180, 60, 255);
      dl->AddCircleFilled(ImVec2(gx + theme.sp(8.f), y), lh * 0.22f, col, 12);
    }

  // Scripts tap the visible part of the editor (`tap studio:editor`) to place the cursor there.
  trace_target("studio:editor", ImVec2(wmin.x + gutter, wmin.y),
               ImVec2(wmin.x + ImGui::GetWindowWidth(), wmin.y + ImGui::GetWindowHeight()));
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  ImGui::PopFont();
}

}  // namespace lureproof
