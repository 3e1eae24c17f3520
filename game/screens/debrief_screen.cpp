// Debrief screen: the map card (landscape left / portrait top; the map pans inside it) and the
// scrollable list: what happened at the chosen node, then the red flags on the route.
#include "screens/debrief_screen.h"
#include "l10n/tr.h"

#include "content/content_status.h"
#include "journey/route_map.h"
#include "ui/focus_nav.h"
#include "ui/frame_demand.h"
#include "ui/icons.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <cmath>
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
  const std::string source =
      tr_format(lure::split_id_list(flag.source).size() > 1 ? tr("Sources: %s") : tr("Source: %s"), cited.c_str());
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

// Draws the map's key wrapped in `w` (only measures it when `dl` is null); returns its height.
float legend(ImDrawList* dl, ImVec2 pos, float w, const Theme& theme) {
  const TraceQuiet quiet;  // the map's key: decoration for the accessible view
  const Palette& p = theme.palette();
  ImFont* small = theme.fonts().small;
  const float r = theme.sp(7.f);
  enum class Mark { Dot, Flag, Dashed };
  struct Item {
    ImU32 colour;
    const char* text;
    Mark mark;
  };
  const Item items[] = {{p.accent, tr("Your path"), Mark::Dot},
                        {ending_colour(lure::EndingClass::Safe, theme), tr("Safe"), Mark::Dot},
                        {ending_colour(lure::EndingClass::GotHelp, theme), tr("Got help"), Mark::Dot},
                        {ending_colour(lure::EndingClass::Harmed, theme), tr("Harmed"), Mark::Dot},
                        {p.flag, tr("Red flag"), Mark::Flag},
                        {p.text_muted, tr("Roads not taken"), Mark::Dashed}};
  float x = pos.x, y = pos.y;
  for (const Item& it : items) {
    const float tw = text_width(small, small->FontSize, it.text);
    if (x + r * 3 + tw > pos.x + w) {
      x = pos.x;
      y += small->FontSize * 1.4f;
    }
    if (!dl) {
      x += r * 3 + tw + theme.sp(space::l);
      continue;
    }
    const ImVec2 c(x + r, y + small->FontSize * 0.55f);
    if (it.mark == Mark::Dot) dl->AddCircleFilled(c, r, it.colour, 16);
    else if (it.mark == Mark::Flag) {
      dl->AddCircleFilled(c, r, it.colour, 16);
      icon::flag(dl, c, r * 1.5f, IM_COL32(255, 255, 255, 255), true);
    } else
      for (float dx = -r; dx < r; dx += r * 0.8f)
        dl->AddLine(ImVec2(c.x + dx, c.y), ImVec2(c.x + dx + r * 0.45f, c.y), it.colour, theme.sp(2.f));
    text_at(dl, small, ImVec2(x + r * 2.6f, y), p.text_muted, it.text);
    x += r * 3 + tw + theme.sp(space::l);
  }
  return y - pos.y + small->FontSize * 1.3f;
}

// The key's height as legend() wraps it (its rows depend on the language's words).
float legend_height(float w, const Theme& theme) { return legend(nullptr, ImVec2(0.f, 0.f), w, theme); }

const char* outcome_name(lure::EndingClass e) {
  return e == lure::EndingClass::Safe ? tr("Safe") : e == lure::EndingClass::GotHelp ? tr("Got help") : tr("Harmed");
}

std::string flag_labels(const std::vector<const lure::RedFlag*>& flags) {
  std::string out;
  for (const lure::RedFlag* f : flags) out += (out.empty() ? "" : ", ") + (f->label.empty() ? f->id : f->label);
  return out;
}

// One step of the route as a sentence list: "3. Asks for the contract. Claudia: ... You chose: ...".
std::string step_text(size_t k, const RouteStep& step) {
  std::string text = std::to_string(k + 1) + ". " + step.label + ".";
  if (!step.gist.empty()) text += " " + step.gist;
  if (!step.choice.empty()) text += " " + tr_format(tr("You chose: “%s”"), step.choice.c_str());
  if (!step.flags.empty()) text += " " + tr_format(tr("Red flags here: %s"), flag_labels(step.flags).c_str());
  return text;
}

std::string road_text(const RouteMap& route, const RoadNotTaken& road, const lure::Graph& g) {
  return tr_format(tr("At %s, “%s” could have led to: %s (%s)"), route.steps[size_t(road.step)].label.c_str(),
                   road.choice.c_str(), g.vertices[size_t(road.ending)].label.c_str(), outcome_name(road.outcome));
}

// The debrief's map card split into its heading, the panning view and the legend.
struct MapCard {
  ImVec2 min, max, view_min, view_max;
  float legend_y = 0.f;
};

struct DebriefFrame {
  bool landscape = false;
  float pad = 0.f;
  MapCard map;
  ImVec2 list_min, list_max;
};

DebriefFrame debrief_frame(const Theme& theme, ImVec2 o, ImVec2 sz) {
  DebriefFrame d;
  d.landscape = sz.x > sz.y * 1.05f;
  d.pad = theme.sp(d.landscape ? space::xl : space::m);
  const float top = o.y + top_bar_height(theme) - theme.sp(space::s);
  const float button_h = theme.sp(72.f);
  const float bottom = o.y + sz.y - d.pad - button_h - theme.sp(space::m);
  const float mp = theme.sp(space::m);
  // The card's heading (two lines or more in some languages at large text sizes) and key, in a width.
  const auto heading_height = [&](float w) {
    return text_size(theme.fonts().body_bold, tr("Your path through the story"), w - mp * 2).y;
  };
  if (d.landscape) {
    const float map_w = (sz.x - d.pad * 3) * 0.55f;
    d.map.min = ImVec2(o.x + d.pad, top);
    d.map.max = ImVec2(d.map.min.x + map_w, o.y + sz.y - d.pad);
    d.list_min = ImVec2(d.map.max.x + d.pad, top);
    d.list_max = ImVec2(o.x + sz.x - d.pad, bottom);
  } else {
    // The top half, or more when the heading and the key would leave the map too little room (large
    // text): the list below scrolls.
    const float w = sz.x - d.pad * 2, min_view = theme.sp(160.f), min_list = theme.sp(160.f);
    const float needed = mp + heading_height(w) + theme.fonts().body_bold->FontSize * 0.4f + min_view +
                         theme.sp(space::s) + legend_height(w - mp * 2, theme) + mp;
    const float map_h = std::max((bottom - top) * 0.5f, std::min(needed, bottom - top - d.pad - min_list));
    d.map.min = ImVec2(o.x + d.pad, top);
    d.map.max = ImVec2(o.x + sz.x - d.pad, top + map_h);
    d.list_min = ImVec2(o.x + d.pad, d.map.max.y + d.pad);
    d.list_max = ImVec2(o.x + sz.x - d.pad, bottom);
  }
  const float w = d.map.max.x - d.map.min.x;
  d.map.legend_y = d.map.max.y - mp - legend_height(w - mp * 2, theme);
  d.map.view_min = ImVec2(d.map.min.x + theme.sp(4.f),
                          d.map.min.y + mp + heading_height(w) + theme.fonts().body_bold->FontSize * 0.4f);
  d.map.view_max = ImVec2(d.map.max.x - theme.sp(4.f), d.map.legend_y - theme.sp(space::s));
  return d;
}

// The panning view of the map: drag (touch or mouse), wheel, or focus a node with Tab / the D-pad.
// Route nodes and the endings of roads not taken are buttons: tapping or focusing one selects it.
void map_view(const MapCard& card, const lure::Graph& g, const MapLayout& layout, const MapMarks& marks,
              const std::vector<int>& buttons, int& selected, const Theme& theme) {
  const ImVec2 view(card.view_max.x - card.view_min.x, card.view_max.y - card.view_min.y);
  ImGui::SetCursorScreenPos(card.view_min);
  ImGui::BeginChild("debrief-map", view, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0, 6.f)) {
    ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseDelta.x);
    ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  }
  const ImVec2 size = layout.size();
  const ImVec2 wp = ImGui::GetWindowPos();
  // A map narrower than the view is centred; a larger one pans.
  const ImVec2 origin(wp.x - ImGui::GetScrollX() + std::max(0.f, (view.x - size.x) * 0.5f), wp.y - ImGui::GetScrollY());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  draw_map(dl, origin, g, layout, marks, theme);
  const float touch = theme.sp(space::touch);
  for (int v : buttons) {
    const ImVec2 c = layout.centre(origin, v);
    const ImVec4 box = layout.label_box(origin, v);
    const ImVec2 a(std::min(c.x - touch * 0.5f, box.x), std::min(c.y - touch * 0.5f, box.y));
    const ImVec2 b(std::max(c.x + touch * 0.5f, box.z), std::max(c.y + touch * 0.5f, box.w));
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(v);
    bool clicked = ImGui::InvisibleButton("##node", ImVec2(b.x - a.x, b.y - a.y));
    const NavItemState nav = nav_item();
    ImGui::PopID();
    if (clicked && ImGui::IsMouseReleased(0) && dragged_too_far()) clicked = false;
    const std::string id = "map:" + g.vertices[size_t(v)].id;
    trace_target(id, a, b);
    if (nav.focused) {
      focus_ring(dl, a, b, theme, theme.sp(8.f));
      ui_trace().focused = id;
      if (selected != v) {  // focusing shows it, and brings it into view
        selected = v;
        ImGui::SetScrollX(std::clamp(c.x - origin.x - view.x * 0.5f, 0.f, std::max(0.f, size.x - view.x)));
        ImGui::SetScrollY(std::clamp(c.y - origin.y - view.y * 0.5f, 0.f, std::max(0.f, size.y - view.y)));
      }
    }
    if (clicked || nav.pressed) selected = selected == v ? -1 : v;
  }
  ImGui::SetCursorPos(ImVec2(0.f, 0.f));
  ImGui::Dummy(size);
  // Thin hints on the right and bottom edges when the map goes on.
  const float mx = ImGui::GetScrollMaxX(), my = ImGui::GetScrollMaxY();
  const float w = ImGui::GetStyle().ScrollbarSize * 0.5f;
  const ImU32 hint = IM_COL32(128, 128, 140, 160);
  if (my > 0.f) {
    const float thumb = std::max(view.y * view.y / (view.y + my), view.y * 0.12f);
    const float y = wp.y + (view.y - thumb) * (ImGui::GetScrollY() / my);
    dl->AddRectFilled(ImVec2(wp.x + view.x - w - 2.f, y), ImVec2(wp.x + view.x - 2.f, y + thumb), hint, w);
  }
  if (mx > 0.f) {
    const float thumb = std::max(view.x * view.x / (view.x + mx), view.x * 0.12f);
    const float x = wp.x + (view.x - thumb) * (ImGui::GetScrollX() / mx);
    dl->AddRectFilled(ImVec2(x, wp.y + view.y - w - 2.f), ImVec2(x + thumb, wp.y + view.y - 2.f), hint, w);
  }
  ImGui::EndChild();
}

// What happened at the selected node, as a card at the top of the list. Returns its height.
float details_card(ImDrawList* dl, ImVec2 pos, float w, const RouteMap& route, const lure::Graph& g, int selected,
                   const Theme& theme) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float pad = theme.sp(space::m);
  const float tw = w - pad * 2;
  std::vector<std::pair<ImFont*, std::string>> lines;
  for (size_t k = 0; k < route.steps.size(); ++k) {
    const RouteStep& step = route.steps[k];
    if (step.vertex != selected) continue;
    lines.push_back({f.body_bold, std::to_string(k + 1) + ". " + step.label});
    if (!step.gist.empty()) lines.push_back({f.body, step.gist});
    if (!step.choice.empty()) lines.push_back({f.body, tr_format(tr("You chose: “%s”"), step.choice.c_str())});
    if (!step.flags.empty())
      lines.push_back({f.body, tr_format(tr("Red flags here: %s"), flag_labels(step.flags).c_str())});
  }
  for (const RoadNotTaken& road : route.roads)
    if (road.ending == selected) {
      if (lines.empty())
        lines.push_back({f.body_bold, g.vertices[size_t(selected)].label + " (" + outcome_name(road.outcome) + ")"});
      lines.push_back({f.body, road_text(route, road, g)});
    }
  if (lines.empty()) return 0.f;
  float h = pad;
  for (const auto& [font, text] : lines) h += text_size(font, text, tw).y + theme.sp(4.f);
  h += pad;
  card(dl, pos, ImVec2(pos.x + w, pos.y + h), theme);
  dl->AddRectFilled(pos, ImVec2(pos.x + theme.sp(5.f), pos.y + h), p.focus, theme.sp(space::radius),
                    ImDrawFlags_RoundCornersLeft);
  float y = pos.y + pad;
  for (const auto& [font, text] : lines)
    y += text_at(dl, font, ImVec2(pos.x + pad, y), font == f.body_bold ? p.text : p.text_muted, text, tw) +
         theme.sp(4.f);
  return h;
}

}  // namespace

MapLayout debrief_map_layout(const lure::Graph& graph, const Theme& theme, ImVec2 screen) {
  (void)screen;  // both shapes stack the layers top to bottom; the view pans in both directions
  ImFont* font = theme.fonts().small;
  return layout_map(graph, font, font->FontSize, theme.sp(110.f), true, theme);
}

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
  const DebriefFrame frame = debrief_frame(theme, o, sz);
  const MapCard& mc = frame.map;

  // The route and its roads not taken, and the map's layout: kept while the story and size stay.
  static const lure::Graph* cached_graph = nullptr;
  static const lure::Story* cached_story = nullptr;
  static std::vector<std::string> cached_path, cached_choices;
  static ImVec2 cached_size;
  static float cached_scale = 0.f;
  static MapLayout layout;
  static RouteMap route;
  static int selected = -1;
  static std::string cached_id;
  static size_t cached_vertices = 0;
  if (cached_story != &v.story || cached_path != v.story.path() || cached_choices != v.story.choices_taken() ||
      cached_graph != &v.graph || cached_id != v.graph.id) {
    route = route_map(v.story, v.graph);
    cached_story = &v.story;
    cached_path = v.story.path();
    cached_choices = v.story.choices_taken();
    selected = -1;
  }
  if (cached_graph != &v.graph || cached_id != v.graph.id || cached_vertices != v.graph.vertices.size() ||
      cached_size.x != sz.x || cached_size.y != sz.y || cached_scale != theme.sp(1.f) ||
      layout.font != theme.fonts().small || layout.font_size != theme.fonts().small->FontSize) {  // text size, contrast
    layout = debrief_map_layout(v.graph, theme, sz);
    cached_graph = &v.graph;
    cached_id = v.graph.id;
    cached_vertices = v.graph.vertices.size();
    cached_size = sz;
    cached_scale = theme.sp(1.f);
  }
  MapMarks marks;
  marks.flags.assign(v.graph.vertices.size(), 0);
  marks.road_endings.assign(v.graph.edges.size(), -1);
  std::vector<int> buttons;
  for (const RouteStep& step : route.steps) {
    if (step.vertex < 0) continue;
    marks.route.push_back(step.vertex);
    marks.flags[size_t(step.vertex)] += int(step.flags.size());
    if (std::find(buttons.begin(), buttons.end(), step.vertex) == buttons.end()) buttons.push_back(step.vertex);
  }
  for (const RoadNotTaken& road : route.roads) {
    if (marks.road_endings[size_t(road.edge)] < 0) marks.road_endings[size_t(road.edge)] = road.ending;
    if (std::find(buttons.begin(), buttons.end(), road.ending) == buttons.end()) buttons.push_back(road.ending);
  }
  marks.progress = ui.reduced_motion ? 1.f : ease_out(float(ui.time / 1.6));
  if (marks.progress < 1.f) need_animation();
  marks.selected = selected;

  // The map card.
  card(dl, mc.min, mc.max, theme);
  const float mp = theme.sp(space::m);
  text_at(dl, f.body_bold, ImVec2(mc.min.x + mp, mc.min.y + mp), p.text, tr("Your path through the story"),
          mc.max.x - mc.min.x - mp * 2);
  // The accessible view of the map: the route step by step (label, what happened, the choice, the
  // red flags), then the roads not taken.
  if (tracing_accessible()) {
    for (size_t k = 0; k < route.steps.size(); ++k)
      trace_message("step:" + std::to_string(k), {}, step_text(k, route.steps[k]));
    if (!route.roads.empty()) trace_message(std::string("t:") + tr("Roads not taken"), {}, tr("Roads not taken"));
    for (size_t k = 0; k < route.roads.size(); ++k)
      trace_message("road:" + std::to_string(k), {}, road_text(route, route.roads[k], v.graph));
  }
  legend(dl, ImVec2(mc.min.x + mp, mc.legend_y), mc.max.x - mc.min.x - mp * 2, theme);
  {
    const TraceQuiet quiet;  // the map's own texts: the steps above say it for the accessible view
    map_view(mc, v.graph, layout, marks, buttons, selected, theme);
  }

  // The list: the selected node's story, then the flags on the route.
  begin_scroll_area("flag-list", frame.list_min,
                    ImVec2(frame.list_max.x - frame.list_min.x, frame.list_max.y - frame.list_min.y));
  ImDrawList* ldl = ImGui::GetWindowDrawList();
  const float w = frame.list_max.x - frame.list_min.x - theme.sp(12.f);
  float y = frame.list_min.y - ImGui::GetScrollY();
  const float y0 = y;
  {
    const TraceQuiet quiet;  // the steps are in the accessible view already
    const float h = details_card(ldl, ImVec2(frame.list_min.x, y), w, route, v.graph, selected, theme);
    if (h > 0.f) y += h + theme.sp(space::m);
    else
      y += text_at(ldl, f.small, ImVec2(frame.list_min.x, y), p.text_muted,
                   tr("Tap a point on the map to see what happened there."), w) +
           theme.sp(space::s);
  }
  const int flag_count = int(v.tally.flags.size());
  std::string summary = tr_format(trn("%d red flag on your path", "%d red flags on your path", flag_count), flag_count);
  if (v.tally.flags.empty()) summary = tr("There were no red flags on this path.");
  y += text_at(ldl, f.heading, ImVec2(frame.list_min.x, y), p.text, summary, w) + theme.sp(space::s);
  if (v.tally.wrong > 0)
    y += text_at(ldl, f.small, ImVec2(frame.list_min.x, y), p.text_muted,
                 tr_format(trn("You also marked %d message that was not a red flag. Being careful is never wrong.",
                               "You also marked %d messages that were not red flags. Being careful is never wrong.",
                               v.tally.wrong),
                           v.tally.wrong),
                 w) +
         theme.sp(space::s);
  y += theme.sp(space::s);
  for (const FlagResult& r : v.tally.flags) {
    y += flag_entry(ldl, ImVec2(frame.list_min.x, y), w, r, v.sources, theme, true) + theme.sp(space::m);
  }
  end_scroll_area(y - y0);

  const float bw = frame.landscape ? frame.list_max.x - frame.list_min.x : sz.x - frame.pad * 2;
  const float button_h = theme.sp(72.f);
  if (big_button("to-help", tr("Where to find help"), ImVec2(frame.list_min.x, o.y + sz.y - frame.pad - button_h),
                 ImVec2(bw, button_h), ButtonKind::Primary, theme, "to-help"))
    result.to_help = true;
  end_screen();
  return result;
}

}  // namespace lureproof
