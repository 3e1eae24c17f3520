// Ending screen: outcome heading, the scenario's debrief lines, the flag score, next steps.
#include "screens/ending_screen.h"
#include "l10n/tr.h"

#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

struct Outcome {
  std::string heading, lead;
  ImU32 colour;
};

Outcome outcome_of(const lure::Story& story, const Theme& theme) {
  // The person at risk (the persona, or `at-risk:` when the player is a bystander). A story without
  // either (e.g. imported from Twee) gets whole sentences, not "They was ...".
  const std::string& name = lure::outcome_name(story.scenario().header);
  const bool named = !name.empty();
  const char* who = name.c_str();
  switch (story.ending()) {
    case lure::EndingClass::Safe:
      // TRANSLATORS: %s is the first name of the story's main character (any gender).
      return {named ? tr_format(tr("%s stayed safe"), who) : std::string(tr("This story ended safely")),
              tr("Checking, asking and taking time made the difference."), theme.palette().success};
    case lure::EndingClass::GotHelp:
      // TRANSLATORS: %s is the first name of the story's main character (any gender).
      return {named ? tr_format(tr("%s got help"), who) : std::string(tr("This story ended with help")),
              tr("Help can come at any point, even after things have gone wrong."), IM_COL32(110, 180, 245, 255)};
    case lure::EndingClass::Harmed:
    case lure::EndingClass::None: break;
  }
  return {
      // TRANSLATORS: %s is the first name of the story's main character (any gender).
      named ? tr_format(tr("%s was trapped"), who) : std::string(tr("This story ended in a trap")),
      tr("The people behind this planned every step: the offer, the kindness, the hurry. It is never the victim's fault."),
      theme.palette().warning};
}

}  // namespace

EndingResult draw_ending_screen(const UiContext& ui, const lure::Story& story, const FlagTally& tally) {
  EndingResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  begin_screen("ending", theme);
  top_bar(theme, story.scenario().header.title, false);
  const ImVec2 o = screen_min(), sz = screen_size();
  const float pad = theme.sp(space::l);
  const float w = std::min(sz.x - pad * 2, theme.sp(980.f));
  const float x0 = o.x + (sz.x - w) * 0.5f;
  // The two buttons at the bottom, as tall as their labels need (large text wraps them).
  const float bw = std::min(w, theme.sp(520.f));
  const float bh =
      std::max({theme.sp(72.f), big_button_height(tr("See the map of the story"), bw, theme, ButtonKind::Primary),
                big_button_height(tr("Where to find help"), bw, theme, ButtonKind::Secondary)});
  const float buttons_h = bh * 2 + theme.sp(space::m) * 2 + pad;
  const float top = o.y + top_bar_height(theme) - theme.sp(space::s);
  const float a = fade_in(ui, 0.f, 0.6f);

  begin_scroll_area("ending-body", ImVec2(o.x, top), ImVec2(sz.x, o.y + sz.y - buttons_h - top));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float y = top - ImGui::GetScrollY();
  const float y0 = y;
  const Outcome out = outcome_of(story, theme);
  trace_title(out.heading);
  dl->AddRectFilled(ImVec2(o.x + sz.x * 0.5f - theme.sp(40.f), y),
                    ImVec2(o.x + sz.x * 0.5f + theme.sp(40.f), y + theme.sp(6.f)), with_alpha(out.colour, a),
                    theme.sp(3.f));
  y += theme.sp(space::l);
  y += text_centred(dl, f.heading, o.x + sz.x * 0.5f, y, with_alpha(p.text, a), out.heading, w) + theme.sp(space::s);
  y += text_centred(dl, f.body, o.x + sz.x * 0.5f, y, with_alpha(p.text_muted, a), out.lead, w) + theme.sp(space::l);

  // The scenario's own debrief lines for this ending.
  const lure::NodeView& last = story.current();
  if (!last.debrief.empty()) {
    float h = pad;
    std::vector<RichLayout> layouts;
    for (const lure::LineView& l : last.debrief) {
      layouts.push_back(layout_rich(rich_runs(l.text, l.emphasis), f.body, f.body_bold, w - pad * 2));
      h += layouts.back().size.y + theme.sp(space::m);
    }
    card(dl, ImVec2(x0, y), ImVec2(x0 + w, y + h), theme);
    float ly = y + pad;
    for (const RichLayout& lay : layouts) {
      draw_rich(dl, lay, f.body, f.body_bold, ImVec2(x0 + pad, ly), with_alpha(p.text, a));
      ly += lay.size.y + theme.sp(space::m);
    }
    y += h + theme.sp(space::l);
  }
  // Red flags score, never as a judgement.
  const int total = tally.spotted + tally.missed;
  if (total > 0) {
    // TRANSLATORS: the first %d is how many the visitor spotted, the second the total (which picks the form).
    const std::string score = tr_format(trn("You spotted %d of the %d red flag on this path.",
                                            "You spotted %d of the %d red flags on this path.", total),
                                        tally.spotted, total);
    const float icon = theme.sp(30.f);
    const float th = text_size(f.body_bold, score, w - icon * 2).y;
    icon::flag(dl, ImVec2(x0 + icon * 0.5f, y + th * 0.5f), icon, p.flag, true);
    y += text_at(dl, f.body_bold, ImVec2(x0 + icon * 1.5f, y), with_alpha(p.text, a), score, w - icon * 2);
    y += text_at(dl, f.body, ImVec2(x0 + icon * 1.5f, y + theme.sp(4.f)), with_alpha(p.text_muted, a),
                 tr("The map of the story shows each one: what it means and what protects you."), w - icon * 2);
  }
  y += theme.sp(space::l);
  end_scroll_area(y - y0);

  float by = o.y + sz.y - buttons_h + theme.sp(space::m);
  if (big_button("debrief", tr("See the map of the story"), ImVec2(o.x + (sz.x - bw) * 0.5f, by), ImVec2(bw, bh),
                 ButtonKind::Primary, theme, "to-debrief"))
    result.to_debrief = true;
  by += bh + theme.sp(space::m);
  if (big_button("help", tr("Where to find help"), ImVec2(o.x + (sz.x - bw) * 0.5f, by), ImVec2(bw, bh),
                 ButtonKind::Secondary, theme, "to-help"))
    result.to_help = true;
  end_screen();
  return result;
}

}  // namespace lureproof
