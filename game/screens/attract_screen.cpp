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
#include <imgui_internal.h>  // PushItemFlag: the scrolling texts are no focus stop

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
  ImFont* body = theme.fonts().body;
  ImFont* bold = theme.fonts().body_bold;
  // The header grows with the contact's name wrapped beside the avatar (large text, long words).
  const float name_x = origin.x + theme.sp(70.f), name_w = end.x - theme.sp(18.f) - name_x;
  const std::string name = tr("Claudia · Jobs abroad");
  const float header_h = std::max(theme.sp(64.f), text_size(bold, name, name_w).y + theme.sp(24.f));
  dl->AddRectFilled(origin, ImVec2(end.x, origin.y + header_h),
                    theme.high_contrast() ? p.app_bar : IM_COL32(40, 92, 160, 255), r, ImDrawFlags_RoundCornersTop);
  const ImVec2 avatar(origin.x + theme.sp(40.f), origin.y + header_h * 0.5f);
  dl->AddCircleFilled(avatar, theme.sp(18.f), IM_COL32(209, 73, 91, 255), 32);
  text_centred(dl, bold, avatar.x, avatar.y - bold->FontSize * 0.6f, IM_COL32(255, 255, 255, 255), "C");
  text_at(dl, bold, ImVec2(name_x, avatar.y - text_size(bold, name, name_w).y * 0.5f), p.app_bar_text, name, name_w);

  // The messages that fit, newest at the bottom as on a phone: older ones give way to it.
  const float wrap = size.x * 0.72f, pad = theme.sp(14.f), gap = theme.sp(12.f);
  const float first_y = origin.y + header_h + theme.sp(20.f), last_y = end.y - theme.sp(20.f);
  std::vector<TextBlock> blocks;
  for (int i = 0; i < state.shown && i < int(lines.size()); ++i)
    blocks.push_back(layout_text(body, body->FontSize, displayable(lines[size_t(i)]), wrap));
  size_t from = 0;
  const auto height_from = [&](size_t k) {
    float h = 0.f;
    for (size_t i = k; i < blocks.size(); ++i) h += blocks[i].size.y + pad * 2 + gap;
    return h - gap;
  };
  while (from < blocks.size() && first_y + height_from(from) > last_y) ++from;
  float y = first_y;
  dl->PushClipRect(origin, end, true);
  for (size_t i = from; i < blocks.size(); ++i) {
    const bool newest = int(i) == state.shown - 1;
    const float k = newest && state.arriving ? ease_out(float(state.since / kFade)) : 1.f;
    const TextBlock& t = blocks[i];
    const ImVec2 ts = t.size;
    const ImVec2 a(origin.x + theme.sp(18.f) + (1.f - k) * theme.sp(40.f), y);
    const ImVec2 b(a.x + ts.x + pad * 2, a.y + ts.y + pad * 2);
    dl->AddRectFilled(a, b, with_alpha(p.bubble_in, k), theme.sp(18.f));
    if (theme.high_contrast()) dl->AddRect(a, b, with_alpha(p.card_border, k), theme.sp(18.f), 0, theme.sp(2.f));
    draw_text_block(dl, body, body->FontSize, t, ImVec2(a.x + pad, a.y + pad), with_alpha(p.bubble_in_text, k));
    const UiBox bubble{a, b, {}};
    if (tracing_layout()) trace_text_block(dl, t, body->FontSize, ImVec2(a.x + pad, a.y + pad), 0.f, 0.f, &bubble);
    y = b.y + gap;
  }
  dl->PopClipRect();
}

// Where the attract screen's parts go. From the bottom: the enabled languages' names, the call to
// action (its text wrapped in the column, a step smaller first, as a button's), then from the top the
// wordmark, the title, the subtitle and, where there is room, the teaser phone (beside the texts on
// a wide screen while they fit in the column beside it, else below them). Where the texts do not fit
// even so (a short phone at a large text size), they scroll above the call to action.
struct AttractLayout {
  bool beside = false;  // the teaser phone right of the text column
  float column_w = 0.f, wrap = 0.f, top = 0.f;
  float title_size = 0.f, title_h = 0.f;
  TextBlock cta;  // the call to action's lines
  float cta_size = 0.f, cta_wrap = 0.f, pill_h = 0.f, cta_y = 0.f;
  float lang_h = 0.f;
  bool scrolls = false;  // even so the texts do not fit: they scroll between the top and the call to action
};
// `min_top`: below the read-aloud button (and its note).
AttractLayout attract_layout(const Theme& theme, const AttractView& view, const std::string& subtitle,
                             const std::string& cta, const std::string& languages, float min_top) {
  const Fonts& f = theme.fonts();
  const ImVec2 o = screen_min(), sz = screen_size();
  AttractLayout lay;
  lay.lang_h = view.languages.size() > 1 ? text_size(f.small, languages, sz.x * 0.9f).y + theme.sp(space::m) : 0.f;
  const bool wide = sz.x > sz.y * 1.1f;
  for (const bool beside : {true, false}) {
    if (beside && !wide) continue;
    lay.beside = beside;
    lay.column_w = beside ? sz.x * 0.58f : sz.x;
    lay.wrap = lay.column_w * 0.86f;
    // The call to action: the heading's size, else a step smaller, else the body text's size (never
    // smaller than the visitor's text), wrapped if even that does not fit on one line.
    lay.cta_wrap = std::min(lay.wrap, sz.x - theme.sp(space::l) * 2) - theme.sp(48.f);
    for (const float size : {f.heading->FontSize, f.heading->FontSize * kButtonTextStep, f.body_bold->FontSize}) {
      lay.cta_size = std::max(size, f.body_bold->FontSize);
      lay.cta = layout_text(f.heading, lay.cta_size, displayable(cta), lay.cta_wrap, kCentredLineSpacing);
      if (lay.cta.lines.size() == 1 && !lay.cta.broken_word) break;
    }
    lay.pill_h = std::max(lay.cta.size.y + theme.sp(36.f), theme.sp(space::touch));
    lay.cta_y = o.y + sz.y - theme.sp(space::xl) - lay.lang_h - theme.sp(space::m) - lay.pill_h;
    lay.top = std::max(o.y + (beside ? sz.y * 0.16f : theme.sp(space::xl) + theme.sp(space::touch)), min_top);
    // The title takes a smaller size, a step at a time, when the tallest tagline and the subtitle
    // would otherwise run into the call to action (short phones, large text). The space of the
    // tallest tagline is kept, so nothing below moves when the tagline changes.
    const float room = lay.cta_y - theme.sp(space::m) - (lay.top + f.body->FontSize * 1.8f + theme.sp(space::l)) -
                       text_centred_height(f.body, subtitle, lay.wrap);
    for (const float step : {1.f, 0.85f, 0.72f, 0.6f}) {
      lay.title_size = f.title->FontSize * step;
      lay.title_h = 0.f;
      for (const Tagline& t : view.taglines)
        lay.title_h = std::max(lay.title_h, text_centred_height(f.title, t.text, lay.wrap, lay.title_size));
      if (lay.title_h <= room) return lay;
    }
  }
  lay.scrolls = true;
  return lay;
}

}  // namespace

AttractResult draw_attract_screen(const UiContext& ui, const AttractView& view) {
  const Theme& theme = ui.theme;
  begin_screen("attract", theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const ImVec2 o = screen_min(), sz = screen_size();

  // The screen fades in once; then only the arrivals move (TeaserState, TaglineFrame).
  const double intro = 0.6;
  const float fade = ui.reduced_motion ? 1.f : ease_out(float(ui.time / intro));
  const int count = int(view.taglines.size());
  const TaglineFrame frame = tagline_frame(ui.clock, count, ui.reduced_motion);
  const std::string subtitle =
      tr("See how online job offers and new friends can turn into traps. Anonymous, about 6 minutes.");
  const std::string languages = [&] {
    std::string s;
    for (const std::string& l : view.languages) s += (s.empty() ? "" : "  ·  ") + l;
    return s;
  }();
  // Read aloud (issue #21): a large speaker button at the top, left of the settings gear (its label
  // wraps on a narrow screen at a large text size). The top-left corner stays free: the kiosk
  // operator's hidden corner (operator_gesture.h) and, on a phone's web page, the "Text version" link.
  const float gear_w = theme.sp(space::touch) + theme.sp(space::l) * 2;
  const ImVec2 speaker_size =
      speaker_button_size(view.read_aloud, theme, sz.x - gear_w - theme.sp(space::s) - theme.sp(space::l));
  const ImVec2 speaker_at(std::max(o.x + theme.sp(space::l), o.x + sz.x - gear_w - theme.sp(space::s) - speaker_size.x),
                          o.y + theme.sp(space::l));
  const float note_y = speaker_at.y + speaker_size.y + theme.sp(space::s);
  const float note_h =
      view.read_aloud_note.empty() ? 0.f : text_size(f.small, view.read_aloud_note, sz.x * 0.6f).y + theme.sp(space::s);

  const AttractLayout lay =
      attract_layout(theme, view, subtitle, tr(start_prompt(view.start_by)), languages, note_y + note_h);
  const bool landscape = lay.beside;
  const float text_centre = o.x + lay.column_w * 0.5f, wrap = lay.wrap, cta_y = lay.cta_y;
  const float title_size = lay.title_size, title_h = lay.title_h;
  float y = lay.top;
  ImDrawList* texts = dl;  // a scroll area's when the texts do not fit (AttractLayout::scrolls)
  const ImVec2 area_pos(o.x, lay.top), area_size(sz.x, std::max(cta_y - theme.sp(space::m) - lay.top, 0.f));
  if (lay.scrolls) {
    texts = begin_scroll_area("attract-texts", area_pos, area_size);
    y -= ImGui::GetScrollY();
  }
  const float texts_y = y;
  trace_title(std::string("Lureproof: ") + tr(kAttractTagline));
  std::optional<TraceQuiet> quiet;  // the wordmark and the cycling taglines are decoration
  quiet.emplace();
  text_centred(texts, f.body_bold, text_centre, y, with_alpha(p.accent, fade), "LUREPROOF");
  y += f.body->FontSize * 1.8f;
  if (count > 0)
    text_centred(texts, f.title, text_centre, y, with_alpha(p.text, fade * frame.alpha),
                 view.taglines[size_t(frame.index)].text, wrap, title_size);
  y += title_h + theme.sp(space::l);
  quiet.reset();
  y += text_centred(texts, f.body, text_centre, y, with_alpha(p.text_muted, fade), subtitle, wrap);
  bool tapped_texts = false;  // a tap (not a drag) on the scrolling texts starts too
  if (lay.scrolls) {
    ImGui::SetCursorScreenPos(ImVec2(o.x, texts_y));
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    tapped_texts = ImGui::InvisibleButton("start-texts", ImVec2(sz.x, std::max(y - texts_y, area_size.y))) &&
                   !(ImGui::IsMouseReleased(0) && dragged_too_far());
    ImGui::PopItemFlag();
    end_scroll_area(y - texts_y);
  }

  // The teaser phone.
  const float top = y + theme.sp(space::l);
  ImVec2 phone_size(
      std::min(theme.sp(420.f), sz.x * (landscape ? 0.32f : 0.82f)),
      landscape ? std::min(theme.sp(560.f), sz.y * 0.7f) : std::min(theme.sp(460.f), cta_y - top - theme.sp(space::l)));
  ImVec2 phone_pos = landscape ? ImVec2(o.x + sz.x * 0.62f, o.y + (sz.y - phone_size.y) * 0.45f)
                               : ImVec2(o.x + (sz.x - phone_size.x) * 0.5f, top);
  quiet.emplace();  // the teaser phone, the call to action (an action below) and the language names
  const TeaserState teaser = teaser_state(ui.clock, int(view.teaser.size()), ui.reduced_motion);
  if (!lay.scrolls && phone_size.y > theme.sp(120.f)) draw_teaser(dl, ui, view.teaser, teaser, phone_pos, phone_size);

  // The next frame: at kFps while something fades in, else one step into the next arrival's fade
  // (its first frame, with the newcomer still invisible, would show nothing new).
  const bool moving = !ui.reduced_motion && (ui.time < intro || teaser.arriving || frame.alpha < 1.f);
  if (moving) need_animation_at(kFps);
  else need_frame_in(std::min(teaser.next_in, count > 1 ? frame.next_change_in : 1e9) + 1.0 / kFps, true);
  // The halo round the button swells as each message arrives (0.7 .. 1, 1 = at rest).
  const float pulse = teaser.arriving ? 1.f - 0.3f * float(std::sin(3.14159265 * teaser.since / kFade)) : 1.f;
  const float cta_x = landscape ? text_centre : o.x + sz.x * 0.5f;
  const float pill_w = std::min(lay.cta.size.x + theme.sp(80.f), lay.cta_wrap + theme.sp(48.f)), pill_h = lay.pill_h;
  const ImVec2 pa(cta_x - pill_w * 0.5f, cta_y), pb(cta_x + pill_w * 0.5f, cta_y + pill_h);
  // A calm halo round the button; the button itself stays solid (contrast never drops).
  const float halo = (1.f - pulse) / 0.3f * theme.sp(14.f) + theme.sp(4.f);
  if (!ui.reduced_motion)
    dl->AddRect(ImVec2(pa.x - halo, pa.y - halo), ImVec2(pb.x + halo, pb.y + halo),
                with_alpha(p.accent, 0.15f + 0.35f * (1.f - pulse) / 0.3f), 999.f, 0, theme.sp(3.f));
  dl->AddRectFilled(pa, pb, p.accent, 999.f);
  text_centred(dl, f.heading, cta_x, cta_y + (pill_h - lay.cta.size.y) * 0.5f, p.accent_text,
               tr(start_prompt(view.start_by)), lay.cta_wrap, lay.cta_size);
  if (view.languages.size() > 1)
    text_centred(dl, f.small, o.x + sz.x * 0.5f, o.y + sz.y - theme.sp(space::xl) - lay.lang_h + theme.sp(space::m),
                 p.text_muted, languages, sz.x * 0.9f);

  quiet.reset();
  // The speaker button is drawn before the screen-wide start button, so a tap on it is its own; it
  // is not the first keyboard focus.
  AttractResult result;
  const SpeakerButton speaker = [&] {
    const TraceActionsLater later;  // the mirror lists Start first (a screen reader's first Tab)
    return speaker_button("read-aloud", speaker_at, view.read_aloud, view.read_aloud_note, theme, false,
                          sz.x - gear_w - theme.sp(space::s) - theme.sp(space::l));
  }();
  result.read_aloud = speaker.pressed;
  if (!view.read_aloud_note.empty()) {
    const TraceQuiet note_quiet;  // in the button's spoken label
    text_at(dl, f.small, ImVec2(speaker_at.x, note_y), p.text_muted, view.read_aloud_note, sz.x * 0.6f);
  }
  quiet.emplace();

  // The whole screen is the button.
  ImGui::SetCursorScreenPos(o);
  const bool keys = !speaker.focused &&
                    ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) &&  // not while the overlay has the keyboard
                    (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space)) ||
                     ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)) ||
                     ImGui::GetIO().NavInputsDownDuration[ImGuiNavInput_Activate] == 0.f);  // gamepad A
  const bool started = ImGui::InvisibleButton("start", sz) || take_activation("start") || keys || tapped_texts;
  if (nav_item().focused) {  // keyboard / gamepad: the ring goes round the call to action
    focus_ring(dl, pa, pb, theme, pill_h * 0.5f);
    ui_trace().focused = "Touch to start";
  }
  trace_target("Touch to start", pa, pb);
  trace_action("start", tr(start_prompt(view.start_by)));
  end_screen();
  result.start = started && !speaker.pressed;
  return result;
}

}  // namespace lureproof
