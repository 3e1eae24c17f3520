// Attract screen: title, teaser bubbles, call to action. Drawn with ImDrawList on one full-screen
// window without chrome.
#include "screens/attract_screen.h"
#include "l10n/tr.h"

#include "journey/display_text.h"
#include "ui/focus_nav.h"
#include "ui/frame_demand.h"
#include "ui/icons.h"
#include "ui/speaker_button.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lureproof {

StartBy choose_start_by(bool last_input_was_key, bool pointer_is_touch, bool kiosk) {
  if (last_input_was_key) return StartBy::Key;
  return kiosk || pointer_is_touch ? StartBy::Touch : StartBy::Click;
}

const char* start_prompt(StartBy by) {
  switch (by) {
    case StartBy::Click: return N_("Click to start");
    case StartBy::Key: return N_("Press Enter to start");
    case StartBy::Touch: break;
  }
  return N_("Touch to start");
}

namespace {

// Sparse motion (docs/performance.md): every kBeat seconds something arrives — the next teaser
// message, every other beat a new tagline (kTaglinePeriod) — and fades in over kFade seconds in
// kFadeFrames frames (halfway, then at rest: kFps), as does the screen's intro; between two arrivals
// nothing moves and nothing is drawn. Each frame counts: a software-rendered browser (SwiftShader)
// spends tens of milliseconds of CPU on every frame it composites.
constexpr double kBeat = kTaglinePeriod / 2.0, kFade = kTaglineFade, kFadeFrames = 2.0, kFps = kFadeFrames / kFade;

// Where the teaser loop is: `shown` messages are on the phone, the newest arrived `since` seconds
// ago. A loop is one beat per message plus one beat to read the last one; the next loop starts
// with the first message alone.
struct TeaserState {
  int shown = 0;
  double since = 1e9;     // seconds since the newest message arrived
  bool arriving = false;  // the newest message is still fading in
  double next_in = 1e9;   // seconds until the next arrival (or the end of this fade)
};
TeaserState teaser_state(double clock, int count, bool reduced_motion) {
  TeaserState t;
  if (count <= 0) return t;
  if (reduced_motion || !(clock >= 0.0)) {
    t.shown = count;
    return t;
  }
  const double beat = std::floor(clock / kBeat);
  const int q = int(std::fmod(beat, double(count + 1)));
  const double in_beat = clock - beat * kBeat;
  t.shown = std::min(q + 1, count);
  if (q < count) t.since = in_beat;
  t.arriving = q < count && in_beat < kFade;
  t.next_in = t.arriving ? kFade - in_beat : kBeat - in_beat;
  return t;
}

// A phone outline with message bubbles arriving one by one.
void draw_teaser(ImDrawList* dl, const UiContext& ui, const std::vector<std::string>& lines, const TeaserState& state,
                 ImVec2 origin, ImVec2 size) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const float r = theme.sp(36.f);
  const ImVec2 end(origin.x + size.x, origin.y + size.y);
  dl->AddRectFilled(origin, end, p.surface, r);
  dl->AddRect(origin, end, p.card_border, r, 0, theme.sp(6.f));
  const float header_h = theme.sp(64.f);
  dl->AddRectFilled(origin, ImVec2(end.x, origin.y + header_h),
                    theme.high_contrast() ? p.app_bar : IM_COL32(40, 92, 160, 255), r, ImDrawFlags_RoundCornersTop);
  ImFont* body = theme.fonts().body;
  ImFont* bold = theme.fonts().body_bold;
  const ImVec2 avatar(origin.x + theme.sp(40.f), origin.y + header_h * 0.5f);
  dl->AddCircleFilled(avatar, theme.sp(18.f), IM_COL32(209, 73, 91, 255), 32);
  text_centred(dl, bold, avatar.x, avatar.y - bold->FontSize * 0.6f, IM_COL32(255, 255, 255, 255), "C");
  text_at(dl, bold, ImVec2(origin.x + theme.sp(70.f), avatar.y - bold->FontSize * 0.6f), p.app_bar_text,
          tr("Claudia · Jobs abroad"));

  float y = origin.y + header_h + theme.sp(20.f);
  const float wrap = size.x * 0.72f;
  dl->PushClipRect(origin, end, true);
  for (int i = 0; i < state.shown && i < int(lines.size()); ++i) {
    const bool newest = i == state.shown - 1;
    const float k = newest && state.arriving ? ease_out(float(state.since / kFade)) : 1.f;
    const TextBlock t = layout_text(body, body->FontSize, displayable(lines[size_t(i)]), wrap);
    const ImVec2 ts = t.size;
    const float pad = theme.sp(14.f);
    const ImVec2 a(origin.x + theme.sp(18.f) + (1.f - k) * theme.sp(40.f), y);
    const ImVec2 b(a.x + ts.x + pad * 2, a.y + ts.y + pad * 2);
    dl->AddRectFilled(a, b, with_alpha(p.bubble_in, k), theme.sp(18.f));
    if (theme.high_contrast()) dl->AddRect(a, b, with_alpha(p.card_border, k), theme.sp(18.f), 0, theme.sp(2.f));
    draw_text_block(dl, body, body->FontSize, t, ImVec2(a.x + pad, a.y + pad), with_alpha(p.bubble_in_text, k));
    const UiBox bubble{a, b, {}};
    if (tracing_layout()) trace_text_block(dl, t, body->FontSize, ImVec2(a.x + pad, a.y + pad), 0.f, 0.f, &bubble);
    y = b.y + theme.sp(12.f);
  }
  dl->PopClipRect();
}

}  // namespace

AttractResult draw_attract_screen(const UiContext& ui, const AttractView& view) {
  const Theme& theme = ui.theme;
  begin_screen("attract", theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const ImVec2 o = screen_min(), sz = screen_size();

  const bool landscape = sz.x > sz.y * 1.1f;
  const float text_column_w = landscape ? sz.x * 0.58f : sz.x;
  const float text_centre = o.x + text_column_w * 0.5f;
  const float wrap = text_column_w * 0.86f;
  // The screen fades in once; then only the arrivals move (TeaserState, TaglineFrame).
  const double intro = 0.6;
  const float fade = ui.reduced_motion ? 1.f : ease_out(float(ui.time / intro));

  // Title: the tagline in each enabled language's own words, one after another (taglines.h). The
  // space of the tallest one is kept, so nothing below moves when it changes.
  const int count = int(view.taglines.size());
  const TaglineFrame frame = tagline_frame(ui.clock, count, ui.reduced_motion);
  float y = o.y + (landscape ? sz.y * 0.16f : theme.sp(space::xl) + theme.sp(space::touch));
  const std::string subtitle =
      tr("See how online job offers and new friends can turn into traps. Anonymous, about 6 minutes.");
  // The title takes a smaller size, a step at a time, when the tallest tagline and the subtitle would
  // otherwise run into the call to action at the bottom (short phones, large text).
  const float cta_h = theme.sp(space::touch) + theme.sp(space::m);
  const std::string languages = [&] {
    std::string s;
    for (const std::string& l : view.languages) s += (s.empty() ? "" : "  ·  ") + l;
    return s;
  }();
  const float lang_h =
      view.languages.size() > 1 ? text_size(f.small, languages, sz.x * 0.9f).y + theme.sp(space::m) : 0.f;
  const float cta_y = o.y + sz.y - theme.sp(space::xl) - lang_h - cta_h;
  const float room = cta_y - theme.sp(space::m) - (y + f.body->FontSize * 1.8f + theme.sp(space::l)) -
                     text_centred_height(f.body, subtitle, wrap);
  float title_size = f.title->FontSize, title_h = 0.f;
  for (const float step : {1.f, 0.85f, 0.72f, 0.6f}) {
    title_size = f.title->FontSize * step;
    title_h = 0.f;
    for (const Tagline& t : view.taglines)
      title_h =
          std::max(title_h, layout_text(f.title, title_size, displayable(t.text), wrap, kCentredLineSpacing).size.y);
    if (landscape || title_h <= room) break;
  }
  trace_title(std::string("Lureproof: ") + tr(kAttractTagline));
  std::optional<TraceQuiet> quiet;  // the wordmark and the cycling taglines are decoration
  quiet.emplace();
  text_centred(dl, f.body_bold, text_centre, y, with_alpha(p.accent, fade), "LUREPROOF");
  y += f.body->FontSize * 1.8f;
  if (count > 0) {
    const std::string tagline = displayable(view.taglines[size_t(frame.index)].text);
    const TextBlock block = layout_text(f.title, title_size, tagline, wrap, kCentredLineSpacing);
    draw_text_block(dl, f.title, title_size, block, ImVec2(text_centre, y), with_alpha(p.text, fade * frame.alpha),
                    0.5f);
    trace_text(tagline);
    if (tracing_layout()) trace_text_block(dl, block, title_size, ImVec2(text_centre, y), 0.5f);
  }
  y += title_h + theme.sp(space::l);
  quiet.reset();
  y += text_centred(dl, f.body, text_centre, y, with_alpha(p.text_muted, fade), subtitle, wrap);

  // The teaser phone.
  const float top = y + theme.sp(space::l);
  ImVec2 phone_size(
      std::min(theme.sp(420.f), sz.x * (landscape ? 0.32f : 0.82f)),
      landscape ? std::min(theme.sp(560.f), sz.y * 0.7f) : std::min(theme.sp(460.f), cta_y - top - theme.sp(space::l)));
  ImVec2 phone_pos = landscape ? ImVec2(o.x + sz.x * 0.62f, o.y + (sz.y - phone_size.y) * 0.45f)
                               : ImVec2(o.x + (sz.x - phone_size.x) * 0.5f, top);
  quiet.emplace();  // the teaser phone, the call to action (an action below) and the language names
  const TeaserState teaser = teaser_state(ui.clock, int(view.teaser.size()), ui.reduced_motion);
  if (phone_size.y > theme.sp(120.f)) draw_teaser(dl, ui, view.teaser, teaser, phone_pos, phone_size);

  // The next frame: at kFps while something fades in, else one step into the next arrival's fade
  // (its first frame, with the newcomer still invisible, would show nothing new).
  const bool moving = !ui.reduced_motion && (ui.time < intro || teaser.arriving || frame.alpha < 1.f);
  if (moving) need_animation_at(kFps);
  else need_frame_in(std::min(teaser.next_in, count > 1 ? frame.next_change_in : 1e9) + 1.0 / kFps, true);
  // The halo round the button swells as each message arrives (0.7 .. 1, 1 = at rest).
  const float pulse = teaser.arriving ? 1.f - 0.3f * float(std::sin(3.14159265 * teaser.since / kFade)) : 1.f;
  const char* cta = tr(start_prompt(view.start_by));
  const ImVec2 cta_size = f.heading->CalcTextSizeA(f.heading->FontSize, FLT_MAX, 0.f, cta);
  const float cta_x = landscape ? text_centre : o.x + sz.x * 0.5f;
  const float pill_w = cta_size.x + theme.sp(80.f),
              pill_h = std::max(cta_size.y + theme.sp(36.f), theme.sp(space::touch));
  const ImVec2 pa(cta_x - pill_w * 0.5f, cta_y), pb(cta_x + pill_w * 0.5f, cta_y + pill_h);
  // A calm halo round the button; the button itself stays solid (contrast never drops).
  const float halo = (1.f - pulse) / 0.3f * theme.sp(14.f) + theme.sp(4.f);
  if (!ui.reduced_motion)
    dl->AddRect(ImVec2(pa.x - halo, pa.y - halo), ImVec2(pb.x + halo, pb.y + halo),
                with_alpha(p.accent, 0.15f + 0.35f * (1.f - pulse) / 0.3f), 999.f, 0, theme.sp(3.f));
  dl->AddRectFilled(pa, pb, p.accent, 999.f);
  text_centred(dl, f.heading, cta_x, cta_y + (pill_h - cta_size.y) * 0.5f, p.accent_text, cta);
  if (view.languages.size() > 1)
    text_centred(dl, f.small, o.x + sz.x * 0.5f, o.y + sz.y - theme.sp(space::xl) - lang_h + theme.sp(space::m),
                 p.text_muted, languages, sz.x * 0.9f);

  quiet.reset();
  // Read aloud (issue #21): a large speaker button at the top, left of the settings gear, above the
  // screen-wide start button (drawn first, so a tap on it is its own); not the first keyboard focus.
  // The top-left corner stays free: the kiosk operator's hidden corner (operator_gesture.h) and, on a
  // phone's web page, the "Text version" link.
  AttractResult result;
  const float gear_w = theme.sp(space::touch) + theme.sp(space::l) * 2;
  const float speaker_x = o.x + sz.x - gear_w - theme.sp(space::s) - speaker_button_width(view.read_aloud, theme);
  const ImVec2 speaker_at(std::max(o.x + theme.sp(space::l), speaker_x), o.y + theme.sp(space::l));
  const SpeakerButton speaker =
      speaker_button("read-aloud", speaker_at, view.read_aloud, view.read_aloud_note, theme, false);
  result.read_aloud = speaker.pressed;
  if (!view.read_aloud_note.empty()) {
    const TraceQuiet note_quiet;  // in the button's spoken label
    text_at(dl, f.small, ImVec2(speaker_at.x, speaker_at.y + theme.sp(space::touch) * 1.15f + theme.sp(space::s)),
            p.text_muted, view.read_aloud_note, sz.x * 0.6f);
  }
  quiet.emplace();

  // The whole screen is the button.
  ImGui::SetCursorScreenPos(o);
  const bool keys = !speaker.focused && ImGui::IsWindowFocused() &&  // not while the overlay has the keyboard
                    (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space)) ||
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)) ||
                     ImGui::GetIO().NavInputsDownDuration[ImGuiNavInput_Activate] == 0.f);  // gamepad A
  const bool started = ImGui::InvisibleButton("start", sz) || take_activation("start") || keys;
  if (nav_item().focused) {  // keyboard / gamepad: the ring goes round the call to action
    focus_ring(dl, pa, pb, theme, pill_h * 0.5f);
    ui_trace().focused = "Touch to start";
  }
  trace_target("Touch to start", pa, pb);
  trace_action("start", cta);
  // The page's mirror lists Start first (a screen reader's first Tab), then Read aloud.
  std::vector<UiAction>& actions = ui_trace().actions;
  const auto speaker_action =
      std::find_if(actions.begin(), actions.end(), [](const UiAction& a) { return a.id == "read-aloud"; });
  const auto start_action =
      std::find_if(actions.begin(), actions.end(), [](const UiAction& a) { return a.id == "start"; });
  if (speaker_action < start_action && start_action != actions.end())
    std::rotate(speaker_action, speaker_action + 1, start_action + 1);
  end_screen();
  result.start = started && !speaker.pressed;
  return result;
}

}  // namespace lureproof
