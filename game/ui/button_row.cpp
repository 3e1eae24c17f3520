// button_row_layout: side by side when every label fits its share at full size, else stacked.
#include "ui/button_row.h"

#include <algorithm>

namespace lureproof {

ButtonRowLayout button_row_layout(const std::vector<std::string>& labels, float width, float gap, float min_h,
                                  const Theme& theme, ButtonKind kind) {
  ButtonRowLayout r;
  r.gap = gap;
  const int n = std::max(1, int(labels.size()));
  const float share = (width - gap * float(n - 1)) / float(n);
  float widest = 0.f;
  for (const std::string& l : labels) widest = std::max(widest, text_size(theme.fonts().body_bold, l).x);
  r.stacked = n > 1 && widest + theme.sp(space::l) * 2 > share;
  r.button_w = r.stacked ? width : share;
  r.button_h = min_h;
  for (const std::string& l : labels) r.button_h = std::max(r.button_h, big_button_height(l, r.button_w, theme, kind));
  r.height = r.stacked ? r.button_h * float(n) + gap * float(n - 1) : r.button_h;
  return r;
}

}  // namespace lureproof
