// Settings overlay: a scrim, a centred card with a text-size stepper, three on/off rows and the
// read-aloud button (with its Stop / Skip / Repeat row while on).
#include "screens/settings_overlay.h"
#include "l10n/tr.h"

#include "ui/focus_nav.h"
#include "ui/speaker_button.h"
#include "ui/ui_trace.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace lureproof {

namespace {

// One "label ........ [On/Off]" row; returns true when toggled.
bool toggle_row(const char* id, const char* label, bool value, ImVec2 pos, float w, const Theme& theme) {
  const Palette& p = theme.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float bw = theme.sp(150.f), bh = theme.sp(space::touch);
  {
    const TraceQuiet quiet;  // part of the button's spoken label
    text_at(dl, theme.fonts().body, ImVec2(pos.x, pos.y + (bh - theme.fonts().body->FontSize) * 0.5f), p.text, label,
            w - bw - theme.sp(space::m));
  }
  const char* state = value ? tr("On") : tr("Off");
  return big_button(id, state, ImVec2(pos.x + w - bw, pos.y), ImVec2(bw, bh),
                    value ? ButtonKind::Primary : ButtonKind::Secondary, theme, id, std::string(label) + ": " + state);
}

}  // namespace

bool draw_settings_button(const UiContext& ui) {
  const Theme& theme = ui.theme;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float btn = theme.sp(space::touch), pad = theme.sp(space::l);
  const ImVec2 size(btn + pad * 2, btn + pad * 2);
  // Drawn into the screen's own window (appended), so arrows, D-pad and Tab reach it from the
  // screen's buttons; a window of its own only when no screen window was drawn this frame.
  if (const char* screen = current_screen_window()) {
    ImGui::Begin(screen);
  } else {
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - size.x, vp->Pos.y));
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("settings-button", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
  }
  const bool pressed = icon_button("gear", IconKind::Settings,
                                   ImVec2(vp->Pos.x + vp->Size.x - pad - btn * 0.5f, vp->Pos.y + pad + btn * 0.5f), btn,
                                   theme, "settings");
  ImGui::End();
  return pressed;
}

bool draw_settings_overlay(const UiContext& ui, Settings& s, SpeechPanel& speech) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  ImDrawList* dl = begin_modal_overlay("settings-overlay", theme);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 o = vp->Pos, sz = vp->Size;
  const float pad = theme.sp(space::l);
  const float w = std::min(sz.x - theme.sp(space::m) * 2, theme.sp(640.f));
  const float row = theme.sp(space::touch) + theme.sp(space::m);
  const float iw = w - pad * 2;
  const float speaker_row = theme.sp(space::touch) * 1.15f + theme.sp(space::m);
  const float note_h = speech.note.empty() ? 0.f : text_size(f.small, speech.note, iw).y + theme.sp(space::s);
  // "Text size" goes above its stepper when the row leaves it too little room (narrow phones, long words).
  const float step_w = theme.sp(72.f) * 2 + theme.sp(110.f) + theme.sp(space::s);
  const bool label_above = text_size(f.body, tr("Text size")).x > iw - step_w;
  const float label_above_h = label_above ? text_size(f.body, tr("Text size"), iw).y + theme.sp(space::s) : 0.f;
  const float h = pad * 2 + f.heading->FontSize * 1.4f + row * 4 + speaker_row + note_h + (s.read_aloud ? row : 0.f) +
                  theme.sp(72.f) + theme.sp(space::m) + label_above_h;
  const ImVec2 a(o.x + (sz.x - w) * 0.5f, o.y + std::max(theme.sp(space::m), (sz.y - h) * 0.5f));
  const ImVec2 b(a.x + w, a.y + h);
  dl->AddRectFilled(a, b, theme.high_contrast() ? IM_COL32(0, 0, 0, 255) : IM_COL32(30, 36, 62, 255),
                    theme.sp(space::radius));
  dl->AddRect(a, b, p.card_border, theme.sp(space::radius), 0, theme.sp(theme.high_contrast() ? 3.f : 1.f));
  // Swallow taps on the scrim so nothing underneath reacts.
  ImGui::SetCursorScreenPos(o);
  // Not a focus stop for keyboard or gamepad (nor the first focus when the overlay opens).
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav | ImGuiItemFlags_NoNavDefaultFocus, true);
  ImGui::InvisibleButton("scrim", sz);
  ImGui::PopItemFlag();
  ImGui::SetItemAllowOverlap();
  bool close = false;
  float y = a.y + pad;
  trace_title(tr("Settings"));
  text_at(dl, f.heading, ImVec2(a.x + pad, y), p.text, tr("Settings"), iw);
  y += f.heading->FontSize * 1.4f;
  // Text size stepper: [A-]  150 %  [A+]
  {
    const float bw = theme.sp(72.f), bh = theme.sp(space::touch);
    const int percent = int(std::lround(s.text_size * 100.f));
    const std::string value = std::to_string(percent) + " %";
    const TraceQuiet quiet;  // label and value are part of the buttons' spoken labels
    const std::string now = std::string(tr("Text size")) + " " + value;
    const float right = a.x + pad + iw, vw = theme.sp(110.f);
    if (label_above) {
      text_at(dl, f.body, ImVec2(a.x + pad, y), p.text, tr("Text size"), iw);
      y += label_above_h;
    } else {
      text_at(dl, f.body, ImVec2(a.x + pad, y + (bh - f.body->FontSize) * 0.5f), p.text, tr("Text size"));
    }
    if (big_button("text-bigger", "A+", ImVec2(right - bw, y), ImVec2(bw, bh),
                   percent >= 200 ? ButtonKind::Disabled : ButtonKind::Secondary, theme, "text-bigger",
                   std::string(tr("Larger text")) + " (" + now + ")"))
      s.text_size = std::min(2.f, s.text_size + 0.25f);
    text_centred(dl, f.body_bold, right - bw - vw * 0.5f, y + (bh - f.body->FontSize) * 0.5f, p.text, value);
    if (big_button("text-smaller", "A-", ImVec2(right - bw * 2 - vw, y), ImVec2(bw, bh),
                   percent <= 100 ? ButtonKind::Disabled : ButtonKind::Secondary, theme, "text-smaller",
                   std::string(tr("Smaller text")) + " (" + now + ")"))
      s.text_size = std::max(1.f, s.text_size - 0.25f);
    y += row;
  }
  if (toggle_row("high-contrast", tr("High contrast"), s.high_contrast, ImVec2(a.x + pad, y), iw, theme))
    s.high_contrast = !s.high_contrast, s.contrast_chosen = true;
  y += row;
  if (toggle_row("reduced-motion", tr("Reduce motion"), s.reduced_motion, ImVec2(a.x + pad, y), iw, theme))
    s.reduced_motion = !s.reduced_motion, s.motion_chosen = true;
  y += row;
  if (toggle_row("sound", tr("Sound"), s.sound, ImVec2(a.x + pad, y), iw, theme)) s.sound = !s.sound;
  y += row;
  if (speaker_button("settings-read-aloud", ImVec2(a.x + pad, y), s.read_aloud, speech.note, theme).pressed)
    s.read_aloud = !s.read_aloud, s.read_aloud_chosen = true;
  y += speaker_row;
  if (!speech.note.empty()) {
    const TraceQuiet quiet;  // in the button's spoken label
    y += text_at(dl, f.small, ImVec2(a.x + pad, y - theme.sp(space::s)), p.text_muted, speech.note, iw) +
         theme.sp(space::s);
  }
  if (s.read_aloud) {  // what is being said: stop it, skip to the next, say the last one again
    const float gap = theme.sp(space::s), bw = (iw - gap * 2) / 3, bh = theme.sp(space::touch);
    const struct {
      const char* id;
      const char* label;
      SpeechCommand command;
    } controls[] = {{"speech-stop", tr("Stop"), SpeechCommand::Stop},
                    {"speech-skip", tr("Skip"), SpeechCommand::Skip},
                    {"speech-repeat", tr("Repeat"), SpeechCommand::Repeat}};
    for (int i = 0; i < 3; ++i)
      if (big_button(controls[i].id, controls[i].label, ImVec2(a.x + pad + float(i) * (bw + gap), y), ImVec2(bw, bh),
                     ButtonKind::Secondary, theme, controls[i].id))
        speech.command = controls[i].command;
    y += row;
  }
  y += theme.sp(space::s);
  if (big_button("settings-done", tr("Done"), ImVec2(a.x + pad, y), ImVec2(iw, theme.sp(72.f)), ButtonKind::Primary,
                 theme, "settings-done"))
    close = true;
  if (nav_cancel_pressed()) close = true;  // Escape or gamepad B
  ImGui::End();
  return close;
}

}  // namespace lureproof
