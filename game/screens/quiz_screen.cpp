// Quiz screen: the offer card on a light surface, the trust scale, the three actions and "Next";
// after the story each answer is followed by what the card really was and why. Then the result.
#include "screens/quiz_screen.h"

#include "l10n/tr.h"
#include "quiz/quiz_dashboard.h"
#include "quiz/quiz_feedback.h"
#include "ui/button_row.h"
#include "ui/icons.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lureproof {

namespace {

const char* channel_label(const std::string& channel) {
  if (channel == "job-ad") return tr("Job advert");
  if (channel == "chat") return tr("Chat message");
  if (channel == "sms") return tr("Text message");
  if (channel == "email") return tr("Email");
  if (channel == "social-post") return tr("Social media post");
  return tr("Message");
}

// The offer itself: channel, sender and text on a light card. Returns the height.
float offer_card(ImDrawList* dl, ImVec2 pos, float w, const QuizCard& c, const Theme& theme, bool draw) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float pad = theme.sp(space::l);
  const float tw = w - pad * 2;
  const std::string channel = channel_label(c.channel);
  float h = pad + text_size(f.small, channel, tw).y + theme.sp(space::xs) + text_size(f.body_bold, c.sender, tw).y +
            theme.sp(space::s) + text_size(f.body, c.text, tw).y + pad;
  if (!draw) return h;
  card(dl, pos, ImVec2(pos.x + w, pos.y + h), theme, /*light=*/true);
  float y = pos.y + pad;
  y += text_at(dl, f.small, ImVec2(pos.x + pad, y), p.surface_muted, channel, tw) + theme.sp(space::xs);
  y += text_at(dl, f.body_bold, ImVec2(pos.x + pad, y), p.surface_text, c.sender, tw) + theme.sp(space::s);
  text_at(dl, f.body, ImVec2(pos.x + pad, y), p.surface_text, c.text, tw);
  return h;
}

// A row of equal buttons; `selected` is highlighted. Returns the index tapped, or -1.
// `spoken` (optional) are the accessible mirror's labels.
int button_row(const char* id, const std::vector<std::string>& labels, const std::vector<std::string>& trace_ids,
               int selected, ImVec2 pos, float w, float h, const Theme& theme,
               const std::vector<std::string>& spoken = {}) {
  const float gap = theme.sp(space::s);
  const int n = int(labels.size());
  const float bw = (w - gap * float(n - 1)) / float(n);
  int tapped = -1;
  for (int i = 0; i < n; ++i) {
    const std::string bid = std::string(id) + std::to_string(i);
    if (big_button(bid.c_str(), labels[size_t(i)], ImVec2(pos.x + (bw + gap) * float(i), pos.y), ImVec2(bw, h),
                   i == selected ? ButtonKind::Primary : ButtonKind::Secondary, theme, trace_ids[size_t(i)],
                   size_t(i) < spoken.size() ? spoken[size_t(i)] : std::string()))
      tapped = i;
    trace_action_pressed(i == selected);
  }
  return tapped;
}

// The two questions for the current card; returns the height used.
float questions(ImDrawList* dl, ImVec2 pos, float w, QuizRun& run, const Theme& theme) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  float y = pos.y;
  y += text_at(dl, f.body_bold, ImVec2(pos.x, y), p.text, tr("How much would you trust this?"), w) + theme.sp(space::s);
  const float bh = theme.sp(64.f);
  const std::string low = tr("1 = not at all"), high = tr("5 = completely");
  const int t = button_row("trust", {"1", "2", "3", "4", "5"}, {"trust:1", "trust:2", "trust:3", "trust:4", "trust:5"},
                           run.trust - 1, ImVec2(pos.x, y), w, bh, theme, {low, "2", "3", "4", high});
  if (t >= 0) run.trust = t + 1;
  y += bh + theme.sp(space::xs);
  {
    const TraceQuiet quiet;  // the scale's ends are the first and last buttons' spoken labels
    // Under the first and the last button; a row of their own each when both do not fit side by side.
    const float lw = text_size(f.small, low, w).x, hw = text_size(f.small, high, w).x;
    const float low_h = text_at(dl, f.small, ImVec2(pos.x, y), p.text_muted, low, w);
    if (lw + theme.sp(space::m) + hw > w) y += low_h;
    // Right-aligned to the scroll area's own edge (ImGui rounds a child window's size down).
    const float right = std::min(pos.x + w, ImGui::GetWindowPos().x + ImGui::GetWindowSize().x);
    y += text_at(dl, f.small, ImVec2(right - hw, y), p.text_muted, high, w) + theme.sp(space::l);
  }

  y += text_at(dl, f.body_bold, ImVec2(pos.x, y), p.text, tr("What would you do?"), w) + theme.sp(space::s);
  const std::vector<std::string> actions = {tr("Accept"), tr("Check first"), tr("Refuse")};
  const std::vector<std::string> ids = {"action:accept", "action:check-first", "action:refuse"};
  // One row, or stacked when a label does not fit a third (narrow screens, large text).
  const ButtonRowLayout row = button_row_layout(actions, w, theme.sp(space::s), bh, theme);
  for (int i = 0; i < 3; ++i) {
    const std::string bid = (row.stacked ? "action-stack" : "action") + std::to_string(i);
    if (big_button(bid.c_str(), actions[size_t(i)], row.slot(ImVec2(pos.x, y), i), ImVec2(row.button_w, row.button_h),
                   i == run.action ? ButtonKind::Primary : ButtonKind::Secondary, theme, ids[size_t(i)]))
      run.action = i;
    trace_action_pressed(i == run.action);
  }
  y += row.height + (row.stacked ? theme.sp(space::s) : 0.f);
  return y - pos.y;
}

// After the story: was it a real offer or a lure, and why. Returns the height.
float reveal(ImDrawList* dl, ImVec2 pos, float w, const QuizCard& c, const Theme& theme) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float icon = theme.sp(40.f);
  const float tx = pos.x + icon + theme.sp(space::m);
  const float tw = pos.x + w - tx;
  const ImVec2 ic(pos.x + icon * 0.5f, pos.y + icon * 0.5f);
  dl->AddCircleFilled(ic, icon * 0.5f, c.legit ? p.success : p.flag, 32);
  if (c.legit) icon::check(dl, ic, icon * 0.6f, IM_COL32(20, 40, 30, 255));
  else icon::flag(dl, ic, icon * 0.6f, IM_COL32(255, 255, 255, 255), true);
  float y = pos.y;
  y += text_at(dl, f.body_bold, ImVec2(tx, y), p.text, c.legit ? tr("This was a real offer.") : tr("This was a lure."),
               tw) +
       theme.sp(space::xs);
  y += text_at(dl, f.body, ImVec2(tx, y), p.text_muted, c.why, tw);
  return std::max(y - pos.y, icon);
}

int sensible_count(const std::vector<QuizAnswer>& answers) {
  int n = 0;
  for (const QuizAnswer& a : answers) n += is_sensible(a.legit, a.action) ? 1 : 0;
  return n;
}

// A labelled bar for discernment (-4..+4 drawn as 0..1) before or after.
float discernment_bar(ImDrawList* dl, ImVec2 pos, float w, const char* label, double value, ImU32 colour,
                      const Theme& theme, bool draw) {
  const Fonts& f = theme.fonts();
  const float label_w = std::min(w * 0.3f, theme.sp(140.f));
  const float bar_h = theme.sp(18.f);
  const float h = std::max(text_size(f.body, label, label_w).y, bar_h);
  if (!draw) return h;
  const Palette& p = theme.palette();
  text_at(dl, f.body, pos, p.text_muted, label, label_w);
  const ImVec2 a(pos.x + label_w + theme.sp(space::s), pos.y + (h - bar_h) * 0.5f);
  const ImVec2 b(pos.x + w, a.y + bar_h);
  dl->AddRectFilled(a, b, with_alpha(p.text_muted, 0.25f), bar_h * 0.5f);
  const float k = float(std::clamp((value + 4.0) / 8.0, 0.04, 1.0));
  dl->AddRectFilled(a, ImVec2(a.x + (b.x - a.x) * k, b.y), colour, bar_h * 0.5f);
  return h;
}

}  // namespace

QuizScreenResult draw_quiz_screen(const UiContext& ui, const std::vector<QuizCard>& cards, QuizRun& run,
                                  QuizPhase phase) {
  QuizScreenResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const int revealed = phase == QuizPhase::Post ? run.revealed : -1;
  const int current = revealed >= 0 ? revealed : run.current_card(phase);
  if (!run.active() || current < 0 || current >= int(cards.size())) {
    result.finished = true;  // nothing (left) to ask
    return result;
  }
  begin_screen(phase == QuizPhase::Pre ? "quiz-pre" : "quiz-post", theme);
  const ImVec2 o = screen_min(), sz = screen_size();
  top_bar(theme, phase == QuizPhase::Pre ? tr("Before the story: a quick check") : tr("After the story: a quick check"),
          false);
  trace_title(phase == QuizPhase::Pre ? tr("Before the story: a quick check") : tr("After the story: a quick check"));
  const auto [pad, w, x0, button_h, top, column_bottom] = column_layout(theme);
  const int number = std::min(run.answered(phase) + (revealed >= 0 ? 0 : 1), run.total(phase));

  // Bottom: Skip (secondary) and Next side by side, Skip as wide as its word needs (up to half the
  // row, so it is not hyphenated); Skip above Next when either word needs more than its part of the
  // row (large text; a long "Next" such as Dutch "Volgende" in the rest).
  const float gap = theme.sp(space::m);
  const float skip_need = text_size(f.body_bold, tr("Skip")).x + theme.sp(space::l) * 2.f;
  const float next_need = text_size(f.body_bold, tr("Next")).x + theme.sp(space::l) * 2.f;
  const float side_skip_w = std::clamp(skip_need, std::min(w * 0.36f, theme.sp(240.f)), w * 0.5f);
  const bool skip = revealed < 0;
  const bool stacked = skip && (skip_need > w * 0.5f || next_need > w - side_skip_w - gap);
  const float skip_w = stacked ? w : side_skip_w;
  const float next_x = skip && !stacked ? x0 + skip_w + gap : x0;
  const float skip_h =
      skip ? std::max(button_h, big_button_height(tr("Skip"), skip_w, theme, ButtonKind::Secondary)) : 0.f;
  const float next_h = std::max(button_h, big_button_height(tr("Next"), x0 + w - next_x, theme, ButtonKind::Primary));
  const float row_h = stacked ? next_h : std::max(skip_h, next_h);  // side by side: one height
  const float next_y = o.y + sz.y - pad - row_h;
  const float skip_y = stacked ? next_y - gap - skip_h : next_y;
  const float bottom = std::min(column_bottom, (skip ? skip_y : next_y) - theme.sp(space::m));

  // The area reaches into the right margin, so its scroll hint is drawn beside the card, not over it.
  begin_scroll_area("quiz-card", ImVec2(x0, top), ImVec2(w + pad, bottom - top));
  ImDrawList* sdl = ImGui::GetWindowDrawList();
  float y = top - ImGui::GetScrollY();
  const float y0 = y;
  std::string progress = tr("Card %d of %d");
  char buf[64];
  std::snprintf(buf, sizeof buf, progress.c_str(), number, run.total(phase));
  y += text_at(sdl, f.small, ImVec2(x0, y), p.text_muted, buf, w);
  if (number == 1 && revealed < 0)
    y += text_at(sdl, f.small, ImVec2(x0, y), p.text_muted,
                 tr("Imagine this reached you. Answer as you really would — nothing about you is kept."), w);
  y += theme.sp(space::s);
  const QuizCard& card_data = cards[size_t(current)];
  y += offer_card(sdl, ImVec2(x0, y), w, card_data, theme, true) + theme.sp(space::l);
  if (revealed >= 0) y += reveal(sdl, ImVec2(x0, y), w, card_data, theme);
  else y += questions(sdl, ImVec2(x0, y), w, run, theme);
  y += theme.sp(space::m);
  end_scroll_area(y - y0);

  if (skip && big_button("quiz-skip", tr("Skip"), ImVec2(x0, skip_y), ImVec2(skip_w, stacked ? skip_h : row_h),
                         ButtonKind::Secondary, theme, "quiz:skip"))
    result.skipped = true;
  const bool ready = revealed >= 0 || (run.trust >= 1 && run.action >= 0);
  if (big_button("quiz-next", tr("Next"), ImVec2(next_x, next_y), ImVec2(x0 + w - next_x, row_h),
                 ready ? ButtonKind::Primary : ButtonKind::Disabled, theme, "quiz:next")) {
    if (revealed >= 0) run.dismiss_reveal();
    else run.submit(phase, cards);
    if (run.revealed < 0 && run.finished(phase)) result.finished = true;
  }
  end_screen();
  return result;
}

float quiz_result_panel(ImDrawList* dl, ImVec2 pos, float w, const QuizRun& run, const Theme& theme, bool draw) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const QuizResult r = run.result();
  const QuizFeedback fb = quiz_feedback(r);
  const float pad = theme.sp(space::l);
  const float tw = w - pad * 2;
  // Measure first (draw == false), then draw the card behind and the content on top.
  auto body = [&](bool paint) {
    ImDrawList* d = paint ? dl : nullptr;
    float y = pos.y + pad;
    const float x = pos.x + pad;
    auto text = [&](ImFont* font, ImU32 colour, const std::string& s) {
      if (paint) return text_at(d, font, ImVec2(x, y), colour, s, tw);
      return text_size(font, s, tw).y;
    };
    y += text(f.heading, p.text, tr("Your change")) + theme.sp(space::s);
    y += text(f.body_bold, p.text, tr(fb.headline.c_str())) + theme.sp(space::m);
    if (r.valid()) {
      y += text(f.small, p.text_muted, tr("Telling real offers from traps")) + theme.sp(space::xs);
      y += discernment_bar(d, ImVec2(x, y), tw, tr("Before"), r.pre.discernment, with_alpha(p.text_muted, 0.8f), theme,
                           paint) +
           theme.sp(space::s);
      y += discernment_bar(d, ImVec2(x, y), tw, tr("After"), r.post.discernment, p.accent, theme, paint) +
           theme.sp(space::m);
      char buf[160];
      std::snprintf(buf, sizeof buf, tr("Safe choices: %d of %d before, %d of %d after"), sensible_count(run.pre),
                    int(run.pre.size()), sensible_count(run.post), int(run.post.size()));
      y += text(f.body, p.text, buf) + theme.sp(space::s);
    }
    for (const std::string& d_text : fb.details)
      y += text(f.body, p.text_muted, tr(d_text.c_str())) + theme.sp(space::s);
    y += theme.sp(space::s);
    // The take-away: the booster to remember.
    const float box_top = y;
    const float inner = theme.sp(space::m);
    const float th = text_size(f.small, tr("Remember"), tw - inner * 2).y + theme.sp(space::xs) +
                     text_size(f.body, tr(fb.takeaway.c_str()), tw - inner * 2).y;
    if (paint) {
      d->AddRectFilled(ImVec2(x, box_top), ImVec2(x + tw, box_top + th + inner * 2), with_alpha(p.accent, 0.16f),
                       theme.sp(space::radius) * 0.6f);
      d->AddRectFilled(ImVec2(x, box_top), ImVec2(x + theme.sp(6.f), box_top + th + inner * 2), p.accent);
      float ty = box_top + inner;
      ty += text_at(d, f.small, ImVec2(x + inner * 1.5f, ty), p.accent, tr("Remember"), tw - inner * 2) +
            theme.sp(space::xs);
      text_at(d, f.body, ImVec2(x + inner * 1.5f, ty), p.text, tr(fb.takeaway.c_str()), tw - inner * 2);
    }
    y = box_top + th + inner * 2 + pad;
    return y - pos.y;
  };
  const float h = body(false);
  if (!draw) return h;
  card(dl, pos, ImVec2(pos.x + w, pos.y + h), theme);
  body(true);
  return h;
}

QuizResultScreenResult draw_quiz_result_screen(const UiContext& ui, const QuizRun& run) {
  QuizResultScreenResult result;
  const Theme& theme = ui.theme;
  begin_screen("quiz-result", theme);
  trace_title(tr("Your change"));
  const ImVec2 o = screen_min(), sz = screen_size();
  top_bar(theme, "", false);
  const auto [pad, w, x0, button_h, top, bottom] = column_layout(theme);
  begin_scroll_area("quiz-result-panel", ImVec2(x0, top), ImVec2(w, bottom - top));
  const float y = top - ImGui::GetScrollY();
  const float h = quiz_result_panel(ImGui::GetWindowDrawList(), ImVec2(x0, y), w - theme.sp(12.f), run, theme);
  end_scroll_area(h);
  if (big_button("quiz-done", tr("Continue"), ImVec2(x0, o.y + sz.y - pad - button_h), ImVec2(w, button_h),
                 ButtonKind::Primary, theme, "quiz:continue"))
    result.done = true;
  end_screen();
  return result;
}

float quiz_dashboard_panel(ImDrawList* dl, ImVec2 pos, float w, const QuizAggregate& aggregate, const Theme& theme,
                           bool draw) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const QuizDashboard d = quiz_dashboard(aggregate);
  // Columns: group | n | before | after | change (95% CI).
  const float cols[] = {0.f, 0.30f, 0.40f, 0.52f, 0.64f};
  float y = pos.y;
  auto cell = [&](ImFont* font, ImU32 colour, int col, const std::string& text) {
    const float x = pos.x + w * cols[col];
    const float cw = (col + 1 < 5 ? w * cols[col + 1] : w) - (x - pos.x) - theme.sp(space::s);
    return draw ? text_at(dl, font, ImVec2(x, y), colour, text, cw) : text_size(font, text, cw).y;
  };
  auto line = [&](ImFont* font, ImU32 colour, const std::string& text) {
    y += (draw ? text_at(dl, font, ImVec2(pos.x, y), colour, text, w) : text_size(font, text, w).y) +
         theme.sp(space::xs);
  };
  line(f.body_bold, p.text, "Learning: pre/post quiz");
  line(f.small, p.text_muted,
       "Discernment = trust in real offers minus trust in lures (-4..+4). Change = after - before, mean with 95% CI. "
       "Visitors who finished both tests; no control group (docs/impact.md).");
  y += theme.sp(space::xs);
  auto row = [&](const QuizDashboardRow& r, const std::string& label) {
    char before[32] = "—", after[32] = "—";
    if (!r.suppressed()) {
      std::snprintf(before, sizeof before, "%+.2f", r.pre.mean);
      std::snprintf(after, sizeof after, "%+.2f", r.post.mean);
    }
    const float h = std::max({cell(f.body, p.text, 0, label), cell(f.body, p.text, 1, quiz_display_n(r.n)),
                              cell(f.body, p.text, 2, before), cell(f.body, p.text, 3, after),
                              cell(f.body, p.text, 4, format_change(r))});
    y += h + theme.sp(space::xs);
  };
  const float header_h = std::max({cell(f.small, p.text_muted, 0, "Group"), cell(f.small, p.text_muted, 1, "n"),
                                   cell(f.small, p.text_muted, 2, "Before"), cell(f.small, p.text_muted, 3, "After"),
                                   cell(f.small, p.text_muted, 4, "Change (95% CI)")});
  y += header_h + theme.sp(space::xs);
  row(d.overall, "All visitors");
  for (const QuizDashboardRow& r : d.by_scenario) row(r, "Scenario: " + r.group);
  for (const QuizDashboardRow& r : d.by_language) row(r, "Language: " + r.group);
  if (d.overall.n == 0) line(f.small, p.text_muted, "No finished quizzes yet.");
  return y - pos.y;
}

}  // namespace lureproof
