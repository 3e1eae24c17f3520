// Studio panels: diagnostics (selectable rows), the map (ui/graph_view's layout and drawing with the
// authoring marks, highlights, hover details and click-to-jump) and the watch tables of the running play.
#include "studio/studio_panels.h"

#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

ImU32 severity_colour(lure::Severity s) {
  return s == lure::Severity::Error ? IM_COL32(240, 100, 90, 255) : IM_COL32(240, 185, 70, 255);
}

void panel_heading(const Theme& theme, const std::string& text) {
  ImGui::PushFont(theme.fonts().body_bold);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
}

}  // namespace

// ---- diagnostics ---------------------------------------------------------------------------

void draw_diagnostics_panel(StudioModel& model, const Theme& theme, ImVec2 size) {
  ImGui::BeginChild("diagnostics", size, true);
  std::string title = "Problems";
  if (model.analysis_pending()) title += "  (checking...)";
  else
    title += "  " + std::to_string(model.error_count()) + (model.error_count() == 1 ? " error, " : " errors, ") +
             std::to_string(model.warning_count()) + (model.warning_count() == 1 ? " warning" : " warnings");
  panel_heading(theme, title);
  ImGui::Separator();
  if (model.diagnostics().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(110, 210, 150, 255));
    ImGui::TextUnformatted("No problems found. The scenario can be played.");
    ImGui::PopStyleColor();
  }
  const std::string own_file = model.file_name();
  for (size_t i = 0; i < model.diagnostics().size(); ++i) {
    const lure::Diagnostic& d = model.diagnostics()[i];
    const bool here = model.diagnostic_in_document(d);
    std::string where = d.line > 0 ? std::to_string(d.line) + ":" + std::to_string(d.column) : "-";
    if (!here) where = d.file + ":" + where;
    ImGui::PushID(int(i));
    ImGui::PushStyleColor(ImGuiCol_Text, severity_colour(d.severity));
    const std::string head = std::string(d.severity == lure::Severity::Error ? "error " : "warning ") + d.code;
    const bool clicked = ImGui::Selectable(head.c_str(), false, ImGuiSelectableFlags_SpanAllColumns);
    ImGui::PopStyleColor();
    const bool hovered = ImGui::IsItemHovered();
    trace_target("studio:problem:" + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine(theme.sp(150.f));
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::SameLine(theme.sp(230.f));
    ImGui::TextWrapped("%s", d.message.c_str());
    if (!d.hint.empty()) {
      ImGui::Indent(theme.sp(230.f));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(150, 160, 185, 255));
      ImGui::TextWrapped("hint: %s", d.hint.c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent(theme.sp(230.f));
    }
    if (clicked && !model.jump_to_diagnostic(i))
      model.set_status("That problem is in " + (d.file.empty() ? std::string("another file") : d.file));
    if (hovered) ImGui::SetTooltip("%s", here ? "Click to go to this line" : "This problem is in an included file");
    ImGui::PopID();
  }
  ImGui::EndChild();
}

// ---- the map -------------------------------------------------------------------------------

void GraphPanel::draw(StudioModel& model, const Theme& theme, ImVec2 size) {
  ImGui::BeginChild("graph", size, true, ImGuiWindowFlags_NoScrollbar);
  const lure::Graph& g = model.graph();
  const std::string cursor_node = model.node_at_cursor();
  const Playtest& play = model.playtest();
  const bool playing = play.running() && !model.play_is_stale();
  std::string title = "Map";
  if (!cursor_node.empty()) title += "  -  cursor in '" + cursor_node + "'";
  panel_heading(theme, title);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool vertical = avail.y > avail.x * 0.8f;
  if (laid_out_for_ != &g || layout_revision_ != model.revision() || vertical != vertical_ ||
      layout_.font != theme.fonts().small) {  // the fonts are rebuilt when the text size changes
    ImFont* font = theme.fonts().small;
    layout_ = layout_map(g, font, font->FontSize * 0.85f, theme.sp(96.f), vertical, theme, 64.f);
    laid_out_for_ = &g;
    layout_revision_ = model.revision();
    vertical_ = vertical;
  }
  if (g.vertices.empty() || layout_.laid.centres.size() != g.vertices.size()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("No nodes yet. A node starts with a line such as:  == start [chat]");
    ImGui::PopStyleColor();
    ImGui::EndChild();
    return;
  }
  // The map pans (drag or wheel) inside its own region.
  ImGui::BeginChild("map-view", avail, false, ImGuiWindowFlags_HorizontalScrollbar);
  if (ImGui::IsWindowHovered() && ImGui::IsMouseDragging(0, 6.f)) {
    ImGui::SetScrollX(ImGui::GetScrollX() - ImGui::GetIO().MouseDelta.x);
    ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  }
  const ImVec2 wp = ImGui::GetWindowPos();
  const ImVec2 origin(wp.x - ImGui::GetScrollX(), wp.y - ImGui::GetScrollY());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  MapMarks marks;
  marks.authoring = true;
  const std::string current = playing ? play.current_node() : std::string();
  for (size_t i = 0; i < g.vertices.size(); ++i) {
    if (g.vertices[i].id == cursor_node) marks.cursor = int(i);
    if (g.vertices[i].id == current) marks.current = int(i);
  }
  if (playing)  // the route of the running play
    for (const std::string& id : play.story().path())
      for (size_t i = 0; i < g.vertices.size(); ++i)
        if (g.vertices[i].id == id) marks.route.push_back(int(i));
  draw_map(dl, origin, g, layout_, marks, theme);
  ImGui::SetCursorPos(ImVec2(0.f, 0.f));
  ImGui::Dummy(layout_.size());

  const float r = theme.sp(9.f);
  int hovered = -1;
  for (size_t i = 0; i < g.vertices.size(); ++i) {
    const ImVec2 c = layout_.centre(origin, int(i));
    trace_target("studio:node:" + g.vertices[i].id, ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r));
    const ImVec4 box = layout_.label_box(origin, int(i));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float dx = mouse.x - c.x, dy = mouse.y - c.y;
    const bool on_label = mouse.x >= box.x && mouse.x <= box.z && mouse.y >= box.y && mouse.y <= box.w;
    if (ImGui::IsWindowHovered() && (dx * dx + dy * dy < r * r * 4.f || on_label)) hovered = int(i);
  }
  if (hovered >= 0) {
    const auto& v = g.vertices[size_t(hovered)];
    std::string tip = v.id + "  [" + lure::channel_name(v.channel) + "]";
    if (v.ending != lure::EndingClass::None) tip += "  ending " + std::string(lure::ending_class_name(v.ending));
    if (v.is_start) tip += "  (start)";
    if (!v.reachable) tip += "\nUnreachable from the start (LP201)";
    for (const lure::GraphEdge& e : g.edges) {
      if (e.from != hovered) continue;
      const std::string to = e.to >= 0 ? e.target : e.target + "  (missing: no node has this id)";
      tip += "\n  " +
             (e.label.empty() ? std::string(e.kind == lure::GraphEdge::Kind::Fallback ? "fallback" : "->") : e.label) +
             "  ->  " + to + (e.condition.text.empty() ? "" : "  if " + e.condition.text);
    }
    ImGui::SetTooltip("%s\nClick to go to this node in the text", tip.c_str());
    if (ImGui::IsMouseReleased(0) && !dragged_too_far()) model.jump_to_node(v.id);
  }
  ImGui::EndChild();
  ImGui::EndChild();
}

// ---- watch ---------------------------------------------------------------------------------

namespace {

// One source id of a flag; hovering shows the register entry and its quote (the evidence).
void source_item(const lure::ContentRegister& reg, const std::string& id, const std::string& trace_id) {
  const lure::SourceEntry* s = reg.find_source(id);
  if (s) ImGui::TextUnformatted(id.c_str());
  else ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.4f, 1.f), "%s", id.c_str());
  trace_target(trace_id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.f);
  if (!s) {
    ImGui::TextUnformatted(reg.has_sources ? "Not in the source register (sources.toml): LP230."
                                           : "No source register (sources.toml) was found next to this folder.");
  } else {
    ImGui::Text("%s", s->title.c_str());
    ImGui::TextDisabled("%s%s%s", s->org.c_str(), s->year > 0 ? ", " : "",
                        s->year > 0 ? std::to_string(s->year).c_str() : "");
    ImGui::Separator();
    if (s->quote.empty())
      ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1.f), "No quote in the register yet: not verified (LP231).");
    else ImGui::Text("\"%s\"", s->quote.c_str());
    trace_text(s->quote.empty() ? "no quote: " + s->id : "quote: " + s->quote);  // for tests (dump-text, expect-text)
    if (!s->url.empty()) ImGui::TextDisabled("%s", s->url.c_str());
    if (!s->checked.empty()) ImGui::TextDisabled("checked %s", s->checked.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// The scenario's review status (`reviewed:`, `facts-checked:`) and every red flag's sources.
void draw_review_and_sources(const StudioModel& model, const Theme& theme) {
  const lure::Scenario* sc = model.scenario();
  if (!sc) return;
  ImGui::Spacing();
  panel_heading(theme, "Review");
  const lure::Header& h = sc->header;
  const ImVec4 missing(0.95f, 0.75f, 0.3f, 1.f);
  const std::string reviewed = h.reviewed_on.empty() ? "Not reviewed yet (reviewed: <role>, <YYYY-MM-DD>)"
                                                     : "Reviewed by " + h.reviewed_by + " on " + h.reviewed_on;
  const std::string facts = h.facts_checked.empty() ? "Facts check not recorded (facts-checked: <YYYY-MM-DD>)"
                                                    : "Facts checked on " + h.facts_checked;
  for (const std::string* line : {&reviewed, &facts}) {
    const bool absent = line->rfind("Not ", 0) == 0 || line->rfind("Facts check not", 0) == 0;
    if (absent) ImGui::TextColored(missing, "%s", line->c_str());
    else ImGui::TextWrapped("%s", line->c_str());
    trace_text(*line);  // for tests (dump-text, expect-text)
  }
  if (sc->flags.empty()) return;
  ImGui::Spacing();
  panel_heading(theme, "Sources (hover for the quote)");
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("sources", 2, tf)) return;
  ImGui::TableSetupColumn("Red flag");
  ImGui::TableSetupColumn("Source");
  ImGui::TableHeadersRow();
  for (const lure::RedFlag& f : sc->flags) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", f.label.empty() ? f.id.c_str() : f.label.c_str());
    ImGui::TableNextColumn();
    for (const lure::ListedId& id : lure::split_id_list(f.source))
      source_item(model.content_register(), id.id, "studio:source:" + f.id + ":" + id.id);
  }
  ImGui::EndTable();
}

}  // namespace

void draw_watch_panel(const StudioModel& model, const Theme& theme, ImVec2 size) {
  ImGui::BeginChild("watch", size, true);
  const Playtest& play = model.playtest();
  panel_heading(theme, "Watch");
  if (!play.running()) {
    ImGui::TextWrapped(
        "Variables and red flags appear here while you play. Put the cursor in a node and press "
        "\"Play from here\" (F5).");
    draw_review_and_sources(model, theme);
    ImGui::EndChild();
    return;
  }
  ImGui::TextWrapped("%s", play.status().c_str());
  if (model.play_is_stale())
    ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1.f),
                       "The text changed since this play started: play again to see it.");
  ImGui::Spacing();
  const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const auto vars = play.variables();
  if (!vars.empty() && ImGui::BeginTable("vars", 3, tf)) {
    ImGui::TableSetupColumn("Variable");
    ImGui::TableSetupColumn("Now");
    ImGui::TableSetupColumn("At start");
    ImGui::TableHeadersRow();
    for (const WatchedVariable& v : vars) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(v.id.c_str());
      ImGui::TableNextColumn();
      if (v.changed) ImGui::TextColored(ImVec4(0.45f, 0.85f, 1.f, 1.f), "%s", v.value.c_str());
      else ImGui::TextUnformatted(v.value.c_str());
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", v.initial.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::Spacing();
  const auto flags = play.flags();
  if (!flags.empty() && ImGui::BeginTable("flags", 2, tf)) {
    ImGui::TableSetupColumn("Red flag");
    ImGui::TableSetupColumn("Seen", ImGuiTableColumnFlags_WidthFixed, theme.sp(70.f));
    ImGui::TableHeadersRow();
    for (const WatchedFlag& f : flags) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (f.seen) ImGui::TextUnformatted(f.label.empty() ? f.id.c_str() : f.label.c_str());
      else ImGui::TextDisabled("%s", f.label.empty() ? f.id.c_str() : f.label.c_str());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s  (%s)", f.id.c_str(), f.category.c_str());
      ImGui::TableNextColumn();
      if (f.in_current) ImGui::TextColored(ImVec4(1.f, 0.45f, 0.4f, 1.f), "now");
      else if (f.seen) ImGui::TextUnformatted("yes");
      else ImGui::TextDisabled("no");
    }
    ImGui::EndTable();
  }
  draw_review_and_sources(model, theme);
  ImGui::EndChild();
}

}  // namespace lureproof
