// EditorView: the multiline input (std::string resize callback), cursor tracking and jumps through
// the CallbackAlways hook, and the gutter drawn beside it in the same scrolled child window.
#include "studio/editor_view.h"

#include "ui/ui_trace.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace lureproof {

namespace {

struct CallbackData {
  std::string* text = nullptr;
  int jump_offset = -1;  // move the cursor here (then cleared)
  int cursor = -1;       // the cursor after this frame
};

int text_callback(ImGuiInputTextCallbackData* data) {
  auto* c = static_cast<CallbackData*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    c->text->resize(size_t(data->BufTextLen));
    data->Buf = c->text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
    if (c->jump_offset >= 0) {
      const int at = std::clamp(c->jump_offset, 0, data->BufTextLen);
      data->CursorPos = data->SelectionStart = data->SelectionEnd = at;
      c->jump_offset = -1;
    }
    c->cursor = data->CursorPos;
  }
  return 0;
}

}  // namespace

void EditorView::measure(const StudioModel& model, ImFont* font) {
  if (measured_revision_ == model.revision()) return;
  measured_revision_ = model.revision();
  longest_line_ = 0.f;
  const TextDocument& doc = model.document();
  for (int l = 1; l <= doc.line_count(); ++l) {
    const std::string_view line = doc.line(l);
    if (line.size() * size_t(font->FontSize) < size_t(longest_line_)) continue;  // cannot be longer
    longest_line_ = std::max(longest_line_, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, line.data(),
                                                                 line.data() + line.size()).x);
  }
}

void EditorView::draw(StudioModel& model, const Theme& theme, ImVec2 size, double now) {
  const Palette& p = theme.palette();
  ImFont* font = theme.fonts().small;
  ImGui::PushFont(font);
  const float lh = font->FontSize;
  const ImVec2 pad(theme.sp(6.f), theme.sp(2.f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, pad);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(18, 22, 34, 255));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(18, 22, 34, 255));
  ImGui::BeginChild("editor-scroll", size, true, ImGuiWindowFlags_HorizontalScrollbar);

  if (model.revision() != own_revision_) {  // opened, reloaded or edited from outside the widget
    if (own_revision_ >= 0) generation_ ^= 1;
    own_revision_ = model.revision();
    widget_.set_text(mapping_.to_widget(model.document().text()));
  }
  measure(model, font);
  TextDocument& doc = model.document();
  const int lines = doc.line_count();
  char number[16];
  std::snprintf(number, sizeof number, "%d", std::max(lines, 999));
  const float gutter = font->CalcTextSizeA(lh, FLT_MAX, 0.f, number).x + theme.sp(22.f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float view_h = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y * 2.f;
  const float view_w = ImGui::GetContentRegionAvail().x;

  // ---- the text ----
  CallbackData cb;
  cb.text = &widget_.mutable_text();
  // Offsets differ between the two texts (stand-ins are shorter); line:column is the same in both.
  auto to_widget = [&](int offset) { return widget_.offset_of(doc.line_of(offset), doc.column_of(offset)); };
  auto from_widget = [&](int offset) { return doc.offset_of(widget_.line_of(offset), widget_.column_of(offset)); };
  std::optional<JumpRequest> jump = model.pending_jump();
  if (jump) {
    if (!focused_) focus_next_ = true;
    if (!focus_next_) {  // active already: the callback moves the cursor this frame
      cb.jump_offset = widget_.offset_of(jump->line, jump->column);
      model.take_jump();
    }
    centre_next_ = true;
  }
  if (focus_next_) {
    ImGui::SetKeyboardFocusHere();
    focus_next_ = false;  // active from the next frame; the jump is applied then
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x + gutter, origin.y));
  const ImVec2 box(std::max(view_w - gutter, longest_line_ + lh * 3.f), float(lines + 1) * lh + pad.y * 2.f);
  const std::string id = "##lure-text-" + std::to_string(generation_);
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways |
                                    ImGuiInputTextFlags_AllowTabInput;
  const bool changed = ImGui::InputTextMultiline(id.c_str(), cb.text->data(), cb.text->capacity() + 1, box, flags,
                                                 text_callback, &cb);
  focused_ = ImGui::IsItemActive();
  if (changed) {
    widget_.changed();
    std::string text = mapping_.from_widget(widget_.text());
    if (text != doc.text()) {  // ImGui also reports "changed" when it only re-encoded the text
      doc.set_text(std::move(text));
      model.note_edited(now);
    }
    own_revision_ = model.revision();
  }
  if (cb.jump_offset >= 0 && jump) model.request_jump(jump->line, jump->column);  // not applied: retry
  if (cb.cursor >= 0) model.set_cursor(from_widget(cb.cursor));

  // Keep the cursor in view: the outer child scrolls, the input itself is as tall as the text.
  const int cursor = model.cursor_offset();
  if (cursor != last_cursor_ || centre_next_) {
    const int line = model.cursor_line();
    const float y = pad.y + float(line - 1) * lh;
    const float sy = ImGui::GetScrollY();
    if (centre_next_ && cb.cursor >= 0) {
      ImGui::SetScrollY(std::max(0.f, y - view_h * 0.35f));
      centre_next_ = false;
    } else if (y < sy) {
      ImGui::SetScrollY(y);
    } else if (y + lh > sy + view_h) {
      ImGui::SetScrollY(y + lh * 2.f - view_h);
    }
    const std::string_view text_line = widget_.line(line);
    const int col_bytes = std::clamp(to_widget(cursor) - widget_.offset_of(line), 0, int(text_line.size()));
    const float x = gutter + pad.x + font->CalcTextSizeA(lh, FLT_MAX, 0.f, text_line.data(), text_line.data() + col_bytes).x;
    const float sx = ImGui::GetScrollX();
    if (x < sx + gutter) ImGui::SetScrollX(std::max(0.f, x - gutter - lh * 4.f));
    else if (x + lh > sx + view_w) ImGui::SetScrollX(x + lh * 4.f - view_w);
    last_cursor_ = cursor;
  }

  // ---- the gutter (drawn after the text so it stays on top while scrolling sideways) ----
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float scroll_x = ImGui::GetScrollX(), scroll_y = ImGui::GetScrollY();
  const float gx = origin.x + scroll_x;
  const ImVec2 wmin = ImGui::GetWindowPos();
  dl->AddRectFilled(ImVec2(gx, wmin.y), ImVec2(gx + gutter - theme.sp(4.f), wmin.y + ImGui::GetWindowHeight()),
                    IM_COL32(28, 33, 48, 255));
  const int first = std::max(1, int(scroll_y / lh));
  const int last = std::min(lines, int((scroll_y + view_h) / lh) + 2);
  const int cursor_line = model.cursor_line();
  const std::string playing = model.playtest().running() ? model.playtest().current_node() : std::string();
  const int playing_line = playing.empty() ? 0 : model.line_of_node(playing);
  for (int l = first; l <= last; ++l) {
    const float y = origin.y + pad.y + float(l - 1) * lh;
    if (l == cursor_line)
      dl->AddRectFilled(ImVec2(gx, y), ImVec2(gx + gutter - theme.sp(4.f), y + lh), IM_COL32(50, 60, 90, 255));
    if (l == playing_line)
      dl->AddRectFilled(ImVec2(gx, y), ImVec2(gx + theme.sp(4.f), y + lh), p.accent);
    std::snprintf(number, sizeof number, "%d", l);
    const float w = font->CalcTextSizeA(lh, FLT_MAX, 0.f, number).x;
    dl->AddText(font, lh, ImVec2(gx + gutter - theme.sp(12.f) - w, y),
                l == cursor_line ? IM_COL32(230, 234, 245, 255) : IM_COL32(120, 128, 150, 255), number);
  }
  // Diagnostic markers: a dot in the gutter, red for errors, amber for warnings.
  for (int pass = 0; pass < 2; ++pass)  // warnings first, so an error's red dot stays on top
  for (const lure::Diagnostic& d : model.diagnostics()) {
    if ((d.severity == lure::Severity::Error) != (pass == 1)) continue;
    if (!model.diagnostic_in_document(d) || d.line < first || d.line > last) continue;
    const float y = origin.y + pad.y + float(d.line - 1) * lh + lh * 0.5f;
    const ImU32 col = d.severity == lure::Severity::Error ? IM_COL32(240, 90, 80, 255) : IM_COL32(240, 180, 60, 255);
    dl->AddCircleFilled(ImVec2(gx + theme.sp(8.f), y), lh * 0.22f, col, 12);
  }

  // Scripts tap the visible part of the editor (`tap studio:editor`) to place the cursor there.
  trace_target("studio:editor", ImVec2(wmin.x + gutter, wmin.y), ImVec2(wmin.x + ImGui::GetWindowWidth(), wmin.y + ImGui::GetWindowHeight()));
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  ImGui::PopFont();
}

}  // namespace lureproof
