// Play screen: layout (phone beside choices in landscape, above them in portrait), the phone and its
// feed (ui/phone_feed.h), tap-to-skip, number keys for choices.
#include "screens/play_screen.h"
#include "l10n/tr.h"

#include "journey/flag_tally.h"
#include "ui/frame_demand.h"
#include "ui/phone_feed.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

std::string choice_label(const lure::ChoiceView& c) {
  std::string label = c.text;
  if (!c.enabled && !c.disabled_reason.empty()) label += "\n(" + c.disabled_reason + ")";
  return label;
}

struct ChoicesLayout {
  std::vector<float> heights;
  float total = 0.f;
};

// The buttons the choices panel shows now: the choices, "Show all messages" or "See what happened".
std::vector<std::string> panel_labels(const PlayView& v) {
  std::vector<std::string> labels;
  if (!v.reveal.done()) {
    labels.push_back(tr("Show all messages"));
  } else if (v.story.is_ended() || v.story.is_stuck()) {
    labels.push_back(tr("See what happened"));
  } else {
    for (size_t i = 0; i < v.story.choices().size(); ++i)
      labels.push_back(std::to_string(i + 1) + ".  " + choice_label(v.story.choices()[i]));
  }
  return labels;
}

ChoicesLayout measure(const std::vector<std::string>& labels, float width, const Theme& theme) {
  ChoicesLayout out;
  for (const std::string& l : labels) {
    out.heights.push_back(big_button_height(l, width, theme));
    out.total += out.heights.back() + theme.sp(space::m);
  }
  return out;
}

}  // namespace

PlayAction draw_play_screen(const UiContext& ui, const PlayView& v) {
  PlayAction action;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  begin_screen("play", theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = screen_min(), sz = screen_size();
  const lure::Scenario& sc = v.story.scenario();
  // TRANSLATORS: %s is the main character's first name; the phone the visitor is looking at.
  const std::string owner =
      sc.header.persona.name.empty() ? tr("The phone") : tr_format(tr("%s's phone"), sc.header.persona.name.c_str());
  top_bar(theme, owner + "  ·  " + sc.header.title, false);
  trace_title(owner + " · " + sc.header.title);

  const bool landscape = sz.x > sz.y * 1.05f;
  const float pad = theme.sp(landscape ? space::xl : space::m);
  const float top = o.y + top_bar_height(theme) - theme.sp(space::s);
  const std::vector<std::string> labels = panel_labels(v);

  ImVec2 phone_pos, phone_size, panel_pos, panel_size;
  if (landscape) {
    const float h = o.y + sz.y - top - pad;
    // Larger text gets a wider phone, so lines keep a readable number of words.
    const float text_size = theme.text_scale() / theme.scale();
    const float w = std::min(h * 0.62f * (1.f + (text_size - 1.f) * 0.6f), sz.x * 0.5f);
    const float panel_w = std::min(sz.x - w - pad * 3, theme.sp(760.f));
    const float total_w = w + pad + panel_w;
    phone_pos = ImVec2(o.x + (sz.x - total_w) * 0.5f, top);
    phone_size = ImVec2(w, h);
    panel_pos = ImVec2(phone_pos.x + w + pad * 1.5f, top);
    panel_size = ImVec2(panel_w - pad * 0.5f, h);
  } else {
    const float w = sz.x - pad * 2;
    const ChoicesLayout m = measure(labels, w, theme);
    const float panel_h = std::min(m.total + theme.sp(space::s), sz.y * 0.42f);
    phone_pos = ImVec2(o.x + pad, top);
    phone_size = ImVec2(w, o.y + sz.y - top - panel_h - pad);
    panel_pos = ImVec2(o.x + pad, phone_pos.y + phone_size.y + pad);
    panel_size = ImVec2(w, panel_h);
  }

  // ---- the phone ----
  FeedView feed{v.story, v.marks};
  feed.visible = v.reveal.visible();
  feed.typing = v.reveal.typing();
  feed.since_last_reveal = v.reveal.since_last_reveal();
  feed.reveal_flags_now = v.reveal_flags_now;
  feed.reduced_motion = ui.reduced_motion;
  feed.stick_to_bottom = !v.reveal.done() || v.reveal.since_last_reveal() < 1.5 || ui.time < 0.6;
  feed.clock = ui.clock;
  feed.base_dir = v.base_dir;
  if (feed.stick_to_bottom) need_animation();  // paced messages, typing dots, the newest bubble, the feed scrolling
  const FeedAction phone = draw_phone_feed(feed, phone_pos, phone_size, theme);
  if (phone.mark_node >= 0 && !find_mark(v.marks, phone.mark_node, phone.mark_line)) {
    action.mark_node = phone.mark_node;
    action.mark_line = phone.mark_line;
  }
  if (!v.reveal.done() && phone.tapped) action.skip = true;  // the rest of this step at once

  // ---- the choices ----
  const float appear = fade_in(ui, 0.f, 0.3f);
  const ChoicesLayout m = measure(labels, panel_size.x, theme);
  float py = panel_pos.y;
  if (landscape) {
    // A short prompt above the choices, then the buttons, vertically centred on the phone.
    const char* prompt = !v.reveal.done()     ? tr("Messages are arriving...")
                         : v.story.is_ended() ? tr("The story has ended.")
                                              : tr("What do you do?");
    const float ph = text_size(theme.fonts().heading, prompt, panel_size.x).y + theme.sp(space::l);
    py = std::max(panel_pos.y, panel_pos.y + (panel_size.y - m.total - ph) * 0.45f);
    py +=
        text_at(dl, theme.fonts().heading, ImVec2(panel_pos.x, py), with_alpha(p.text, appear), prompt, panel_size.x) +
        theme.sp(space::l);
    if (v.reveal.done() && !v.story.is_ended()) {
      const std::string hint = tr("Tap the flag beside any message that seems wrong.");
      text_at(dl, theme.fonts().small, ImVec2(panel_pos.x, o.y + sz.y - pad - theme.fonts().small->FontSize * 2.6f),
              p.text_muted, hint, panel_size.x);
    }
  }
  const float area_h = panel_pos.y + panel_size.y - py;
  begin_scroll_area("choices", ImVec2(panel_pos.x - theme.sp(6.f), py), ImVec2(panel_size.x + theme.sp(12.f), area_h));
  float cy = py - ImGui::GetScrollY();
  const float cy0 = cy;
  for (size_t i = 0; i < labels.size(); ++i) {
    ButtonKind kind = ButtonKind::Choice;
    std::string id = "choice:" + std::to_string(i);
    if (!v.reveal.done()) kind = ButtonKind::Secondary, id = "show-all";
    else if (v.story.is_ended() || v.story.is_stuck()) kind = ButtonKind::Primary, id = "see-what-happened";
    else if (!v.story.choices()[i].enabled) kind = ButtonKind::Disabled;
    if (big_button(id.c_str(), labels[i], ImVec2(panel_pos.x, cy), ImVec2(panel_size.x, m.heights[i]), kind, theme,
                   id)) {
      if (id == "show-all") action.skip = true;
      else if (id == "see-what-happened") action.finish = true;
      else action.choose = int(i);
    }
    cy += m.heights[i] + theme.sp(space::m);
  }
  end_scroll_area(cy - cy0);

  // Keyboard: 1-9 pick a choice, Space / Enter reveal the rest.
  const ImGuiIO& io = ImGui::GetIO();
  const bool keys = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);  // not under the settings
  for (int k = 0; keys && k < io.InputQueueCharacters.Size; ++k) {
    const ImWchar ch = io.InputQueueCharacters[k];
    if (ch >= '1' && ch <= '9' && v.reveal.done() && !v.story.is_ended()) {
      const size_t i = size_t(ch - '1');
      if (i < v.story.choices().size() && v.story.choices()[i].enabled) action.choose = int(i);
    }
  }
  if (keys && !v.reveal.done() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space))) action.skip = true;
  end_screen();
  return action;
}

}  // namespace lureproof
