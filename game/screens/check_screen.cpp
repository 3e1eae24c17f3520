// Check screen: the question, the chosen check's feedback in a card (once answered), one big button
// per check (stacked; the chosen one pressed), and Next (Skip before an answer).
#include "screens/check_screen.h"

#include "l10n/operator_text.h"
#include "l10n/tr.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

CheckScreenResult draw_check_screen(const UiContext& ui, const SiteConfig& config, int choice) {
  CheckScreenResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const std::string& lang = ui_language();
  std::vector<std::string> labels, feedback, ids;
  for (const CheckOption& c : config.checks) {
    labels.push_back(operator_text(c.label, lang));
    feedback.push_back(operator_text(c.feedback, lang));
    ids.push_back(c.id);
  }
  labels.push_back(tr(no_check_label()));
  feedback.push_back(tr(no_check_feedback()));
  ids.push_back(kNoCheckId);

  begin_screen("check", theme);
  const ImVec2 o = screen_min(), sz = screen_size();
  const std::string title = tr("What would you check?");
  result.back = top_bar(theme, title, true).back;
  trace_title(title);
  const auto [pad, w, x0, button_h, top, bottom] = column_layout(theme);

  begin_scroll_area("check-list", ImVec2(x0, top), ImVec2(w, bottom - top));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cw = w - theme.sp(12.f);  // room for the scroll bar
  float y = top - ImGui::GetScrollY();
  const float y0 = y;
  y += text_at(dl, f.body_bold, ImVec2(x0, y), p.text,
               tr("An offer like the one in the story reaches you. Before you say yes, what would you check first?"),
               cw) +
       theme.sp(space::m);
  // The feedback goes above the answers, so it is in view on a small screen.
  if (choice >= 0 && choice < int(feedback.size())) {
    const float cp = theme.sp(space::m);
    const float th = text_size(f.body, feedback[size_t(choice)], cw - cp * 2).y;
    card(dl, ImVec2(x0, y), ImVec2(x0 + cw, y + th + cp * 2), theme);
    text_at(dl, f.body, ImVec2(x0 + cp, y + cp), p.text, feedback[size_t(choice)], cw - cp * 2);
    y += th + cp * 2 + theme.sp(space::m);
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    const ButtonKind kind = int(i) == choice ? ButtonKind::Primary : ButtonKind::Secondary;
    const float bh = std::max(theme.sp(64.f), big_button_height(labels[i], cw, theme, kind));
    const std::string bid = "check-option" + std::to_string(i);
    if (big_button(bid.c_str(), labels[i], ImVec2(x0, y), ImVec2(cw, bh), kind, theme, "check:" + ids[i]) && choice < 0)
      result.chosen = int(i);
    trace_action_pressed(int(i) == choice);
    y += bh + theme.sp(space::s);
  }
  y += theme.sp(space::m);
  end_scroll_area(y - y0);

  const float by = o.y + sz.y - pad - button_h;
  const bool answered = choice >= 0;
  if (big_button("check-next", answered ? tr("Next") : tr("Skip"), ImVec2(x0, by), ImVec2(w, button_h),
                 answered ? ButtonKind::Primary : ButtonKind::Secondary, theme, "check:next"))
    result.next = true;
  end_screen();
  return result;
}

}  // namespace lureproof
