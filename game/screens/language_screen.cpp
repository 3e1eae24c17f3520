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
  {  // centre heading and buttons vertically when they fit
    const int cols = content_w > theme.sp(600.f) ? 2 : 1;
    const float rows = float((int(codes.size()) + cols - 1) / cols);
    const float block =
        theme.fonts().heading->FontSize * 1.2f + theme.sp(space::l) + rows * (theme.sp(72.f) + theme.sp(space::m));
    y = std::max(y, o.y + (sz.y - block) * 0.42f);
  }
  const float a = fade_in(ui);
  trace_title(tr("Choose your language"));
  y += text_centred(dl, theme.fonts().heading, o.x + sz.x * 0.5f, y, with_alpha(theme.palette().text, a),
                    tr("Choose your language"), content_w);
  y += theme.sp(space::l);
  const int columns = content_w > theme.sp(600.f) ? 2 : 1;
  const float gap = theme.sp(space::m);
  const float bw = (content_w - gap * float(columns - 1)) / float(columns);
  const float bh = theme.sp(72.f);
  for (size_t i = 0; i < codes.size(); ++i) {
    const int col = int(i) % columns, row = int(i) / columns;
    const ImVec2 pos(x0 + float(col) * (bw + gap), y + float(row) * (bh + gap));
    if (big_button(codes[i].c_str(), lure::language_endonym(codes[i]), pos, ImVec2(bw, bh), ButtonKind::Secondary,
                   theme, "lang:" + codes[i]))
      result.chosen = codes[i];
    trace_action_language(codes[i]);  // the mirror's button speaks the name in its own language
  }
  end_screen();
  return result;
}

}  // namespace lureproof
