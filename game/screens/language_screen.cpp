// Language picker: a grid of big buttons, one per language, labelled in that language.
#include "screens/language_screen.h"
#include "l10n/tr.h"

#include "lure/l10n.h"
#include "ui/ui_trace.h"

#include <algorithm>

namespace lureproof {

LanguageResult draw_language_screen(const UiContext& ui, const std::vector<std::string>& codes) {
  LanguageResult result;
  const Theme& theme = ui.theme;
  const auto [dl, o, sz, back] = begin_page("language", theme);
  result.back = back;
  const float pad = theme.sp(space::xl);
  const float content_w = std::min(sz.x - pad * 2, theme.sp(900.f));
  const float x0 = o.x + (sz.x - content_w) * 0.5f;
  float y = o.y + top_bar_height(theme) + theme.sp(space::m);
  // Two columns on wide screens, and on small phones when one column would run off the bottom (ten
  // languages) and every name fits half the width; the buttons shrink (never under the touch size)
  // to the height that is left.
  const float gap = theme.sp(space::m);
  const float heading_h =
      text_size(theme.fonts().heading, tr("Choose your language"), content_w).y + theme.sp(space::l);
  const float room = o.y + sz.y - theme.sp(space::m) - y - heading_h;
  const int n = int(codes.size());
  float widest = 0.f;
  for (const std::string& code : codes)
    widest = std::max(widest, text_size(theme.fonts().body_bold, lure::language_endonym(code)).x);
  const float half = (content_w - gap) * 0.5f;
  const bool two_fit = widest + theme.sp(space::l) * 2 <= half;
  int columns = content_w > theme.sp(600.f) ? 2 : 1;
  if (columns == 1 && two_fit && float(n) * (theme.sp(72.f) + gap) > room) columns = 2;
  const float rows = float((n + columns - 1) / columns);
  const float bh = std::max(theme.sp(space::touch), std::min(theme.sp(72.f), room / std::max(1.f, rows) - gap));
  {  // centre heading and buttons vertically when they fit
    const float block = heading_h + rows * (bh + gap);
    y = std::max(y, o.y + (sz.y - block) * 0.42f);
  }
  const float a = fade_in(ui);
  trace_title(tr("Choose your language"));
  y += text_centred(dl, theme.fonts().heading, o.x + sz.x * 0.5f, y, with_alpha(theme.palette().text, a),
                    tr("Choose your language"), content_w);
  y += theme.sp(space::l);
  const float bw = (content_w - gap * float(columns - 1)) / float(columns);
  // Still too tall (large text on a phone): the buttons scroll below the heading.
  const float list_h = rows * (bh + gap) - gap, list_room = o.y + sz.y - theme.sp(space::m) - y;
  const bool scrolls = list_h > list_room;
  if (scrolls) begin_scroll_area("languages", ImVec2(x0, y), ImVec2(content_w, list_room));
  const float list_y = scrolls ? y - ImGui::GetScrollY() : y;
  for (size_t i = 0; i < codes.size(); ++i) {
    const int col = int(i) % columns, row = int(i) / columns;
    const ImVec2 pos(x0 + float(col) * (bw + gap), list_y + float(row) * (bh + gap));
    if (big_button(codes[i].c_str(), lure::language_endonym(codes[i]), pos, ImVec2(bw, bh), ButtonKind::Secondary,
                   theme, "lang:" + codes[i]))
      result.chosen = codes[i];
    trace_action_language(codes[i]);  // the mirror's button speaks the name in its own language
  }
  if (scrolls) end_scroll_area(list_h);
  end_screen();
  return result;
}

}  // namespace lureproof
