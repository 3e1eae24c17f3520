// Idle overlay: scrim, a centred card with the question, a shrinking countdown ring and the button.
#include "screens/idle_overlay.h"
#include "l10n/tr.h"
#include "platform/platform.h"
#include "ui/mirror.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace lureproof {

namespace {
// Everything the overlay draws except the countdown, and the frame it was drawn in: when the next
// frame draws the same, only the countdown's ring and number are redrawn (platform::redraw_only).
struct OverlayLook {
  int frame = -10;
  float geometry[6] = {};
  ImU32 colours[4] = {};
  std::string texts;
  bool same_as(const OverlayLook& o) const {
    return frame == o.frame + 1 && std::memcmp(geometry, o.geometry, sizeof geometry) == 0 &&
           std::memcmp(colours, o.colours, sizeof colours) == 0 && texts == o.texts;
  }
};
}  // namespace

bool draw_idle_overlay(const UiContext& ui, int seconds_left, int countdown_s) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  // Opaque: the screen below is not drawn (App::set_cover_hook), and a passer-by does not see what
  // the last visitor was doing.
  ImDrawList* dl = begin_modal_overlay("idle-overlay", theme, true);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 o = vp->Pos, sz = vp->Size;

  const float pad = theme.sp(space::l);
  const float w = std::min(sz.x - theme.sp(space::m) * 2, theme.sp(560.f));
  const float ring = theme.sp(96.f);
  const std::string question = tr("Are you still there?");
  const std::string note = tr("To protect your privacy, everything you did here will be cleared.");
  const std::string button = tr("I'm still here");
  const float bw = w - pad * 2;
  const float bh = big_button_height(button, bw, theme, ButtonKind::Primary);
  const float note_h = text_size(f.body, note, w - pad * 2).y;
  const float h = pad * 3 + f.heading->FontSize * 1.3f + ring + note_h + bh + theme.sp(space::l) * 2;
  const ImVec2 c0(o.x + (sz.x - w) * 0.5f, o.y + std::max(theme.sp(space::m), (sz.y - h) * 0.5f));
  card(dl, c0, ImVec2(c0.x + w, c0.y + h), theme, false, true);  // opaque

  float y = c0.y + pad;
  trace_title(question);
  y += text_centred(dl, f.heading, c0.x + w * 0.5f, y, p.text, question, w - pad * 2) + theme.sp(space::m);
  // Countdown: the number inside a ring that empties as time runs out.
  const ImVec2 centre(c0.x + w * 0.5f, y + ring * 0.5f);
  const float frac = countdown_s > 0 ? std::clamp(float(seconds_left) / float(countdown_s), 0.f, 1.f) : 0.f;
  dl->AddCircle(centre, ring * 0.45f, p.card_border, 48, theme.sp(6.f));
  const float start = -3.14159265f * 0.5f;
  dl->PathArcTo(centre, ring * 0.45f, start, start + 2.f * 3.14159265f * frac, 48);
  dl->PathStroke(p.accent, 0, theme.sp(6.f));
  static OverlayLook last;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  OverlayLook look{ImGui::GetFrameCount(),
                   {c0.x, c0.y, w, h, mouse.x, mouse.y},
                   {p.text, p.accent, p.card, p.card_border},
                   question + '\n' + note + '\n' + button};
  if (look.same_as(last)) {
    const float r = ring * 0.5f + theme.sp(2.f);
    // On screen: a mirrored frame (ui/mirror.h) has the ring on the other side of the centre line.
    const float x0 = ui::screen_x(centre.x - r), x1 = ui::screen_x(centre.x + r);
    platform::redraw_only(std::min(x0, x1), centre.y - r, std::max(x0, x1), centre.y + r);
  }
  last = std::move(look);
  const std::string number = std::to_string(seconds_left);
  const ImVec2 ns = text_size(f.heading, number);
  {
    const TraceQuiet quiet;  // a ticking number would flood a screen reader's live log
    text_at(dl, f.heading, ImVec2(centre.x - ns.x * 0.5f, centre.y - ns.y * 0.5f), p.text, number);
  }
  y += ring + theme.sp(space::m);
  y += text_centred(dl, f.body, c0.x + w * 0.5f, y, p.text_muted, note, w - pad * 2) + theme.sp(space::l);

  bool stay =
      big_button("still-here", button, ImVec2(c0.x + pad, y), ImVec2(bw, bh), ButtonKind::Primary, theme, "still-here");
  // A touch anywhere on the overlay also counts: the visitor is clearly there.
  if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) stay = true;
  ImGui::End();
  return stay;
}

}  // namespace lureproof
