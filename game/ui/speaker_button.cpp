// The read-aloud button: a loudspeaker (waves when on) and its state, in one rounded button.
#include "ui/speaker_button.h"

#include "l10n/tr.h"
#include "ui/focus_nav.h"
#include "ui/icons.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

namespace lureproof {

namespace {
std::string speaker_label(bool on) { return std::string(tr("Read aloud")) + ": " + (on ? tr("On") : tr("Off")); }
}  // namespace

float speaker_button_width(bool on, const Theme& theme) {
  ImFont* f = theme.fonts().body_bold;
  const float h = theme.sp(space::touch) * 1.15f;
  return h + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, speaker_label(on).c_str()).x + theme.sp(space::l);
}

SpeakerButton speaker_button(const char* id, ImVec2 pos, bool on, const std::string& note, const Theme& theme,
                             bool default_focus) {
  const Palette& p = theme.palette();
  const float h = theme.sp(space::touch) * 1.15f;
  SpeakerButton out;
  out.width = speaker_button_width(on, theme);
  const ImVec2 size(out.width, h), end(pos.x + size.x, pos.y + size.y);
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
  dl->AddRectFilled(a, b, bg, h * 0.5f);
  if (!on || theme.high_contrast())
    dl->AddRect(a, b, p.card_border, h * 0.5f, 0, theme.sp(theme.high_contrast() ? 3.f : 1.5f));
  icon::speaker(dl, ImVec2(pos.x + h * 0.55f, pos.y + h * 0.5f), h * 0.62f, fg, on);
  ImFont* f = theme.fonts().body_bold;
  {
    const TraceQuiet quiet;  // the action's label says it
    text_at(dl, f, ImVec2(pos.x + h, pos.y + (h - f->FontSize) * 0.5f), fg, label);
  }
  if (out.focused) {
    focus_ring(dl, pos, end, theme, h * 0.5f);
    ui_trace().focused = id;
  }
  trace_target(id, pos, end);
  return out;
}

}  // namespace lureproof
