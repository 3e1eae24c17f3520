// PhonePreview: the current app segment of the playtest's feed in the game's phone, red-flag
// markers that reveal the flag's explanation, and the choices (number keys are the editor's).
#include "studio/phone_preview.h"

#include "journey/feed.h"
#include "ui/phone.h"
#include "ui/widgets.h"

#include <lure/story.h>

#include <algorithm>

int PhonePreview::draw(const Playtest& play, const Theme& theme, ImVec2 size, const std::string& base_dir) {
  int chosen = -1;
  ImGui::BeginChild("phone-preview", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PushFont(theme.fonts().body_bold);
  ImGui::TextUnformatted("Phone");
  ImGui::PopFont();
  if (!play.running()) {
    ImGui::TextWrapped("Press \"Play from here\" to try the node under the cursor in the visitor's phone, or "
                       "\"Play from start\".");
    ImGui::EndChild();
    return -1;
  }
  const lure::Story& story = play.story();
  const lure::Scenario& sc = *play.scenario();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();

  // The choices take what they need under the phone (at most 40 %).
  std::vector<std::string> labels;
  for (size_t i = 0; i < story.choices().size(); ++i) {
    const lure::ChoiceView& c = story.choices()[i];
    std::string label = std::to_string(i + 1) + ".  " + c.text;
    if (!c.enabled && !c.disabled_reason.empty()) label += "\n(" + c.disabled_reason + ")";
    labels.push_back(std::move(label));
  }
  if (labels.empty()) labels.push_back(story.is_ended() ? "The end: " + std::string(lure::ending_class_name(story.ending()))
                                                        : "Stuck: no choice is available here");
  const float gap = theme.sp(space::s);
  std::vector<float> heights;
  float panel_h = 0.f;
  for (const std::string& l : labels) {
    heights.push_back(big_button_height(l, avail.x, theme));
    panel_h += heights.back() + gap;
  }
  panel_h = std::min(panel_h, avail.y * 0.34f);

  // ---- the phone ----
  const float phone_h = avail.y - panel_h - gap;
  // Wider than a real phone: the game's type scale is made for a kiosk-sized phone.
  const float phone_w = std::min(avail.x * 0.94f, phone_h * 0.72f);
  const ImVec2 phone_pos(o.x + (avail.x - phone_w) * 0.5f, o.y);
  const std::vector<FeedLine> feed = feed_of(story);
  const int visible = int(feed.size());
  const AppSegment seg = app_segment(story, feed, visible);
  const auto& transcript = story.transcript();
  PhoneApp app;
  if (seg.node >= 0) {
    app.channel = transcript[size_t(seg.node)].channel;
    app.title = transcript[size_t(seg.node)].title;
  } else if (!transcript.empty()) {
    app.channel = transcript.back().channel;
    app.title = transcript.back().title;
  }
  for (int i = seg.begin; i < seg.end && !app.contact; ++i) {
    const lure::LineView& l = transcript[size_t(feed[size_t(i)].node)].lines[size_t(feed[size_t(i)].line)];
    if (l.speaker && l.speaker_id != "you" && l.speaker_id != "narrator") app.contact = l.speaker;
  }
  app.base_dir = base_dir;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 cmin, cmax;
  draw_phone(dl, phone_pos, ImVec2(phone_w, phone_h), app, theme, cmin, cmax);

  begin_scroll_area("studio-phone-feed", cmin, ImVec2(cmax.x - cmin.x, cmax.y - cmin.y), true);
  ImDrawList* fdl = ImGui::GetWindowDrawList();
  const float width = cmax.x - cmin.x;
  float y = cmin.y - ImGui::GetScrollY();
  const float y0 = y;
  y += draw_app_header(fdl, ImVec2(cmin.x, y), width, app, theme);
  y += theme.sp(space::s);
  std::string last_speaker;
  for (int i = seg.begin; i < seg.end; ++i) {
    const FeedLine& fl = feed[size_t(i)];
    const lure::NodeView& node = transcript[size_t(fl.node)];
    const lure::LineView& line = node.lines[size_t(fl.line)];
    if (!line.time.empty()) y += draw_time_separator(fdl, ImVec2(cmin.x, y), width, line.time, theme);
    MessageBlock b;
    b.line = &line;
    b.channel = node.channel;
    b.show_speaker = line.speaker_id != last_speaker;
    last_speaker = line.speaker_id;
    b.markable = line.speaker_id != "you";
    b.marked = marks_.count({fl.node, fl.line}) > 0;
    b.mark_correct = b.marked && !line.flags.empty();
    if (b.mark_correct) {
      const int fi = sc.find_flag(line.flags.front());
      if (fi >= 0) {
        b.flag_label = sc.flags[size_t(fi)].label;
        b.flag_explain = sc.flags[size_t(fi)].explain;
      }
    }
    b.id = "studio-mark:" + std::to_string(fl.node) + ":" + std::to_string(fl.line);
    b.base_dir = base_dir;
    bool pressed = false;
    y += draw_message(fdl, ImVec2(cmin.x, y), width, b, theme, pressed);
    if (pressed) {
      if (b.marked) marks_.erase({fl.node, fl.line});
      else marks_.insert({fl.node, fl.line});
    }
  }
  y += theme.sp(space::l);
  end_scroll_area(y - y0);

  // ---- the choices ----
  const ImVec2 panel_pos(o.x, o.y + phone_h + gap);
  begin_scroll_area("studio-choices", panel_pos, ImVec2(avail.x, panel_h));
  float cy = panel_pos.y - ImGui::GetScrollY();
  const float cy0 = cy;
  for (size_t i = 0; i < labels.size(); ++i) {
    const bool real = i < story.choices().size();
    const ButtonKind kind = !real ? ButtonKind::Secondary
                                  : story.choices()[i].enabled ? ButtonKind::Choice : ButtonKind::Disabled;
    const std::string id = "studio-choice:" + std::to_string(i);
    if (big_button(id.c_str(), labels[i], ImVec2(panel_pos.x, cy), ImVec2(avail.x, heights[i]), kind, theme, id) &&
        real && story.choices()[i].enabled)
      chosen = int(i);
    cy += heights[i] + gap;
  }
  end_scroll_area(cy - cy0);
  ImGui::EndChild();
  return chosen;
}
