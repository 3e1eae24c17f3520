// The phone and its feed for the play screen and the Studio's preview (see phone_feed.h).
#include "ui/phone_feed.h"

#include "journey/feed.h"
#include "journey/flag_tally.h"
#include "ui/phone.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <lure/addresses.h>

#include <algorithm>

namespace lureproof {

namespace {

const lure::LineView& line_of(const lure::Story& story, const FeedLine& fl) {
  return story.transcript()[size_t(fl.node)].lines[size_t(fl.line)];
}

const lure::Character* contact_of(const lure::Story& story, const std::vector<FeedLine>& feed, const AppSegment& seg) {
  for (int i = seg.begin; i < seg.end; ++i) {
    const lure::LineView& l = line_of(story, feed[size_t(i)]);
    if (l.speaker && !l.comment && l.speaker_id != "you" && l.speaker_id != "narrator") return l.speaker;
  }
  return nullptr;
}

// Names above bubbles only when several people write in this app (a group chat, a thread).
bool many_speakers(const lure::Story& story, const std::vector<FeedLine>& feed, const AppSegment& seg) {
  std::vector<std::string> others;
  for (int i = seg.begin; i < seg.end; ++i) {
    const lure::LineView& l = line_of(story, feed[size_t(i)]);
    if (!l.comment && l.speaker_id != "you" && l.speaker_id != "narrator" &&
        std::find(others.begin(), others.end(), l.speaker_id) == others.end())
      others.push_back(l.speaker_id);
  }
  return others.size() > 1;
}

// The addresses and numbers the node's app shows, each with its mark (lure/addresses.h).
std::vector<PhoneField> fields_of(const lure::Scenario& sc, const lure::NodeView& node, int node_index,
                                  const std::vector<Mark>& marks) {
  std::vector<PhoneField> fields;
  for (size_t i = 0; i < node.properties.size(); ++i) {
    const auto& [key, value] = node.properties[i];
    if (!lure::is_address_property(key) || !lure::channel_shows_address(node.channel, key)) continue;
    PhoneField f;
    f.property = int(i);
    f.key = key;
    f.value = value;
    f.id = "mark:" + std::to_string(node_index) + ":" + key;
    if (const Mark* mark = find_mark(marks, node_index, field_line(int(i)))) {
      f.marked = true;
      f.mark_correct = mark->correct;
      const int fi = mark->correct ? sc.find_flag(mark->flags.front()) : -1;
      if (fi >= 0) {
        f.flag_label = sc.flags[size_t(fi)].label;
        f.flag_explain = sc.flags[size_t(fi)].explain;
      }
    }
    fields.push_back(std::move(f));
  }
  return fields;
}

}  // namespace

FeedAction draw_phone_feed(const FeedView& v, ImVec2 pos, ImVec2 size, const Theme& theme) {
  FeedAction action;
  const lure::Scenario& sc = v.story.scenario();
  const std::vector<FeedLine> feed = feed_of(v.story);
  const int visible = std::min(v.visible, int(feed.size()));
  const AppSegment seg = app_segment(v.story, feed, visible);
  const auto& transcript = v.story.transcript();
  PhoneApp app;
  if (seg.node >= 0) {
    const lure::NodeView& node = transcript[size_t(seg.node)];
    app.channel = node.channel;
    app.title = node.title;
    app.properties = node.properties;
    app.fields = fields_of(sc, node, seg.node, v.marks);
    if (seg.begin < seg.end) app.time = line_of(v.story, feed[size_t(seg.begin)]).time;
  }
  app.contact = contact_of(v.story, feed, seg);
  app.base_dir = v.base_dir;
  app.reveal_result = v.reveal_flags_now;
  ImVec2 cmin, cmax;
  const auto field_tapped = [&](int field) {
    if (field < 0) return;
    action.mark_node = seg.node;
    action.mark_line = field_line(app.fields[size_t(field)].property);
  };
  field_tapped(draw_phone(ImGui::GetWindowDrawList(), pos, size, app, theme, cmin, cmax));

  begin_scroll_area("phone-feed", cmin, ImVec2(cmax.x - cmin.x, cmax.y - cmin.y), v.stick_to_bottom);
  ImDrawList* fdl = ImGui::GetWindowDrawList();
  const float width = cmax.x - cmin.x;
  float y = cmin.y - ImGui::GetScrollY();
  const float y0 = y;
  int header_field = -1;
  y += draw_app_header(fdl, ImVec2(cmin.x, y), width, app, theme, header_field);
  field_tapped(header_field);
  y += theme.sp(space::s);
  const bool names = many_speakers(v.story, feed, seg);
  // A post's bar of counts sits under the post, above its first comment row (or at the end).
  bool post_bar = app.channel == lure::Channel::SocialPost && app.contact && seg.begin < std::min(seg.end, visible);
  std::string last_speaker;
  for (int i = seg.begin; i < std::min(seg.end, visible); ++i) {
    const FeedLine& fl = feed[size_t(i)];
    const lure::NodeView& node = transcript[size_t(fl.node)];
    const lure::LineView& line = node.lines[size_t(fl.line)];
    if (!line.time.empty()) y += draw_time_separator(fdl, ImVec2(cmin.x, y), width, line.time, theme);
    if (line.comment && post_bar) {
      y += draw_post_footer(fdl, ImVec2(cmin.x, y), width, app, theme);
      post_bar = false;
    }
    MessageBlock b;
    b.line = &line;
    b.channel = node.channel;
    b.show_speaker = line.speaker_id != last_speaker &&
                     (names || node.channel == lure::Channel::Email || node.channel == lure::Channel::Call);
    last_speaker = line.speaker_id;
    // Narration says what happens, it is no one's message: it has a flag button only when the author
    // attached a flag to it.
    b.markable = line.speaker_id != "you" && (line.speaker_id != "narrator" || !line.flags.empty());
    const Mark* mark = find_mark(v.marks, fl.node, fl.line);
    b.marked = mark != nullptr;
    b.mark_correct = mark && mark->correct;
    b.reveal_result = v.reveal_flags_now;
    if (mark && mark->correct) {
      const int fi = sc.find_flag(mark->flags.front());
      if (fi >= 0) {
        b.flag_label = sc.flags[size_t(fi)].label;
        b.flag_explain = sc.flags[size_t(fi)].explain;
      }
    }
    const bool newest = i == visible - 1;
    b.appear = v.reduced_motion || !newest ? 1.f : ease_out(float(v.since_last_reveal / 0.35));
    b.id = "mark:" + std::to_string(fl.node) + ":" + std::to_string(fl.line);
    b.base_dir = v.base_dir;
    bool pressed = false;
    y += line.comment ? draw_comment(fdl, ImVec2(cmin.x, y), width, b, theme, pressed)
                      : draw_message(fdl, ImVec2(cmin.x, y), width, b, theme, pressed);
    if (pressed) {
      action.mark_node = fl.node;
      action.mark_line = fl.line;
    }
  }
  if (post_bar) y += draw_post_footer(fdl, ImVec2(cmin.x, y), width, app, theme);
  if (v.typing && visible < int(feed.size())) {
    const FeedLine& next = feed[size_t(visible)];
    const lure::NodeView& node = transcript[size_t(next.node)];
    const lure::LineView& line = node.lines[size_t(next.line)];
    if (line.speaker_id != "narrator")
      y += draw_typing(fdl, ImVec2(cmin.x, y), width, line.speaker, node.channel, theme, v.clock, !v.reduced_motion,
                       v.base_dir);
  }
  y += theme.sp(space::l);
  // A tap anywhere on the phone but a flag (the play screen shows the rest of the step at once).
  action.tapped = ImGui::IsWindowHovered() && ImGui::IsMouseReleased(0) && !ImGui::IsAnyItemHovered() &&
                  ImGui::GetMouseDragDelta(0, 0.f).y * ImGui::GetMouseDragDelta(0, 0.f).y < 100.f;
  end_scroll_area(y - y0);
  trace_target("phone", cmin, cmax);
  return action;
}

}  // namespace lureproof
