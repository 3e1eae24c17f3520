// Content note: three short points on a card, then "I'm ready".
#include "screens/content_note_screen.h"
#include "l10n/tr.h"

#include "ui/icons.h"
#include "ui/ui_trace.h"

#include <algorithm>

namespace lureproof {

ContentNoteResult draw_content_note_screen(const UiContext& ui) {
  ContentNoteResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Page page = begin_page("content-note", theme);
  const ImVec2 o = page.min, sz = page.size;
  ImDrawList* dl = page.dl;
  result.back = page.back;
  const float pad = theme.sp(space::l);
  const float w = std::min(sz.x - pad * 2, theme.sp(860.f));
  const float x0 = o.x + (sz.x - w) * 0.5f;
  const float a = fade_in(ui);
  float y = o.y + top_bar_height(theme);
  struct Point {
    const char* title;
    const char* text;
  };
  const Point points[] = {
      {tr("A sensitive topic"),
       tr("These stories are about how people are tricked into exploitation. Nothing violent is shown.")},
      {tr("You are safe here"), tr("It is a simulation. You can stop at any time: just walk away or go back.")},
      {tr("Anonymous"), tr("You don't type anything and nothing about you is kept.")},
  };
  const float text_x = x0 + theme.sp(72.f);
  const float text_w = w - theme.sp(72.f) - pad;
  const float bw = std::min(w, theme.sp(420.f));
  const float bh = std::max(theme.sp(72.f), big_button_height(tr("I'm ready"), bw, theme, ButtonKind::Primary));
  // The heading and the cards, centred with the button below them when all fits under the top bar;
  // else they scroll above the button, which stays at the bottom (large text, small phones).
  float block = text_size(theme.fonts().heading, tr("Before you start"), w).y + theme.sp(space::l);
  for (const Point& pt : points)
    block += text_size(theme.fonts().body_bold, pt.title, text_w).y + text_size(theme.fonts().body, pt.text, text_w).y +
             pad * 1.5f + theme.sp(space::m);
  const float button_block = theme.sp(space::s) + bh;
  const bool scrolls = y + block + button_block > o.y + sz.y - pad;
  const float area_h = o.y + sz.y - pad - button_block - theme.sp(space::s) - y;
  if (scrolls) {
    dl = begin_scroll_area("content-note-body", ImVec2(o.x, y), ImVec2(sz.x, area_h));
    y -= ImGui::GetScrollY();
  } else {
    y = std::max(y, o.y + (sz.y - block - button_block) * 0.45f);
  }
  const float y0 = y;
  trace_title(tr("Before you start"));
  y += text_centred(dl, theme.fonts().heading, o.x + sz.x * 0.5f, y, with_alpha(p.text, a), tr("Before you start"), w);
  y += theme.sp(space::l);
  for (int i = 0; i < 3; ++i) {
    const float th = text_size(theme.fonts().body_bold, points[i].title, text_w).y;
    const float bh_text = text_size(theme.fonts().body, points[i].text, text_w).y;
    const float h = th + bh_text + pad * 1.5f;
    card(dl, ImVec2(x0, y), ImVec2(x0 + w, y + h), theme);
    const ImVec2 ic(x0 + theme.sp(38.f), y + pad + th * 0.5f);
    if (i == 0) icon::info(dl, ic, theme.sp(30.f), p.accent);
    if (i == 1) icon::check(dl, ic, theme.sp(30.f), p.accent);
    if (i == 2) icon::phone(dl, ic, theme.sp(30.f), p.accent);
    text_at(dl, theme.fonts().body_bold, ImVec2(text_x, y + pad * 0.75f), p.text, points[i].title, text_w);
    text_at(dl, theme.fonts().body, ImVec2(text_x, y + pad * 0.75f + th), p.text_muted, points[i].text, text_w);
    y += h + theme.sp(space::m);
  }
  if (scrolls) end_scroll_area(y - y0);
  const float by = scrolls ? o.y + sz.y - pad - bh : y + theme.sp(space::s);
  if (big_button("ready", tr("I'm ready"), ImVec2(o.x + (sz.x - bw) * 0.5f, by), ImVec2(bw, bh), ButtonKind::Primary,
                 theme, "ready"))
    result.accepted = true;
  end_screen();
  return result;
}

}  // namespace lureproof
