// Settings overlay: a scrim, a centred card with a text-size stepper, three on/off rows and the
// read-aloud button (with its Stop / Skip / Repeat row while on). Every row is as tall as its text
// needs; when the card would be taller than the window (large text on a phone) its rows scroll
// above the Done button, which stays in view.
#include "screens/settings_overlay.h"
#include "l10n/tr.h"

#include "journey/display_text.h"
#include "ui/button_row.h"
#include "ui/focus_nav.h"
#include "ui/speaker_button.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace lureproof {

namespace {

// A labelled row: the label left of its control, or above it when the label's words do not fit
// beside it (narrow phones, large text, long words). The control sits at the right.
struct Row {
  std::string label;
  float control_w = 0.f, control_h = 0.f;
  bool above = false;
  float label_h = 0.f, h = 0.f;
};

Row measure_row(std::string label, float iw, float control_w, float control_h, const Theme& theme) {
  Row r{std::move(label), control_w, control_h};
  ImFont* f = theme.fonts().body;
  const float beside = iw - control_w - theme.sp(space::m);
  const TextBlock block = layout_text(f, f->FontSize, displayable(r.label), std::max(beside, 1.f));
  r.above = beside < theme.sp(space::xl) || block.broken_word || block.lines.size() > 2;
  r.label_h = r.above ? text_size(f, r.label, iw).y : block.size.y;
  r.h = r.above ? r.label_h + theme.sp(space::s) + control_h : std::max(control_h, r.label_h);
  return r;
}

// Draws the row's label at `pos`; returns where its control goes.
ImVec2 draw_row_label(ImDrawList* dl, const Row& r, ImVec2 pos, float iw, const Theme& theme) {
  const TraceQuiet quiet;  // part of the control's spoken label
  ImFont* f = theme.fonts().body;
  const ImU32 colour = theme.palette().text;
  if (r.above) {
    text_at(dl, f, pos, colour, r.label, iw);
    return ImVec2(pos.x + iw - r.control_w, pos.y + r.label_h + theme.sp(space::s));
  }
  text_at(dl, f, ImVec2(pos.x, pos.y + (r.h - r.label_h) * 0.5f), colour, r.label,
          iw - r.control_w - theme.sp(space::m));
  return ImVec2(pos.x + iw - r.control_w, pos.y + (r.h - r.control_h) * 0.5f);
}

// Everything the card holds, measured before it is drawn (the card and its scroll area need the height).
struct SettingsLayout {
  float iw = 0.f, gap = 0.f;
  float title_h = 0.f;
  float step_w = 0.f, step_h = 0.f, value_w = 0.f;  // [A-] value [A+]
  bool value_in_label = false;                      // "Text size 200 %" above [A-] [A+]
  Row text_size, contrast, motion, sound;
  float toggle_w = 0.f;
  float speaker_h = 0.f, note_h = 0.f;
  ButtonRowLayout speech;
  float done_h = 0.f;
  float rows_h = 0.f;  // the scrolling part: title to the speech controls
};

const char* kSpeechLabels[] = {N_("Stop"), N_("Skip"), N_("Repeat")};

std::string percent_text(const Settings& s) { return std::to_string(int(std::lround(s.text_size * 100.f))) + " %"; }
std::string text_size_label(const Settings& s, bool with_value) {
  return with_value ? std::string(tr("Text size")) + " " + percent_text(s) : std::string(tr("Text size"));
}

SettingsLayout measure(const Settings& s, const SpeechPanel& speech, float iw, const Theme& theme) {
  const Fonts& f = theme.fonts();
  SettingsLayout l;
  l.iw = iw;
  l.gap = theme.sp(space::m);
  l.title_h = text_size(f.heading, tr("Settings"), iw).y + theme.sp(space::m);
  // The stepper's buttons and value hold their text at any text size.
  l.step_w = std::max(theme.sp(72.f), std::max(text_size(f.body_bold, "A+").x, text_size(f.body_bold, "A-").x) +
                                          theme.sp(space::l) * 2);
  l.value_w = std::max(theme.sp(110.f), text_size(f.body_bold, "200 %").x + theme.sp(space::m));
  l.step_h = big_button_height("A+", l.step_w, theme, ButtonKind::Secondary);
  // Too narrow for [A-] 200 % [A+] (a small phone at 200 %): the value joins the label.
  l.value_in_label = l.step_w * 2 + l.value_w > iw;
  if (l.value_in_label) l.value_w = theme.sp(space::s);
  l.text_size = measure_row(text_size_label(s, l.value_in_label), iw, l.step_w * 2 + l.value_w, l.step_h, theme);
  // On / Off buttons: as wide as the longer state needs, never under 150 pt.
  const float state_w = std::max(text_size(f.body_bold, tr("On")).x, text_size(f.body_bold, tr("Off")).x);
  l.toggle_w = std::min(iw, std::max(theme.sp(150.f), state_w + theme.sp(space::l) * 2));
  const float toggle_h = std::max(big_button_height(tr("On"), l.toggle_w, theme, ButtonKind::Primary),
                                  big_button_height(tr("Off"), l.toggle_w, theme, ButtonKind::Primary));
  l.contrast = measure_row(tr("High contrast"), iw, l.toggle_w, toggle_h, theme);
  l.motion = measure_row(tr("Reduce motion"), iw, l.toggle_w, toggle_h, theme);
  l.sound = measure_row(tr("Sound"), iw, l.toggle_w, toggle_h, theme);
  l.speaker_h = speaker_button_size(s.read_aloud, theme, iw).y;
  l.note_h = speech.note.empty() ? 0.f : text_size(f.small, speech.note, iw).y;
  if (s.read_aloud)
    l.speech = button_row_layout({tr(kSpeechLabels[0]), tr(kSpeechLabels[1]), tr(kSpeechLabels[2])}, iw,
                                 theme.sp(space::s), theme.sp(space::touch), theme);
  l.done_h = std::max(theme.sp(72.f), big_button_height(tr("Done"), iw, theme, ButtonKind::Primary));
  l.rows_h = l.title_h + l.text_size.h + l.contrast.h + l.motion.h + l.sound.h + l.speaker_h + l.gap * 4 +
             (l.note_h > 0.f ? l.note_h + theme.sp(space::s) : 0.f) + (s.read_aloud ? l.gap + l.speech.height : 0.f);
  return l;
}

bool toggle(const char* id, const Row& r, bool value, ImVec2 pos, const SettingsLayout& l, const Theme& theme,
            ImDrawList* dl) {
  const ImVec2 at = draw_row_label(dl, r, pos, l.iw, theme);
  const char* state = value ? tr("On") : tr("Off");
  return big_button(id, state, at, ImVec2(r.control_w, r.control_h),
                    value ? ButtonKind::Primary : ButtonKind::Secondary, theme, id, r.label + ": " + state);
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
  const float pad = theme.sp(space::l), margin = theme.sp(space::m);
  const float w = std::min(sz.x - margin * 2, theme.sp(640.f));
  const SettingsLayout l = measure(s, speech, w - pad * 2, theme);
  const float iw = l.iw;
  // The card: as tall as its rows, or the window's height with the rows scrolling.
  const float done_block = theme.sp(space::s) + l.done_h;
  const float h = std::min(pad * 2 + l.rows_h + done_block, sz.y - margin * 2);
  const ImVec2 a(o.x + (sz.x - w) * 0.5f, o.y + std::max(margin, (sz.y - h) * 0.5f));
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

  // The rows scroll between the card's top and the Done button; the scroll hint sits in the right padding.
  const float x = a.x + pad, inset = theme.sp(space::s);
  const float area_top = a.y + inset, area_bottom = b.y - pad - done_block;
  // Rounded up: ImGui rounds a child's size down, which would leave rows that fit a pixel to scroll.
  ImDrawList* rows = begin_scroll_area("settings-rows", ImVec2(x, area_top),
                                       ImVec2(iw + pad - inset, std::ceil(area_bottom - area_top)));
  float y = area_top + (pad - inset) - ImGui::GetScrollY();
  const float y0 = y;
  trace_title(tr("Settings"));
  text_at(rows, f.heading, ImVec2(x, y), p.text, tr("Settings"), iw);
  y += l.title_h;
  {  // Text size stepper: [A-]  150 %  [A+]
    const int percent = int(std::lround(s.text_size * 100.f));
    const std::string value = percent_text(s);
    const std::string now = std::string(tr("Text size")) + " " + value;
    const ImVec2 at = draw_row_label(rows, l.text_size, ImVec2(x, y), iw, theme);
    // A+ first: the first stop for Tab (A- does nothing at 100 %).
    if (big_button("text-bigger", "A+", ImVec2(at.x + l.step_w + l.value_w, at.y), ImVec2(l.step_w, l.step_h),
                   percent >= 200 ? ButtonKind::Disabled : ButtonKind::Secondary, theme, "text-bigger",
                   std::string(tr("Larger text")) + " (" + now + ")"))
      s.text_size = std::min(2.f, s.text_size + 0.25f);
    if (!l.value_in_label) {
      const TraceQuiet quiet;  // part of the buttons' spoken labels
      text_centred(rows, f.body_bold, at.x + l.step_w + l.value_w * 0.5f,
                   at.y + (l.step_h - f.body_bold->FontSize) * 0.5f, p.text, value);
    }
    if (big_button("text-smaller", "A-", at, ImVec2(l.step_w, l.step_h),
                   percent <= 100 ? ButtonKind::Disabled : ButtonKind::Secondary, theme, "text-smaller",
                   std::string(tr("Smaller text")) + " (" + now + ")"))
      s.text_size = std::max(1.f, s.text_size - 0.25f);
    y += l.text_size.h + l.gap;
  }
  if (toggle("high-contrast", l.contrast, s.high_contrast, ImVec2(x, y), l, theme, rows))
    s.high_contrast = !s.high_contrast, s.contrast_chosen = true;
  y += l.contrast.h + l.gap;
  if (toggle("reduced-motion", l.motion, s.reduced_motion, ImVec2(x, y), l, theme, rows))
    s.reduced_motion = !s.reduced_motion, s.motion_chosen = true;
  y += l.motion.h + l.gap;
  if (toggle("sound", l.sound, s.sound, ImVec2(x, y), l, theme, rows)) s.sound = !s.sound;
  y += l.sound.h + l.gap;
  if (speaker_button("settings-read-aloud", ImVec2(x, y), s.read_aloud, speech.note, theme, true, iw).pressed)
    s.read_aloud = !s.read_aloud, s.read_aloud_chosen = true;
  y += l.speaker_h;
  if (!speech.note.empty()) {
    const TraceQuiet quiet;  // in the button's spoken label
    y += theme.sp(space::s) + text_at(rows, f.small, ImVec2(x, y + theme.sp(space::s)), p.text_muted, speech.note, iw);
  }
  if (s.read_aloud) {  // what is being said: stop it, skip to the next, say the last one again
    y += l.gap;
    const struct {
      const char* id;
      SpeechCommand command;
    } controls[] = {{"speech-stop", SpeechCommand::Stop},
                    {"speech-skip", SpeechCommand::Skip},
                    {"speech-repeat", SpeechCommand::Repeat}};
    for (int i = 0; i < 3; ++i)
      if (big_button(controls[i].id, tr(kSpeechLabels[i]), l.speech.slot(ImVec2(x, y), i),
                     ImVec2(l.speech.button_w, l.speech.button_h), ButtonKind::Secondary, theme, controls[i].id))
        speech.command = controls[i].command;
    y += l.speech.height;
  }
  end_scroll_area(y - y0 + (pad - inset));

  if (big_button("settings-done", tr("Done"), ImVec2(x, b.y - pad - l.done_h), ImVec2(iw, l.done_h),
                 ButtonKind::Primary, theme, "settings-done"))
    close = true;
  if (nav_cancel_pressed()) close = true;  // Escape or gamepad B
  ImGui::End();
  return close;
}

}  // namespace lureproof
