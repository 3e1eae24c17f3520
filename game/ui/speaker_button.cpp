// The read-aloud button: a loudspeaker (waves when on) and its state, in one rounded button.
#include "ui/speaker_button.h"

#include "l10n/tr.h"
#include "ui/focus_nav.h"
#include "ui/icons.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

namespace lureproof {

namespace {
std::string speaker_label(bool on) { return std::string(tr("Read aloud")) + ": " + (on ? tr("On") : tr("Off")); }

// The label's lines beside the loudspeaker, and the button's size.
struct SpeakerLayout {
  TextBlock label;
  ImVec2 size;
  float icon_w = 0.f;  // the loudspeaker's column (the button's height at one line)
};
SpeakerLayout speaker_layout(bool on, const Theme& theme, float max_width) {
  ImFont* f = theme.fonts().body_bold;
  SpeakerLayout l;
  l.icon_w = theme.sp(space::touch) * 1.15f;
  const float wrap = max_width > 0.f ? std::max(max_width - l.icon_w - theme.sp(space::l), f->FontSize) : 0.f;
  l.label = layout_text(f, f->FontSize, speaker_label(on), wrap);
  l.size = ImVec2(l.icon_w + l.label.size.x + theme.sp(space::l),
                  std::max(l.icon_w, l.label.size.y + (l.icon_w - f->FontSize)));
  return l;
}
}  // namespace

ImVec2 speaker_button_size(bool on, const Theme& theme, float max_width) {
  return speaker_layout(on, theme, max_width).size;
}
float speaker_button_width(bool on, const Theme& theme) { return speaker_button_size(on, theme).x; }

SpeakerButton speaker_button(const char* id, ImVec2 pos, bool on, const std::string& note, const Theme& theme,
                             bool default_focus, float max_width) {
  const Palette& p = theme.palette();
  const SpeakerLayout layout = speaker_layout(on, theme, max_width);
  const float h = layout.icon_w;
  SpeakerButton out;
  out.width = layout.size.x;
  const ImVec2 size = layout.size, end(pos.x + size.x, pos.y + size.y);
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushID(id);
  if (!default_focus) ImGui::PushItemFlag(ImGuiItemFlags_NoNavDefaultFocus, true);
  out.pressed = ImGui::InvisibleButton("##speaker", size);
  if (!default_focus) ImGui::PopItemFlag();
  const bool held = ImGui::IsItemActive();
  const NavItemState nav = nav_item();
  ImGui::PopID();
  out.focused = nav.focused;
  out.pressed = (out.pressed && !(ImGui::IsMouseReleased(0) && dragged_too_far())) || nav.pressed;
  if (take_activation(id)) out.pressed = true;
  const std::string label = speaker_label(on);
  trace_action(id, note.empty() ? label : label + ". " + note);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float in = held ? theme.sp(2.f) : 0.f;
  const ImVec2 a(pos.x + in, pos.y + in), b(end.x - in, end.y - in);
  const ImU32 bg = on ? p.button : p.button_secondary, fg = on ? p.button_text : p.button_secondary_text;
  const float round = std::min(h, size.y) * 0.5f;
  dl->AddRectFilled(a, b, bg, round);
  if (!on || theme.high_contrast())
    dl->AddRect(a, b, p.card_border, round, 0, theme.sp(theme.high_contrast() ? 3.f : 1.5f));
  icon::speaker(dl, ImVec2(pos.x + h * 0.55f, pos.y + size.y * 0.5f), h * 0.62f, fg, on);
  ImFont* f = theme.fonts().body_bold;
  const ImVec2 label_at(pos.x + h, pos.y + (size.y - layout.label.size.y) * 0.5f);
  draw_text_block(dl, f, f->FontSize, layout.label, label_at, fg);
  trace_text(speaker_label(on));  // the action's label says it to the accessible view
  const UiBox button{pos, end, {}};
  if (tracing_layout()) trace_text_block(dl, layout.label, f->FontSize, label_at, 0.f, 0.f, &button);
  if (out.focused) {
    focus_ring(dl, pos, end, theme, round);
    ui_trace().focused = id;
  }
  trace_target(id, pos, end);
  return out;
}

}  // namespace lureproof
