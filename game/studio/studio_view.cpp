// Studio: the frame (layout of the panels), the toolbar and its actions, the "changed on disk" and
// "unsaved edits" bars, keyboard shortcuts, browser file drops and the accessible page title.
#include "studio/studio_view.h"

#include "platform/accessibility.h"
#include "platform/platform.h"
#include "ui/frame_demand.h"
#include "ui/ui_trace.h"

#include <imgui.h>

#include <algorithm>

namespace lureproof {

namespace {
// ImGui 1.86's SDL backend indexes io.KeysDown by SDL scancode, i.e. the USB HID usage id.
constexpr int kKeyS = 22, kKeyF5 = 62;

bool key_pressed(int key) { return ImGui::IsKeyPressed(key, false); }

// A toolbar button that scripts can tap by name (`tap studio:save`).
bool tool_button(const std::string& label, const std::string& trace_id) {
  const bool pressed = ImGui::Button(label.c_str());
  trace_target(trace_id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  return pressed;
}
}  // namespace

bool Studio::open(const std::string& dir_or_file, std::string& error) { return model_.open_folder(dir_or_file, error); }

void Studio::request_open(const std::string& path) {
  if (path == model_.path() && !model_.dirty()) return;
  if (model_.dirty()) pending_open_ = path;
  else open_now(path);
}

void Studio::open_now(const std::string& path) {
  std::string error;
  pending_open_.clear();
  if (!model_.open_file(path, error)) model_.set_status(error);
  phone_.reset();
}

void Studio::play(bool from_cursor) {
  std::string error;
  ++seed_;
  const bool ok = from_cursor ? model_.play_from_cursor(seed_, error) : model_.play_from("", seed_, error);
  if (!ok) {
    model_.set_status("Cannot play: " + error);
    return;
  }
  phone_.reset();
  model_.set_status(model_.playtest().status());
}

void Studio::save() {
  std::string error;
  if (!model_.save(error)) {
    model_.set_status("Not saved: " + error);
    return;
  }
  // In the browser the file lives in the page's memory: hand the text over as a download too.
  if (platform::offer_download(model_.file_name(), model_.document().text()))
    model_.set_status("Saved " + model_.file_name() + " - your browser downloads it");
}

void Studio::handle_keys() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && key_pressed(kKeyS)) save();
  if (key_pressed(kKeyF5)) play(!io.KeyShift);
}

void Studio::draw_toolbar(const Theme& theme, double now) {
  (void)now;
  // The file picker: every .lure in the folder (and files dropped on the page).
  const std::string current = model_.is_open() ? model_.file_name() + (model_.dirty() ? " *" : "") : "(no file)";
  ImGui::SetNextItemWidth(theme.sp(260.f));
  if (ImGui::BeginCombo("##file", current.c_str())) {
    for (const std::string& f : model_.files()) {
      const size_t slash = f.find_last_of('/');
      const std::string name = slash == std::string::npos ? f : f.substr(slash + 1);
      if (ImGui::Selectable(name.c_str(), f == model_.path())) request_open(f);
    }
    ImGui::Separator();
    if (ImGui::Selectable("Look for new files")) model_.rescan_folder();
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (tool_button("Save", "studio:save")) save();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+S");
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  const std::string here = model_.node_at_cursor();
  const std::string play_label = "Play from here" + (here.empty() ? std::string(" (start)") : " (" + here + ")");
  if (tool_button(play_label, "studio:play-here")) play(true);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("F5: play the node under the cursor in the phone");
  ImGui::SameLine();
  if (tool_button("Play from start", "studio:play-start")) play(false);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Shift+F5");
  if (model_.playtest().running()) {
    ImGui::SameLine();
    if (tool_button("Stop", "studio:stop")) {
      model_.playtest().stop();
      phone_.reset();
    }
  }
  ImGui::SameLine();
  draw_endings_menu(theme);
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  if (model_.analysis_pending()) {
    ImGui::TextDisabled("checking...");
  } else if (model_.error_count() > 0) {
    ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.35f, 1.f), "%d error%s", model_.error_count(),
                       model_.error_count() == 1 ? "" : "s");
  } else {
    ImGui::TextColored(ImVec4(0.45f, 0.85f, 0.6f, 1.f), "Checked: no errors");
  }
  if (model_.warning_count() > 0) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1.f), "%d warning%s", model_.warning_count(),
                       model_.warning_count() == 1 ? "" : "s");
  }
}

void Studio::draw_endings_menu(const Theme& theme) {
  // Every ending with its class; picking one shows its ending screen and debrief (the App draws them).
  ImGui::SetNextItemWidth(theme.sp(200.f));
  const bool open = ImGui::BeginCombo("##endings", "Preview an ending");
  trace_target("studio:endings", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (ImGui::IsItemHovered() && !open) ImGui::SetTooltip("See the ending screen and the debrief of any ending");
  if (!open) return;
  if (model_.scenario() != endings_of_) {  // found once per parse, when the menu opens
    endings_of_ = model_.scenario();
    endings_ = endings_of_ ? ending_routes(*endings_of_) : std::vector<EndingRoute>{};
  }
  if (!endings_of_) ImGui::TextDisabled("Fix the errors to preview an ending");
  else if (endings_.empty()) ImGui::TextDisabled("The story has no ending yet");
  for (const EndingRoute& e : endings_) {
    const std::string label = e.id + "  (" + lure::ending_class_name(e.ending) + (e.reachable ? ")" : ", unreachable)");
    if (ImGui::Selectable(label.c_str(), false, e.reachable ? 0 : ImGuiSelectableFlags_Disabled)) preview_ending(e.id);
    trace_target("studio:ending:" + e.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
  ImGui::EndCombo();
}

void Studio::preview_ending(const std::string& id) {
  std::string error;
  if (!model_.scenario() || !preview_.open(std::make_shared<const lure::Scenario>(*model_.scenario()), id, error))
    model_.set_status("Cannot preview: " + (error.empty() ? std::string("the story has errors") : error));
}

void Studio::draw_bars(const Theme& theme) {
  auto bar = [&](const char* id, ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
    ImGui::BeginChild(id, ImVec2(0.f, ImGui::GetFrameHeightWithSpacing() + theme.sp(8.f)), false);
    ImGui::SetCursorPos(ImVec2(theme.sp(8.f), theme.sp(4.f)));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
  };
  if (model_.disk_conflict()) {
    bar("conflict", IM_COL32(120, 80, 20, 255), model_.file_name() + " changed on disk, and you have unsaved edits.");
    ImGui::SameLine();
    if (tool_button("Reload from disk", "studio:reload")) model_.reload_from_disk();
    ImGui::SameLine();
    if (tool_button("Keep mine", "studio:keep-mine")) model_.keep_mine();
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (!pending_open_.empty()) {
    const size_t slash = pending_open_.find_last_of('/');
    bar("confirm-open", IM_COL32(90, 60, 110, 255),
        "Open " + pending_open_.substr(slash == std::string::npos ? 0 : slash + 1) + "? Unsaved edits to " +
            model_.file_name() + " will be lost.");
    ImGui::SameLine();
    if (ImGui::Button("Save, then open")) {
      save();
      if (!model_.dirty()) open_now(pending_open_);
    }
    ImGui::SameLine();
    if (ImGui::Button("Open without saving")) open_now(pending_open_);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) pending_open_.clear();
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
}

void Studio::draw(const UiContext& ui) {
  const Theme& theme = ui.theme;
  const double now = ui.clock;
  // A file dropped on the page (web); natively there is none.
  const std::string dropped = platform::a11y::take_dropped_file();
  if (!dropped.empty()) request_open(dropped);
  model_.poll_disk(now, model_.disk_changed());
  model_.update(now);
  // Event-driven: a pending edit is re-parsed after its debounce; the main loop asks disk_changed().
  need_frame_in(model_.next_update_in(now));

  begin_screen("studio", theme);
  ImGui::PushFont(theme.fonts().small);
  // Denser than the visitor's touch screens: the Studio is used with a mouse and keyboard.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme.sp(10.f), theme.sp(4.f)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(theme.sp(8.f), theme.sp(5.f)));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, theme.sp(6.f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.sp(8.f), theme.sp(6.f)));
  const float pad = theme.sp(10.f);
  const ImVec2 o = screen_min(), sz = screen_size();
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, o.y + pad));
  ImGui::BeginGroup();
  ImGui::PushFont(theme.fonts().body_bold);
  ImGui::TextUnformatted("Lureproof Studio");
  ImGui::PopFont();
  ImGui::SameLine(0.f, theme.sp(24.f));
  draw_toolbar(theme, now);
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, ImGui::GetCursorScreenPos().y));
  ImGui::BeginGroup();
  ImGui::PushItemWidth(sz.x - pad * 2.f);
  draw_bars(theme);
  ImGui::PopItemWidth();
  ImGui::EndGroup();

  // ---- the three columns ----
  const float status_h = ImGui::GetTextLineHeightWithSpacing() + pad;
  const float top = ImGui::GetCursorScreenPos().y + theme.sp(4.f);
  const float h = o.y + sz.y - top - status_h;
  const float w = sz.x - pad * 4.f;
  const float editor_w = w * 0.42f, middle_w = w * 0.31f, phone_w = w - editor_w - middle_w;
  const float diag_h = std::max(h * 0.28f, theme.sp(120.f));
  const float gap = theme.sp(6.f);

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  editor_.draw(model_, theme, ImVec2(editor_w, h - diag_h - gap), now);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top + h - diag_h));
  draw_diagnostics_panel(model_, theme, ImVec2(editor_w, diag_h));

  const float mx = o.x + pad * 2.f + editor_w;
  ImGui::SetCursorScreenPos(ImVec2(mx, top));
  const float map_h = h * 0.56f;
  graph_.draw(model_, theme, ImVec2(middle_w, map_h - gap * 0.5f));
  ImGui::SetCursorScreenPos(ImVec2(mx, top + map_h + gap * 0.5f));
  draw_watch_panel(model_, theme, ImVec2(middle_w, h - map_h - gap * 0.5f));

  ImGui::SetCursorScreenPos(ImVec2(mx + middle_w + pad, top));
  const int chosen = phone_.draw(model_.playtest(), theme, ImVec2(phone_w, h), model_.folder());
  if (chosen >= 0 && model_.playtest().choose(size_t(chosen))) model_.set_status(model_.playtest().status());

  // ---- status line ----
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, o.y + sz.y - status_h + pad * 0.3f));
  const int line = model_.cursor_line();
  const int column = model_.document().column_of(model_.cursor_offset());
  ImGui::TextDisabled("%s   Ln %d, Col %d", model_.path().c_str(), line, column);
  ImGui::SameLine();
  ImGui::TextUnformatted(("   " + model_.status()).c_str());

  handle_keys();
  ImGui::PopStyleVar(4);
  ImGui::PopFont();
  end_screen();

  platform::a11y::publish("Lureproof Studio: " + model_.file_name(), {}, {});
}

}  // namespace lureproof
