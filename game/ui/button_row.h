// A row of equal big buttons that stacks them (one per line, full width) when a label would not fit
// its share of the row: narrow phones, large text, long words. The buttons grow with their labels.
#pragma once

#include "ui/widgets.h"

#include <string>
#include <vector>

namespace lureproof {

struct ButtonRowLayout {
  bool stacked = false;
  float button_w = 0.f, button_h = 0.f;  // each button
  float gap = 0.f;
  float height = 0.f;  // the whole row (or column)
  // The top left of button `i` in a row starting at `pos`.
  ImVec2 slot(ImVec2 pos, int i) const {
    return stacked ? ImVec2(pos.x, pos.y + (button_h + gap) * float(i))
                   : ImVec2(pos.x + (button_w + gap) * float(i), pos.y);
  }
};

// `min_h`: the buttons' least height (at least the touch size); `kind` as the buttons will be drawn.
ButtonRowLayout button_row_layout(const std::vector<std::string>& labels, float width, float gap, float min_h,
                                  const Theme& theme, ButtonKind kind = ButtonKind::Secondary);

}  // namespace lureproof
