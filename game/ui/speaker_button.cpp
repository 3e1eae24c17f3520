// The read-aloud button: a loudspeaker (waves when on) and its state, in one rounded button.
#include "ui/speaker_button.h"

#include "l10n/tr.h"
#include "ui/focus_nav.h"
#include "ui/icons.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>

namespace lureproof {

namespace {
std::string speaker_label(bool on) { return std::string(tr("Read aloud")) + ": " + (on ? tr("On") : tr("Off")); }
}  // namespace

float speaker_button_width(bool on, const Theme& theme) {
  ImFont* f = theme.fonts().body_bold;
  const float h = theme.sp(space::touch) * 1.15f;
  return h + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, speaker_label(on).c_str()).x + theme.sp(space::l);
}

namespace {
// The room the label has beside the loudspeaker in a button `width` wide.
float label_room(float width, const Theme& theme) {
  return width - theme.sp(space::touch) * 1.15f - theme.sp(space::l);
}
}  // namespace

ImVec2 speaker_button_size(bool on, const Theme& theme, float max_w) {
  const float h = theme.sp(space::touch) * 1.15f, w = speaker_button_width(on, theme);
  if (max_w <= 0.f || w <= max_w) return ImVec2(w, h);
  const float label_h = text_size(theme.fonts().body_bold, speaker_label(on), label_room(max_w, theme)).y;
  return ImVec2(max_w, std::max(h, label_h + theme.sp(space::s) * 2));
}

SpeakerButton speaker_button(const char* id, ImVec2 pos, bool on, const std::string& note, const Theme& theme,
                             bool default_focus, float max_w) {
  const Palette& p = theme.palette();
  const ImVec2 size = speaker_button_size(on, theme, max_w);
  const float h = theme.sp(space::touch) * 1.15f;  // the loudspeaker's square at the left
  SpeakerButton out;
  out.width = size.x;
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
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
  icon::speaker(dl, ImVec2(pos.x + h * 0.55f, pos.y + size.y * 0.5f), h * 0.62f, fg, on);
  ImFont* f = theme.fonts().body_bold;
  {
    const TraceQuiet quiet;  // the action's label says it
    const float wrap = size.x < speaker_button_width(on, theme) ? label_room(size.x, theme) : 0.f;
    const float label_h = wrap > 0.f ? text_size(f, label, wrap).y : f->FontSize;
    text_at(dl, f, ImVec2(pos.x + h, pos.y + (size.y - label_h) * 0.5f), fg, label, wrap);
  }
  if (out.focused) {
    focus_ring(dl, pos, end, theme, h * 0.5f);
    ui_trace().focused = id;
  }
  trace_target(id, pos, end);
  return out;
}

}  // namespace lureproof
