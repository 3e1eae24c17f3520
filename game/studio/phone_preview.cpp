// PhonePreview: the playtest's feed in the visitor's phone (ui/phone_feed.h), red-flag markers that
// toggle the author's marks, and the choices (number keys are the editor's).
#include "studio/phone_preview.h"

#include "journey/flag_tally.h"
#include "ui/phone_feed.h"
#include "ui/widgets.h"

#include <lure/story.h>

#include <algorithm>
#include <climits>

namespace lureproof {

void PhonePreview::toggle_mark(const lure::Story& story, int node, int line) {
  if (const Mark* m = find_mark(marks_, node, line)) {
    marks_.erase(marks_.begin() + (m - marks_.data()));
    return;
  }
  const std::vector<std::string> flags = flags_on(story.transcript()[size_t(node)], line);
  marks_.push_back({node, line, !flags.empty(), flags});  // as Journey::mark records a visitor's
}

int PhonePreview::draw(const Playtest& play, const Theme& theme, ImVec2 size, const std::string& base_dir) {
  int chosen = -1;
  ImGui::BeginChild("phone-preview", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PushFont(theme.fonts().body_bold);
  ImGui::TextUnformatted("Phone");
  ImGui::PopFont();
  if (!play.running()) {
    ImGui::TextWrapped(
        "Press \"Play from here\" to try the node under the cursor in the visitor's phone, or "
        "\"Play from start\".");
    ImGui::EndChild();
    return -1;
  }
  const lure::Story& story = play.story();
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
  if (labels.empty())
    labels.push_back(story.is_ended() ? "The end: " + std::string(lure::ending_class_name(story.ending()))
                                      : "Stuck: no choice is available here");
  const float gap = theme.sp(space::s);
  std::vector<float> heights;
  float panel_h = 0.f;
  for (const std::string& l : labels) {
    heights.push_back(big_button_height(l, avail.x, theme));
    panel_h += heights.back() + gap;
  }
  panel_h = std::min(panel_h, avail.y * 0.34f);

  // ---- the phone: the visitor's, every line of the play shown ----
  const float phone_h = avail.y - panel_h - gap;
  // Wider than a real phone: the game's type scale is made for a kiosk-sized phone.
  const float phone_w = std::min(avail.x * 0.94f, phone_h * 0.72f);
  FeedView feed{story, marks_};
  feed.visible = INT_MAX;
  feed.base_dir = base_dir;
  const FeedAction phone =
      draw_phone_feed(feed, ImVec2(o.x + (avail.x - phone_w) * 0.5f, o.y), ImVec2(phone_w, phone_h), theme);
  if (phone.mark_node >= 0) toggle_mark(story, phone.mark_node, phone.mark_line);

  // ---- the choices ----
  const ImVec2 panel_pos(o.x, o.y + phone_h + gap);
  begin_scroll_area("studio-choices", panel_pos, ImVec2(avail.x, panel_h));
  float cy = panel_pos.y - ImGui::GetScrollY();
  const float cy0 = cy;
  for (size_t i = 0; i < labels.size(); ++i) {
    const bool real = i < story.choices().size();
    const ButtonKind kind = !real                        ? ButtonKind::Secondary
                            : story.choices()[i].enabled ? ButtonKind::Choice
                                                         : ButtonKind::Disabled;
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

}  // namespace lureproof
