// Debrief screen: map card (landscape left / portrait top) and the scrollable red-flag list.
#include "screens/debrief_screen.h"
#include "l10n/tr.h"

#include "content/content_status.h"
#include "ui/frame_demand.h"
#include "ui/icons.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

float flag_entry(ImDrawList* dl, ImVec2 pos, float w, const FlagResult& r, const lure::ContentRegister& sources,
                 const Theme& theme, bool draw) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float pad = theme.sp(space::m);
  const float icon = theme.sp(40.f);
  const float tx = pos.x + pad + icon + theme.sp(space::s);
  const float tw = pos.x + w - pad - tx;
  const lure::RedFlag& flag = *r.flag;
  const std::string status = r.spotted ? tr("You spotted this") : tr("Missed this time");
  const std::string action = tr_format(tr("What protects you: %s"), flag.action.c_str());
  const std::string cited = cite_sources(flag.source, sources);
  const std::string source = tr_format(lure::split_id_list(flag.source).size() > 1 ? tr("Sources: %s") : tr("Source: %s"),
                                       cited.c_str());
  float h = pad;
  h += text_size(f.small, status, tw).y;
  h += text_size(f.body_bold, flag.label, tw).y + theme.sp(4.f);
  h += text_size(f.body, flag.explain, tw).y + theme.sp(space::s);
  if (!flag.action.empty()) h += text_size(f.body, action, tw).y + theme.sp(space::s);
  if (!flag.source.empty()) h += text_size(f.small, source, tw).y;
  h += pad;
  if (!draw) return h;
  // The accessible view: the whole card as one entry (the text edition lists them).
  if (tracing_accessible()) {
    std::string entry = status + ": " + flag.label + ". " + flag.explain;
    if (!flag.action.empty()) entry += " " + action;
    if (!flag.source.empty()) entry += " " + source;
    trace_message("flagentry:" + flag.id, {}, entry);
  }
  const TraceQuiet quiet;
  card(dl, pos, ImVec2(pos.x + w, pos.y + h), theme);
  const ImVec2 ic(pos.x + pad + icon * 0.5f, pos.y + pad + icon * 0.5f);
  dl->AddCircleFilled(ic, icon * 0.5f, r.spotted ? p.success : with_alpha(p.flag, 0.9f), 32);
  if (r.spotted) icon::check(dl, ic, icon * 0.6f, IM_COL32(20, 40, 30, 255));
  else icon::flag(dl, ic, icon * 0.6f, IM_COL32(255, 255, 255, 255), true);
  float y = pos.y + pad;
  y += text_at(dl, f.small, ImVec2(tx, y), r.spotted ? p.success : p.warning, status, tw);
  y += text_at(dl, f.body_bold, ImVec2(tx, y), p.text, flag.label, tw) + theme.sp(4.f);
  y += text_at(dl, f.body, ImVec2(tx, y), p.text_muted, flag.explain, tw) + theme.sp(space::s);
  if (!flag.action.empty()) y += text_at(dl, f.body, ImVec2(tx, y), p.text, action, tw) + theme.sp(space::s);
  if (!flag.source.empty()) text_at(dl, f.small, ImVec2(tx, y), p.text_muted, source, tw);
  return h;
}

void legend(ImDrawList* dl, ImVec2 pos, float w, const Theme& theme) {
  const TraceQuiet quiet;  // the map's key: decoration for the accessible view
  const Palette& p = theme.palette();
  ImFont* small = theme.fonts().small;
  const float r = theme.sp(7.f);
  struct Item {
    ImU32 colour;
    const char* text;
  };
  const Item items[] = {{p.accent, tr("Your path")},
                        {IM_COL32(96, 200, 140, 255), tr("Safe")},
                        {IM_COL32(92, 170, 240, 255), tr("Got help")},
                        {IM_COL32(236, 120, 110, 255), tr("Harmed")}};
  float x = pos.x, y = pos.y;
  for (const Item& it : items) {
    const float tw = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0.f, it.text).x;
    if (x + r * 3 + tw > pos.x + w) {
      x = pos.x;
      y += small->FontSize * 1.4f;
    }
    dl->AddCircleFilled(ImVec2(x + r, y + small->FontSize * 0.55f), r, it.colour, 16);
    text_at(dl, small, ImVec2(x + r * 2.6f, y), p.text_muted, it.text);
    x += r * 3 + tw + theme.sp(space::l);
  }
}

}  // namespace

DebriefResult draw_debrief_screen(const UiContext& ui, const DebriefView& v) {
  DebriefResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  begin_screen("debrief", theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = screen_min(), sz = screen_size();
  result.back = top_bar(theme, tr("The map of the story"), true).back;
  trace_title(tr("The map of the story"));
  const bool landscape = sz.x > sz.y * 1.05f;
  const float pad = theme.sp(landscape ? space::xl : space::m);
  const float top = o.y + top_bar_height(theme) - theme.sp(space::s);
  const float button_h = theme.sp(72.f);
  const float bottom = o.y + sz.y - pad - button_h - theme.sp(space::m);

  ImVec2 map_min, map_max, list_min, list_max;
  if (landscape) {
    const float map_w = (sz.x - pad * 3) * 0.48f;
    map_min = ImVec2(o.x + pad, top);
    map_max = ImVec2(map_min.x + map_w, o.y + sz.y - pad);
    list_min = ImVec2(map_max.x + pad, top);
    list_max = ImVec2(o.x + sz.x - pad, bottom);
  } else {
    map_min = ImVec2(o.x + pad, top);
    map_max = ImVec2(o.x + sz.x - pad, top + (bottom - top) * 0.36f);
    list_min = ImVec2(o.x + pad, map_max.y + pad);
    list_max = ImVec2(o.x + sz.x - pad, bottom);
  }
  // The map card.
  card(dl, map_min, map_max, theme);
  const float mp = theme.sp(space::m);
  float my = map_min.y + mp;
  my += text_at(dl, f.body_bold, ImVec2(map_min.x + mp, my), p.text, tr("Your path through the story"),
                map_max.x - map_min.x - mp * 2);
  // The accessible view of the map: the visitor's choices in order, one step each.
  if (tracing_accessible())
    for (size_t i = 0; i < v.story.choices_taken().size(); ++i)
      trace_message("step:" + std::to_string(i), {}, v.story.choices_taken()[i]);
  const float legend_y = map_max.y - mp - f.small->FontSize * (map_max.x - map_min.x < theme.sp(420.f) ? 2.6f : 1.3f);
  legend(dl, ImVec2(map_min.x + mp, legend_y), map_max.x - map_min.x - mp * 2, theme);
  const bool vertical = (map_max.y - map_min.y) > (map_max.x - map_min.x) * 1.2f;
  static const lure::Graph* cached_graph = nullptr;
  static bool cached_vertical = false;
  static GraphLayout layout;
  if (cached_graph != &v.graph || cached_vertical != vertical) {
    layout = layout_graph(v.graph, vertical);
    cached_graph = &v.graph;
    cached_vertical = vertical;
  }
  const float progress = ui.reduced_motion ? 1.f : ease_out(float(ui.time / 1.6));
  if (progress < 1.f) need_animation();
  draw_graph(dl, ImVec2(map_min.x, my), ImVec2(map_max.x, legend_y - mp * 0.5f), v.graph, layout, v.story.path(), theme,
             progress);

  // The flags on the route.
  begin_scroll_area("flag-list", list_min, ImVec2(list_max.x - list_min.x, list_max.y - list_min.y));
  ImDrawList* ldl = ImGui::GetWindowDrawList();
  const float w = list_max.x - list_min.x - theme.sp(12.f);
  float y = list_min.y - ImGui::GetScrollY();
  const float y0 = y;
  const int flag_count = int(v.tally.flags.size());
  std::string summary = tr_format(trn("%d red flag on your path", "%d red flags on your path", flag_count), flag_count);
  if (v.tally.flags.empty()) summary = tr("There were no red flags on this path.");
  y += text_at(ldl, f.heading, ImVec2(list_min.x, y), p.text, summary, w) + theme.sp(space::s);
  if (v.tally.wrong > 0)
    y += text_at(ldl, f.small, ImVec2(list_min.x, y), p.text_muted,
                 tr_format(trn("You also marked %d message that was not a red flag. Being careful is never wrong.",
                               "You also marked %d messages that were not red flags. Being careful is never wrong.",
                               v.tally.wrong),
                           v.tally.wrong),
                 w) + theme.sp(space::s);
  y += theme.sp(space::s);
  for (const FlagResult& r : v.tally.flags) {
    y += flag_entry(ldl, ImVec2(list_min.x, y), w, r, v.sources, theme, true) + theme.sp(space::m);
  }
  end_scroll_area(y - y0);

  const float bw = landscape ? list_max.x - list_min.x : sz.x - pad * 2;
  if (big_button("to-help", tr("Where to find help"), ImVec2(list_min.x, o.y + sz.y - pad - button_h), ImVec2(bw, button_h),
                 ButtonKind::Primary, theme, "to-help"))
    result.to_help = true;
  end_screen();
  return result;
}

}  // namespace lureproof
