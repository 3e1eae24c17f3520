// OperatorScreen: gesture -> PIN pad -> menu (warnings, charts, export, reset, exit). Operator
// text is English only: organisers, not visitors, read it.
#include "screens/operator_screen.h"

#include "screens/quiz_screen.h"

#include "content/today.h"

#include "kiosk/csv_export.h"
#include "ui/button_row.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

constexpr double kOperatorIdleS = 120.0;

void begin_full_window(const char* id, const Theme& theme) {
  const ImGuiViewport* vp = begin_viewport_window(id, ImGuiWindowFlags_NoBackground, true);
  const Palette& p = theme.palette();
  ImGui::GetWindowDrawList()->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y),
                                            p.background_bottom);
}

// One horizontal bar: label, bar, count as shown. Small and hidden cells ("<5", "*") get a fixed
// stub so the bar does not reveal the exact count either.
float bar(ImDrawList* dl, const Theme& theme, ImVec2 pos, float width, const std::string& label, std::uint64_t n,
          std::uint64_t max, ImU32 colour, const std::string& shown) {
  const Fonts& f = theme.fonts();
  const Palette& p = theme.palette();
  const float label_w = width * 0.38f, count_w = theme.sp(72.f);
  const float h = std::max(f.body->FontSize * 1.25f, theme.sp(28.f));
  text_at(dl, f.body, ImVec2(pos.x, pos.y + (h - f.body->FontSize) * 0.5f), p.text, label, label_w - theme.sp(8.f));
  const float track = width - label_w - count_w;
  const ImVec2 b0(pos.x + label_w, pos.y + h * 0.15f);
  dl->AddRectFilled(b0, ImVec2(b0.x + track, pos.y + h * 0.85f), p.card, theme.sp(4.f));
  float len = 0.f;
  if (n >= kSmallCell && max > 0 && shown != kHiddenCell) len = track * float(double(n) / double(max));
  else if (n > 0) len = track * 0.04f;
  if (len > 0.f) dl->AddRectFilled(b0, ImVec2(b0.x + len, pos.y + h * 0.85f), colour, theme.sp(4.f));
  text_at(dl, f.body_bold, ImVec2(pos.x + width - count_w + theme.sp(8.f), pos.y + (h - f.body->FontSize) * 0.5f),
          p.text, shown);
  return h + theme.sp(4.f);
}

template <class Map>
std::uint64_t max_of(const Map& m) {
  std::uint64_t best = 0;
  for (const auto& [k, v] : m) best = std::max<std::uint64_t>(best, v);
  return best;
}

// "45 s", or "14 min" (rounded up) for the longer lockouts.
std::string wait_text(int seconds) {
  if (seconds < 60) return std::to_string(seconds) + " s";
  return std::to_string((seconds + 59) / 60) + " min";
}

}  // namespace

void OperatorScreen::close() {
  view_ = View::Closed;
  confirm_ = Confirm::None;
  message_.clear();
  kiosk_.access().clear();
}

OperatorScreen::Action OperatorScreen::draw(const UiContext& ui, double now, bool on_attract) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  Action action = Action::None;
  if (view_ == View::Closed) {
    if (on_attract && !kiosk_.warnings().empty() && !kiosk_.warnings_acknowledged()) draw_banner(ui);
    // The corner's outer margin (see operator_gesture.h). Traced as "operator-corner" (its square
    // part) so scripted tests can tap it; the soak checks that no button ever overlaps the zone.
    OperatorGesture& gesture = kiosk_.gesture();
    gesture.set_zone(ui.theme.sp(72.f), ui.theme.sp(20.f));  // Back starts at sp(space::l) = 24
    ui_trace().targets.push_back({"operator-corner", vp->Pos,
                                  ImVec2(vp->Pos.x + gesture.edge_band(), vp->Pos.y + gesture.edge_band()), vp->Pos,
                                  ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y)});
    if (ImGui::IsMouseClicked(0) && kiosk_.gesture().press(io.MousePos.x - vp->Pos.x, io.MousePos.y - vp->Pos.y, now)) {
      view_ = View::Pin;
      last_input_ = now;
      message_ =
          kiosk_.access().has_pin() ? "" : "No operator PIN is configured (operator_pin_hash, see docs/kiosk.md).";
      action = Action::Opened;
    }
    if (view_ == View::Closed) return action;
  }
  if (ImGui::IsMouseClicked(0)) last_input_ = now;
  if (now - last_input_ > kOperatorIdleS) {
    kiosk_.log().write("operator screen closed after 2 minutes without a touch");
    close();
    return action;
  }
  if (view_ == View::Pin) draw_pin_pad(ui);
  else if (view_ == View::Menu) action = draw_menu(ui, now);
  return action;
}

void OperatorScreen::draw_banner(const UiContext& ui) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float pad = theme.sp(space::s);
  const std::vector<std::string>& w = kiosk_.warnings();
  std::string text = "Problem: " + w.front();
  if (w.size() > 1) text += "  (+" + std::to_string(w.size() - 1) + " more; the operator screen lists them all)";
  const float width = vp->Size.x - pad * 2;
  const float h = text_size(f.small, text, width - pad * 2).y + pad * 2;
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 b0(vp->Pos.x + pad, vp->Pos.y + vp->Size.y - h - pad);
  dl->AddRectFilled(b0, ImVec2(b0.x + width, b0.y + h), p.warning, theme.sp(6.f));
  text_at(dl, f.small, ImVec2(b0.x + pad, b0.y + pad), IM_COL32(0, 0, 0, 255), text, width - pad * 2);
}

void OperatorScreen::draw_pin_pad(const UiContext& ui) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  OperatorAccess& access = kiosk_.access();
  begin_full_window("operator-pin", theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetMainViewport()->Pos, sz = ImGui::GetMainViewport()->Size;
  const float key = std::min(theme.sp(88.f), (sz.y - theme.sp(220.f)) / 5.f);
  const float gap = theme.sp(space::s);
  const float pad_w = key * 3 + gap * 2;
  const float x0 = o.x + (sz.x - pad_w) * 0.5f;
  float y = o.y + theme.sp(space::l);
  y += text_centred(dl, f.heading, o.x + sz.x * 0.5f, y, p.text, "Operator PIN") + theme.sp(space::s);
  // Dots for the digits typed so far: the PIN itself is never drawn.
  std::string dots;
  for (int i = 0; i < access.typed(); ++i) dots += i ? " \xE2\x97\x8F" : "\xE2\x97\x8F";
  y += text_centred(dl, f.heading, o.x + sz.x * 0.5f, y, p.text, dots.empty() ? " " : dots) + theme.sp(space::xs);
  std::string status = message_;
  if (access.locked()) status = "Too many wrong PINs. Try again in " + wait_text(access.lockout_seconds_left()) + ".";
  y += text_centred(dl, f.small, o.x + sz.x * 0.5f, y, p.warning, status.empty() ? " " : status, sz.x - gap * 4) +
       theme.sp(space::s);
  const char* keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "0", "OK"};  // ids: pin-<key>
  for (int i = 0; i < 12; ++i) {
    const ImVec2 pos(x0 + float(i % 3) * (key + gap), y + float(i / 3) * (key + gap));
    const std::string id = std::string("pin-") + keys[i];
    const ButtonKind kind = i == 11 ? ButtonKind::Primary : ButtonKind::Secondary;
    const char* label = i == 9 ? "Del" : keys[i];  // "Delete" wraps inside a square key
    if (!big_button(id.c_str(), label, pos, ImVec2(key, key), kind, theme, id)) continue;
    if (i == 9) access.erase();
    else if (i == 11) {
      const OperatorAccess::Result result = access.submit();
      const std::string problem = access.take_problem();
      if (!problem.empty()) kiosk_.log().write("warning: " + problem);
      switch (result) {
        case OperatorAccess::Result::Granted:
          view_ = View::Menu;
          message_.clear();
          kiosk_.log().write("operator screen opened");
          break;
        case OperatorAccess::Result::Wrong: message_ = "Wrong PIN."; break;
        case OperatorAccess::Result::LockedOut:
          if (access.lockout().wrong_in_a_row() == 0 && access.locked())
            kiosk_.log().write("operator PIN pad locked for " +
                               std::to_string(access.lockout().current_step_minutes()) + " min after " +
                               std::to_string(PinLockout::kAttemptsPerStep) + " wrong PINs (lockout " +
                               std::to_string(access.lockout().lockouts()) + ")");
          break;
        case OperatorAccess::Result::NoPin: break;
      }
    } else access.type_digit(keys[i][0]);
  }
  y += (key + gap) * 4 + theme.sp(space::s);
  if (big_button("pin-cancel", "Cancel", ImVec2(x0, y), ImVec2(pad_w, theme.sp(space::touch)), ButtonKind::Secondary,
                 theme, "pin-cancel"))
    close();
  ImGui::End();
}

float OperatorScreen::draw_statistics(const UiContext& ui, ImVec2 pos, float width) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y0 = pos.y;
  const Statistics* s = kiosk_.statistics();
  auto heading = [&](const std::string& text) {
    pos.y += theme.sp(space::m);
    pos.y += text_at(dl, f.body_bold, pos, p.text, text, width) + theme.sp(space::xs);
  };
  if (!s) {
    pos.y += text_at(dl, f.body, pos, p.text_muted, "Statistics are off (statistics = false, or no data dir).", width);
    return pos.y - y0;
  }
  pos.y += text_at(dl, f.body, pos, p.text,
                   "Visits: " + display_count(s->sessions) + "   completed: " + display_count(s->completed) +
                       "   (counts under " + std::to_string(kSmallCell) + " are shown as " + small_cell_text() +
                       "; * hides a count that would give one away)",
                   width);
  const StatisticsDisplay shown = display_statistics(*s);
  heading("Languages");
  for (const auto& [code, n] : s->languages)
    pos.y += bar(dl, theme, pos, width, code, n, max_of(s->languages), p.accent, shown.languages.at(code));
  heading("Time spent");
  for (const std::string& b : duration_buckets()) {
    auto it = s->durations.find(b);
    pos.y += bar(dl, theme, pos, width, b, it == s->durations.end() ? 0 : it->second, max_of(s->durations), p.accent,
                 shown.durations.at(b));
  }
  if (!s->quiz_bands.empty()) {
    heading("Quiz score bands");
    for (const auto& [band, n] : s->quiz_bands)
      pos.y += bar(dl, theme, pos, width, band, n, max_of(s->quiz_bands), p.accent, shown.quiz_bands.at(band));
  }
  if (!s->checks.empty()) {
    heading("What visitors would check (after the story)");
    for (const auto& [check, n] : s->checks)
      pos.y += bar(dl, theme, pos, width, check, n, max_of(s->checks), p.accent, display_count(n));
  }
  pos.y += theme.sp(space::m);  // the panel brings its own heading ("Learning: pre/post quiz")
  pos.y += quiz_dashboard_panel(dl, pos, width, s->quiz, theme);
  for (const auto& [id, c] : s->scenarios) {
    heading("Scenario " + id + ": " + shown.plays.at(id) + " plays");
    for (const auto& [ending, n] : c.endings)
      pos.y += bar(dl, theme, pos, width, "ending: " + ending, n, max_of(c.endings),
                   ending == "harmed" ? p.danger : p.success, shown.endings.at(id).at(ending));
    std::uint64_t flag_max = 0;
    for (const auto& [flag, fc] : c.flags) flag_max = std::max({flag_max, fc.spotted, fc.missed});
    for (const auto& [flag, fc] : c.flags) {
      pos.y +=
          bar(dl, theme, pos, width, flag + " spotted", fc.spotted, flag_max, p.success, display_count(fc.spotted));
      pos.y += bar(dl, theme, pos, width, flag + " missed", fc.missed, flag_max, p.flag, display_count(fc.missed));
    }
  }
  return pos.y - y0;
}

// "Content facts last checked: <date>" (the oldest check among the facts the stories state, see
// content_status.h) and each story's `reviewed:` / `facts-checked:` headers.
float OperatorScreen::draw_content_status(const UiContext& ui, ImVec2 pos, float width) {
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y0 = pos.y;
  std::string facts = "Content facts last checked: ";
  bool stale = false;
  if (content_.facts_last_checked.empty()) {
    facts += "no dated facts recorded (assets/facts.toml)";
  } else {
    const int n = content_.facts_counted;
    facts += content_.facts_last_checked + "  (the oldest check among the " + std::to_string(n) +
             (n == 1 ? " fact" : " facts") +
             (content_.facts_referenced ? " the stories state)" : " in assets/facts.toml)");
    stale = lure::days_between(content_.facts_last_checked, today_utc()) > 365;
    if (stale) facts += ": more than 12 months ago, check them again (lure facts)";
  }
  pos.y += text_at(dl, f.body_bold, pos, stale ? p.warning : p.text, facts, width) + theme.sp(space::xs);
  for (const ScenarioReview& r : content_.scenarios) {
    std::string line = (r.title.empty() ? r.id : r.title) + ": ";
    line += r.reviewed_on.empty() ? "not reviewed yet" : "reviewed by " + r.reviewed_by + " on " + r.reviewed_on;
    line += r.facts_checked.empty() ? "; facts check not recorded" : "; facts checked " + r.facts_checked;
    pos.y +=
        text_at(dl, f.small, pos, r.reviewed_on.empty() ? p.warning : p.text_muted, line, width) + theme.sp(space::xs);
  }
  return pos.y - y0 + theme.sp(space::s);
}

OperatorScreen::Action OperatorScreen::draw_menu(const UiContext& ui, double now) {
  (void)now;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  Action action = Action::None;
  begin_full_window("operator-menu", theme);
  const ImVec2 o = ImGui::GetMainViewport()->Pos, sz = ImGui::GetMainViewport()->Size;
  const float pad = theme.sp(space::l);
  const float bh = theme.sp(space::touch);
  const float width = std::min(sz.x - pad * 2, theme.sp(900.f));
  const float x0 = o.x + (sz.x - width) * 0.5f;
  ImDrawList* top = ImGui::GetWindowDrawList();
  text_at(top, f.heading, ImVec2(x0, o.y + pad), p.text, "Operator");
  if (big_button("op-close", "Close", ImVec2(x0 + width - theme.sp(160.f), o.y + pad * 0.5f),
                 ImVec2(theme.sp(160.f), bh), ButtonKind::Secondary, theme, "op-close")) {
    kiosk_.log().write("operator screen closed");
    close();
    ImGui::End();
    return action;
  }
  // Action row; stacked when a label does not fit a third of the width (phones, large text).
  const float row_y = o.y + pad + bh + theme.sp(space::s);
  const ButtonRowLayout row =
      button_row_layout({"Export CSV", "Reset counters", "Exit kiosk"}, width, theme.sp(space::s), bh, theme);
  auto slot = [&](int i) { return row.slot(ImVec2(x0, row_y), i); };
  const ImVec2 button(row.button_w, row.button_h);
  if (big_button("op-export", "Export CSV", slot(0), button, ButtonKind::Primary, theme, "op-export")) {
    confirm_ = Confirm::Export;
    folders_ = export_folder_candidates(kiosk_.data_dir());
    chosen_folder_.clear();
    message_.clear();
  }
  if (big_button("op-reset", "Reset counters", slot(1), button, ButtonKind::Secondary, theme, "op-reset")) {
    confirm_ = Confirm::Reset;
    message_.clear();
  }
  if (big_button("op-exit", "Exit kiosk", slot(2), button, ButtonKind::Secondary, theme, "op-exit")) {
    confirm_ = Confirm::Exit;
    message_.clear();
  }

  const float area_y = row_y + row.height + theme.sp(space::m);
  ImDrawList* dl = begin_scroll_area("op-scroll", ImVec2(x0, area_y), ImVec2(width, o.y + sz.y - area_y - pad));
  ImVec2 pos(ImGui::GetWindowPos().x, ImGui::GetWindowPos().y - ImGui::GetScrollY());
  const float y_start = pos.y;
  const float inner = width - theme.sp(space::m);
  if (!message_.empty()) pos.y += text_at(dl, f.body_bold, pos, p.accent, message_, inner) + theme.sp(space::s);

  // Confirmations and the export folder list come first, where the operator is looking.
  auto yes_no = [&](const std::string& question, const char* yes_id) {
    pos.y += text_at(dl, f.body, pos, p.text, question, inner) + theme.sp(space::s);
    const float half = (inner - theme.sp(space::s)) * 0.5f;
    const bool yes = big_button(yes_id, "Yes", pos, ImVec2(half, bh), ButtonKind::Primary, theme, yes_id);
    if (big_button("op-no", "No", ImVec2(pos.x + half + theme.sp(space::s), pos.y), ImVec2(half, bh),
                   ButtonKind::Secondary, theme, "op-no"))
      confirm_ = Confirm::None;
    pos.y += bh + theme.sp(space::m);
    return yes;
  };
  if (confirm_ == Confirm::Reset && yes_no("Set every counter back to zero? The old counters are kept in the data dir "
                                           "as stats.json.before-reset-N.",
                                           "op-reset-yes")) {
    std::string error;
    message_ = kiosk_.reset_statistics(error) ? "Counters reset." : "Reset failed: " + error;
    confirm_ = Confirm::None;
  }
  if (confirm_ == Confirm::Exit && yes_no("Leave the kiosk? Under systemd it starts again by itself unless the "
                                          "service is stopped.",
                                          "op-exit-yes")) {
    kiosk_.log().write("operator left the kiosk");
    action = Action::ExitKiosk;
    confirm_ = Confirm::None;
  }
  if (confirm_ == Confirm::Export) {
    if (chosen_folder_.empty()) {
      pos.y += text_at(dl, f.body, pos, p.text,
                       folders_.empty()
                           ? std::string("No writable folder found. Plug in a USB stick and press Export CSV again.")
                           : std::string("Export to which folder?"),
                       inner) +
               theme.sp(space::s);
      for (size_t i = 0; i < folders_.size(); ++i) {
        const std::string id = "op-folder-" + std::to_string(i);
        if (big_button(id.c_str(), folders_[i], pos, ImVec2(inner, bh), ButtonKind::Choice, theme, id))
          chosen_folder_ = folders_[i];
        pos.y += bh + theme.sp(space::xs);
      }
      if (big_button("op-export-cancel", "Cancel", pos, ImVec2(inner, bh), ButtonKind::Secondary, theme,
                     "op-export-cancel"))
        confirm_ = Confirm::None;
      pos.y += bh + theme.sp(space::m);
    } else if (yes_no("Write the statistics as CSV into " + chosen_folder_ + "?", "op-export-yes")) {
      std::string written, error;
      message_ = kiosk_.export_statistics(chosen_folder_, written, error)
                     ? "Saved " + written + ". You can remove the stick now."
                     : "Export failed: " + error;
      confirm_ = Confirm::None;
    }
  }

  // Problems to look at, then the charts.
  if (!kiosk_.warnings().empty()) {
    pos.y += text_at(dl, f.body_bold, pos, p.warning,
                     "Problems with the config, scenarios or statistics (also in kiosk.log):", inner) +
             theme.sp(space::xs);
    for (const std::string& w : kiosk_.warnings())
      pos.y += text_at(dl, f.small, pos, p.text, w, inner) + theme.sp(space::xs);
    if (!kiosk_.warnings_acknowledged()) {
      if (big_button("op-ack", "Hide the warning banner", pos, ImVec2(inner, bh), ButtonKind::Secondary, theme,
                     "op-ack"))
        kiosk_.acknowledge_warnings();
      pos.y += bh;
    }
    pos.y += theme.sp(space::m);
  }
  if (!kiosk_.data_dir().empty())
    pos.y += text_at(dl, f.small, pos, p.text_muted, "Data dir: " + kiosk_.data_dir(), inner) + theme.sp(space::s);
  pos.y += draw_content_status(ui, pos, inner);
  pos.y += draw_statistics(ui, pos, inner);
  end_scroll_area(pos.y - y_start + pad);
  ImGui::End();
  return action;
}

}  // namespace lureproof
