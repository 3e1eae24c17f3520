// Story picker: a scrollable grid of persona cards; the whole card is the touch target.
#include "screens/story_picker_screen.h"
#include "l10n/tr.h"

#include "journey/display_text.h"
#include "ui/frame_demand.h"
#include "ui/icons.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

// One colour per bundled story (white initials on each keep at least 3:1 contrast).
const ImU32 kPersonaColours[] = {IM_COL32(209, 73, 91, 255),  IM_COL32(42, 157, 143, 255), IM_COL32(142, 94, 162, 255),
                                 IM_COL32(58, 123, 213, 255), IM_COL32(231, 111, 81, 255), IM_COL32(92, 107, 122, 255),
                                 IM_COL32(183, 28, 108, 255), IM_COL32(46, 125, 50, 255),  IM_COL32(176, 104, 0, 255)};
constexpr int kPersonaColourCount = int(sizeof(kPersonaColours) / sizeof(kPersonaColours[0]));

std::string technique_text(lure::Technique t) {
  switch (t) {
    case lure::Technique::Fishing: return tr("An offer that waits for a reply");
    case lure::Technique::Hunting: return tr("Someone who seeks you out");
    case lure::Technique::Unspecified: break;
  }
  return "";
}

// What the card says, in one line for the accessible mirror's button.
std::string spoken_card(const lure::Scenario& sc) {
  const lure::Persona& who = sc.header.persona;
  std::string s = who.name;
  if (who.age > 0) s += ", " + std::to_string(who.age);
  s += ". " + sc.header.title + ". " + who.situation + " " +
       tr_format(trn("%d min", "%d min", sc.header.minutes), sc.header.minutes);
  return s;
}

// Lays out a card `w` wide at `pos`: the initial's circle with the name (and age) beside it, the
// title, the situation, then the minutes and the technique (on a row of its own, wrapped, when it
// does not fit beside the minutes: long words, large text). Draws it when `dl` is given; returns
// its height either way (the row takes its tallest card's).
float card_body(ImDrawList* dl, ImVec2 pos, float w, const lure::Scenario& sc, int index, const Theme& theme) {
  const TraceQuiet quiet;  // the card's texts are its button's label
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float pad = theme.sp(space::l);
  const float text_w = w - pad * 2;
  const lure::Persona& who = sc.header.persona;
  const float r = theme.sp(32.f);
  const ImVec2 c(pos.x + pad + r, pos.y + pad + r);
  const float nx = c.x + r + theme.sp(space::m), name_w = pos.x + w - pad - nx;
  const float name_y = c.y - f.heading->FontSize * 0.62f;
  std::string name = who.name;
  if (who.age > 0) name += ", " + std::to_string(who.age);
  const float name_h = text_size(f.heading, name, name_w).y;
  if (dl) {
    dl->AddCircleFilled(c, r, kPersonaColours[index % kPersonaColourCount], 40);
    const std::string initial = who.name.empty() ? "?" : first_character(who.name);
    text_centred(dl, f.heading, c.x, name_y, IM_COL32(255, 255, 255, 255), initial);
    text_at(dl, f.heading, ImVec2(nx, name_y), p.text, name, name_w);
  }
  float y = std::max(pos.y + pad + r * 2, name_y + name_h) + theme.sp(space::m);
  const auto text = [&](ImFont* font, ImVec2 at, ImU32 colour, const std::string& t, float wrap) {
    return dl ? text_at(dl, font, at, colour, t, wrap) : text_size(font, t, wrap).y;
  };
  y += text(f.body_bold, ImVec2(pos.x + pad, y), p.accent, sc.header.title, text_w) + theme.sp(space::s);
  y += text(f.body, ImVec2(pos.x + pad, y), p.text_muted, who.situation, text_w) + theme.sp(space::m);
  // Minutes and technique, each after its icon.
  const float icon = theme.sp(22.f), gap = theme.sp(6.f);
  const std::string minutes = tr_format(trn("%d min", "%d min", sc.header.minutes), sc.header.minutes);
  const std::string tech = technique_text(sc.header.technique);
  float x = pos.x + pad;
  const auto with_icon = [&](float row_y, bool clock, const std::string& t, float wrap) {
    const float cy = row_y + f.small->FontSize * 0.6f;
    if (dl && clock) icon::clock(dl, ImVec2(x + icon * 0.5f, cy), icon, p.text_muted);
    else if (dl && sc.header.technique == lure::Technique::Fishing)
      icon::hook(dl, ImVec2(x + icon * 0.5f, cy), icon, p.text_muted);
    else if (dl) icon::target(dl, ImVec2(x + icon * 0.5f, cy), icon, p.text_muted);
    x += icon + gap;
    return text(f.small, ImVec2(x, row_y), p.text_muted, t, wrap);
  };
  float row_h = with_icon(y, true, minutes, 0.f);
  x += text_size(f.small, minutes).x + theme.sp(space::l);
  if (!tech.empty()) {
    if (x + icon + gap + text_size(f.small, tech).x > pos.x + w - pad) {  // a row of its own
      y += row_h + theme.sp(space::xs);
      x = pos.x + pad;
    }
    row_h = std::max(row_h, with_icon(y, false, tech, pos.x + w - pad - (x + icon + gap)));
  }
  return y + row_h + pad - pos.y;
}

}  // namespace

StoryPickerResult draw_story_picker_screen(const UiContext& ui, const std::vector<const lure::Scenario*>& scenarios) {
  StoryPickerResult result;
  const Theme& theme = ui.theme;
  const auto [dl, o, sz, back] = begin_page("stories", theme);
  result.back = back;
  const float pad = theme.sp(space::l);
  float y = o.y + top_bar_height(theme) - theme.sp(space::s);
  const float content_w = std::min(sz.x - pad * 2, theme.sp(1500.f));
  const float x0 = o.x + (sz.x - content_w) * 0.5f;
  const float a = fade_in(ui);
  trace_title(tr("Choose a story"));
  y += text_centred(dl, theme.fonts().heading, o.x + sz.x * 0.5f, y, with_alpha(theme.palette().text, a),
                    tr("Choose a story"), content_w);
  y += text_centred(dl, theme.fonts().body, o.x + sz.x * 0.5f, y, with_alpha(theme.palette().text_muted, a),
                    tr("Live a few days of someone's life on their phone. Mark any message that seems wrong."),
                    content_w);
  y += theme.sp(space::m);
  const float min_card = theme.sp(380.f);
  const int columns = std::max(1, std::min(3, int((content_w + pad) / (min_card + pad))));
  const float gap = theme.sp(space::m);
  const float cw = (content_w - gap * float(columns - 1)) / float(columns);
  // Rows take the height of their tallest card.
  std::vector<float> row_h((scenarios.size() + size_t(columns) - 1) / size_t(columns), 0.f);
  for (size_t i = 0; i < scenarios.size(); ++i)
    row_h[i / size_t(columns)] =
        std::max(row_h[i / size_t(columns)], card_body(nullptr, ImVec2(0.f, 0.f), cw, *scenarios[i], int(i), theme));
  float total = 0.f;
  for (float h : row_h) total += h + gap;
  const ImVec2 area_pos(o.x, y), area_size(sz.x, o.y + sz.y - y);
  begin_scroll_area("story-cards", area_pos, area_size);
  ImDrawList* cdl = ImGui::GetWindowDrawList();
  const float scroll = ImGui::GetScrollY();
  float row_y = area_pos.y + theme.sp(space::s) - scroll;
  for (size_t row = 0; row < row_h.size(); ++row) {
    for (int col = 0; col < columns; ++col) {
      const size_t i = row * size_t(columns) + size_t(col);
      if (i >= scenarios.size()) break;
      const float appear = ui.reduced_motion ? 1.f : ease_out(float((ui.time - 0.08 * double(i)) / 0.5));
      if (appear < 1.f) need_animation();
      const ImVec2 pos(x0 + float(col) * (cw + gap), row_y + (1.f - appear) * theme.sp(20.f));
      const std::string id = "story:" + scenarios[i]->header.id;
      if (card_button(id.c_str(), pos, ImVec2(cw, row_h[row]), theme, id,
                      tracing_accessible() ? spoken_card(*scenarios[i]) : std::string()))
        result.chosen = int(i);
      card_body(cdl, pos, cw, *scenarios[i], int(i), theme);
    }
    row_y += row_h[row] + gap;
  }
  end_scroll_area(total + theme.sp(space::xl));
  end_screen();
  return result;
}

}  // namespace lureproof
