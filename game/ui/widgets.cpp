// Widgets: drawing and input for buttons, icon buttons, cards, text and scroll areas.
#include "ui/widgets.h"

#include "journey/display_text.h"
#include "l10n/tr.h"
#include "platform/platform.h"
#include "ui/focus_nav.h"
#include "ui/frame_demand.h"
#include "ui/icons.h"
#include "ui/text_layout.h"
#include "ui/ui_frame.h"
#include "ui/ui_trace.h"

#include <imgui_internal.h>  // ImAlphaBlendColors

#include <algorithm>
#include <cmath>

namespace lureproof {

bool dragged_too_far() {
  const ImVec2 d = ImGui::GetMouseDragDelta(0, 0.f);
  return std::sqrt(d.x * d.x + d.y * d.y) > 12.f * ImGui::GetIO().FontGlobalScale * 1.f;
}

namespace {

// A touch target at `pos` (ImGui id `id`/`imgui_id`): clicked by a tap or click that did not end a drag,
// by keyboard or gamepad (focus navigation), or by the accessible mirror's button `action_id`.
struct Press {
  bool clicked = false, held = false, focused = false;
};
Press press_target(const char* id, const char* imgui_id, ImVec2 pos, ImVec2 size, const std::string& action_id) {
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushID(id);
  Press out;
  out.clicked = ImGui::InvisibleButton(imgui_id, size);
  out.held = ImGui::IsItemActive();
  const NavItemState nav = nav_item();
  out.focused = nav.focused;
  out.clicked = out.clicked || nav.pressed;
  ImGui::PopID();
  if (out.clicked && ImGui::IsMouseReleased(0) && dragged_too_far()) out.clicked = false;
  if (take_activation(action_id)) out.clicked = true;
  return out;
}
}  // namespace

float ease_out(float x) {
  x = std::clamp(x, 0.f, 1.f);
  return 1.f - (1.f - x) * (1.f - x) * (1.f - x);
}

ImU32 with_alpha(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= std::clamp(alpha, 0.f, 1.f);
  return ImGui::ColorConvertFloat4ToU32(c);
}

float fade_in(const UiContext& ui, float delay, float duration) {
  if (ui.reduced_motion) return 1.f;
  const float k = ease_out(float((ui.time - delay) / duration));
  if (k < 1.f) need_animation();
  return k;
}

const char* current_screen_window() { return ui::frame().screen_window; }

const ImGuiViewport* begin_viewport_window(const char* id, ImGuiWindowFlags flags, bool focus) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  // Not when the focus is already in one of its scroll areas (a child window): focusing the window
  // again would send the keyboard focus back to its first widget every frame.
  const ImGuiWindow* nav = GImGui->NavWindow;
  const bool in_child = nav && nav->RootWindow != nav && nav->RootWindow == ImGui::FindWindowByName(id);
  if (focus && !in_child) ImGui::SetNextWindowFocus();
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | flags);
  return vp;
}

void begin_screen(const char* id, const Theme& theme, bool background) {
  UiFrame& frame = ui::frame();
  frame.screen_window = id;
  const ImGuiViewport* vp =
      begin_viewport_window(id, ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  frame.screen_min = vp->Pos;
  frame.screen_size = vp->Size;
  if (background) {
    const Palette& p = theme.palette();
    platform::fill_screen_gradient(ImGui::GetWindowDrawList(), p.background_top, p.background_bottom);
  }
}

void end_screen() {
  trace_later_actions();  // TraceActionsLater: the screen's secondary controls after its main ones
  ImGui::End();
}

Page begin_page(const char* id, const Theme& theme) {
  begin_screen(id, theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool back = top_bar(theme, "", true).back;
  return {dl, screen_min(), screen_size(), back};
}
ImVec2 screen_min() { return ui::frame().screen_min; }
ImVec2 screen_size() { return ui::frame().screen_size; }

std::string ellipsize(ImFont* font, std::string t, float width) { return ellipsize(font, font->FontSize, t, width); }

std::string ellipsize(ImFont* font, float size, std::string t, float width) {
  auto w = [&](const std::string& s) { return text_width(font, size, s); };
  if (w(t) <= width) return t;
  const std::string full = t;
  while (!t.empty() && w(t + "…") > width) {
    while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();  // continuation
    if (!t.empty()) t.pop_back();  // the character's first byte
  }
  while (!t.empty() && t.back() == ' ') t.pop_back();
  if (tracing_layout())
    trace_cut(t + "…", full, int(wrapped_lines(font, font->FontSize, ImVec2(0.f, 0.f), full, width).size()));
  return t + "…";
}

ImVec2 text_size(ImFont* font, const std::string& text, float wrap) {
  return layout_text(font, font->FontSize, displayable(text), wrap).size;
}

float text_centred_height(ImFont* font, const std::string& text, float wrap, float size) {
  return layout_text(font, size > 0.f ? size : font->FontSize, displayable(text), wrap, kCentredLineSpacing).size.y;
}

float text_at(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, const std::string& text, float wrap) {
  const std::string t = displayable(text);
  const TextBlock& block = layout_text(font, font->FontSize, t, wrap);  // kept by the cache: not copied
  draw_text_block(dl, font, font->FontSize, block, pos, colour);
  trace_text(t);
  if (tracing_layout()) trace_text_block(dl, block, font->FontSize, pos);
  if (tracing_accessible() && ui_trace().quiet == 0) trace_message("t:" + text, {}, text);
  return block.size.y;
}

float text_centred(ImDrawList* dl, ImFont* font, float centre_x, float y, ImU32 colour, const std::string& text,
                   float wrap, float size) {
  // Each line is centred on its own.
  const std::string t = displayable(text);
  trace_text(t);
  if (tracing_accessible() && ui_trace().quiet == 0) trace_message("t:" + text, {}, text);
  if (size <= 0.f) size = font->FontSize;
  const TextBlock& block = layout_text(font, size, t, wrap, kCentredLineSpacing);
  draw_text_block(dl, font, size, block, ImVec2(centre_x, y), colour, 0.5f, 0.f);
  if (tracing_layout()) trace_text_block(dl, block, size, ImVec2(centre_x, y), 0.5f, 0.f);
  return block.size.y;
}

void focus_ring(ImDrawList* dl, ImVec2 min, ImVec2 max, const Theme& theme, float rounding) {
  // A thick ring in the focus colour between two dark hairlines, so it stands out on the dark
  // screens, the light phone and the yellow high-contrast buttons alike (seen from a metre away).
  const float g = theme.sp(6.f), w = std::max(4.f, theme.sp(6.f)), edge = std::max(1.5f, theme.sp(1.5f));
  const ImU32 dark = IM_COL32(0, 0, 0, 255);
  auto ring = [&](float off, ImU32 col, float thick) {
    dl->AddRect(ImVec2(min.x - off, min.y - off), ImVec2(max.x + off, max.y + off), col, rounding + off, 0, thick);
  };
  // Not cut off at the side of a scroll area (the phone's flags sit at its right edge).
  const float out = g + w + edge * 2.f;
  dl->PushClipRect(ImVec2(std::min(dl->GetClipRectMin().x, min.x - out), dl->GetClipRectMin().y),
                   ImVec2(std::max(dl->GetClipRectMax().x, max.x + out), dl->GetClipRectMax().y));
  ring(g - w * 0.5f - edge * 0.5f, dark, edge);
  ring(g + w * 0.5f + edge * 0.5f, dark, edge);
  ring(g, theme.palette().focus, w);
  dl->PopClipRect();
}

namespace {
// A big button's label: one step smaller (kButtonTextStep) when that keeps it on one line, or keeps
// its words whole, where the full size would wrap or break a word. Not a choice's (left-aligned
// sentences read as a list: one size for all of them).
struct ButtonLabel {
  float size;
  TextBlock block;
};
bool shrinks(ButtonKind kind) { return kind == ButtonKind::Primary || kind == ButtonKind::Secondary; }
ButtonLabel button_label(ImFont* f, const std::string& text, float wrap, ButtonKind kind) {
  TextBlock full = layout_text(f, f->FontSize, text, wrap);
  if ((full.lines.size() <= 1 && !full.broken_word) || !shrinks(kind)) return {f->FontSize, std::move(full)};
  const float step = f->FontSize * kButtonTextStep;
  TextBlock smaller = layout_text(f, step, text, wrap);
  if ((smaller.lines.size() == 1 && !smaller.broken_word) || (full.broken_word && !smaller.broken_word))
    return {step, std::move(smaller)};
  return {f->FontSize, std::move(full)};
}
}  // namespace

float big_button_height(const std::string& label, float width, const Theme& theme, ButtonKind kind) {
  ImFont* f = theme.fonts().body_bold;
  const float pad_x = theme.sp(space::l);
  const ButtonLabel l = button_label(f, displayable(label), width - pad_x * 2, kind);
  return std::max(theme.sp(space::touch), l.block.size.y + theme.sp(space::m) * 2);
}

bool big_button(const char* id, const std::string& label, ImVec2 pos, ImVec2 size, ButtonKind kind, const Theme& theme,
                const std::string& trace_id, const std::string& spoken) {
  const Palette& p = theme.palette();
  const bool disabled = kind == ButtonKind::Disabled;
  const std::string& action_id = trace_id.empty() ? label : trace_id;
  const Press press = press_target(id, "##b", pos, size, action_id);
  const bool clicked = press.clicked && !disabled, held = press.held, focused = press.focused;
  trace_action(action_id, spoken.empty() ? label : spoken, !disabled);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = theme.sp(space::radius);
  ImU32 bg = p.button, fg = p.button_text;
  if (kind == ButtonKind::Secondary) bg = p.button_secondary, fg = p.button_secondary_text;
  if (kind == ButtonKind::Choice) bg = p.surface, fg = p.surface_text;
  if (disabled) bg = p.disabled, fg = p.disabled_text;
  ImVec2 a = pos, b(pos.x + size.x, pos.y + size.y);
  if (held && !disabled) {  // pressed: a slight inset, no flashing
    const float in = theme.sp(2.f);
    a = ImVec2(a.x + in, a.y + in);
    b = ImVec2(b.x - in, b.y - in);
  }
  dl->AddRectFilled(a, b, bg, r);
  if (kind == ButtonKind::Secondary || disabled || theme.high_contrast())
    dl->AddRect(a, b, disabled ? p.card_border : (kind == ButtonKind::Primary ? bg : p.card_border), r, 0,
                theme.sp(theme.high_contrast() ? 3.f : 1.5f));
  ImFont* f = theme.fonts().body_bold;
  const float pad_x = theme.sp(space::l);
  const float wrap = size.x - pad_x * 2;
  const std::string t = displayable(label);
  const ButtonLabel l = button_label(f, t, wrap, kind);
  const bool left = kind == ButtonKind::Choice || kind == ButtonKind::Disabled;
  // Centred: each line on its own; left-aligned (choices): the lines' left edge.
  const ImVec2 at(left ? a.x + pad_x : (a.x + b.x) * 0.5f, (a.y + b.y - l.block.size.y) * 0.5f);
  draw_text_block(dl, f, l.size, l.block, at, fg, left ? 0.f : 0.5f);
  trace_text(t);
  const UiBox button{pos, ImVec2(pos.x + size.x, pos.y + size.y), {}};
  if (tracing_layout()) trace_text_block(dl, l.block, l.size, at, left ? 0.f : 0.5f, 0.f, &button);
  if (focused) focus_ring(dl, pos, ImVec2(pos.x + size.x, pos.y + size.y), theme, r);
  if (focused) ui_trace().focused = trace_id.empty() ? t : trace_id;
  trace_target(trace_id.empty() ? t : trace_id, pos, ImVec2(pos.x + size.x, pos.y + size.y));
  if (!trace_id.empty()) trace_target(t, pos, ImVec2(pos.x + size.x, pos.y + size.y));
  return clicked;
}

bool icon_button(const char* id, IconKind kind, ImVec2 c, float size, const Theme& theme, const std::string& trace_id,
                 bool active, const std::string& spoken) {
  const Palette& p = theme.palette();
  const ImVec2 a(c.x - size * 0.5f, c.y - size * 0.5f), b(c.x + size * 0.5f, c.y + size * 0.5f);
  const Press press = press_target(id, "##i", a, ImVec2(size, size), trace_id);
  const bool clicked = press.clicked, focused = press.focused;
  if (tracing_accessible()) {
    // Back and Settings name themselves; callers of the other kinds pass `spoken` (a flag names its message).
    const char* name = kind == IconKind::Back ? tr("Back") : kind == IconKind::Settings ? tr("Settings") : nullptr;
    const std::string label = !spoken.empty() ? spoken : name ? std::string(name) : trace_id;
    trace_action(trace_id, label, !(kind == IconKind::Flag && active));
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float icon = size * 0.55f;
  switch (kind) {
    case IconKind::Back:
      dl->AddCircleFilled(c, size * 0.5f, p.button_secondary, 32);
      icon::back_arrow(dl, c, icon, p.text);
      break;
    case IconKind::Settings:
      dl->AddCircleFilled(c, size * 0.5f, p.button_secondary, 32);
      icon::gear(dl, c, icon, p.text, p.background_top);
      break;
    case IconKind::Close:
      dl->AddCircleFilled(c, size * 0.5f, p.button_secondary, 32);
      icon::cross(dl, c, icon, p.text);
      break;
    case IconKind::Flag:
      dl->AddCircleFilled(c, size * 0.5f, active ? p.flag : with_alpha(p.surface_muted, 0.14f), 32);
      icon::flag(dl, c, icon * 0.95f, active ? IM_COL32(255, 255, 255, 255) : p.surface_muted, active);
      break;
  }
  if (theme.high_contrast()) dl->AddCircle(c, size * 0.5f, p.card_border, 32, theme.sp(2.f));
  if (focused) focus_ring(dl, a, b, theme, size * 0.5f);
  if (focused) ui_trace().focused = trace_id;
  trace_target(trace_id, a, b);
  return clicked;
}

void card(ImDrawList* dl, ImVec2 min, ImVec2 max, const Theme& theme, bool light, bool opaque) {
  const Palette& p = theme.palette();
  const float r = theme.sp(space::radius);
  const ImU32 fill = light ? p.surface : p.card;
  dl->AddRectFilled(min, max, opaque ? ImAlphaBlendColors(p.background_bottom, fill) : fill, r);
  dl->AddRect(min, max, p.card_border, r, 0, theme.sp(theme.high_contrast() ? 2.f : 1.f));
  trace_container(min, max);
}

ImDrawList* begin_scroll_area(const char* id, ImVec2 pos, ImVec2 size, bool stick_to_bottom) {
  ui::frame().scroll_id = id;
  ImGui::SetCursorScreenPos(pos);
  ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
  // Touch: dragging inside the area scrolls it (ImGui 1.86 only scrolls with the wheel).
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0, 6.f))
    ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  if (stick_to_bottom && !ImGui::IsMouseDown(0)) {
    // Glide to the newest message (ease-out); reduced motion (the frame's option) jumps.
    const float max = ImGui::GetScrollMaxY(), now = ImGui::GetScrollY();
    if (max > now)
      ImGui::SetScrollY(now + std::max(1.f, (max - now) * (ui::frame().options.reduced_motion ? 1.f : 0.25f)));
  }
  return ImGui::GetWindowDrawList();
}

void end_scroll_area(float content_height) {
  // Reserve the content's height so ImGui knows how far it scrolls.
  ImGui::SetCursorPos(ImVec2(0.f, 0.f));
  ImGui::Dummy(ImVec2(1.f, content_height));
  // A thin scroll hint on the right when there is more to see.
  const float max = ImGui::GetScrollMaxY();
  // Keyboard and gamepad visitors scroll text-only areas by focusing them (focus_nav.h).
  const bool focused = max > 0.f && nav_scroll_stop();
  const ImVec2 area_min = ImGui::GetWindowPos();
  const ImVec2 area_max(area_min.x + ImGui::GetWindowSize().x, area_min.y + ImGui::GetWindowSize().y);
  const UiFrame& frame = ui::frame();
  if (focused) ui_trace().focused = std::string("scroll:") + frame.scroll_id;
  if (max > 0.f) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    const float track = ws.y, thumb = std::max(track * ws.y / (ws.y + max), track * 0.12f);
    const float y = wp.y + (track - thumb) * (ImGui::GetScrollY() / max);
    const float w = ImGui::GetStyle().ScrollbarSize * 0.5f;
    dl->AddRectFilled(ImVec2(wp.x + ws.x - w - 2.f, y), ImVec2(wp.x + ws.x - 2.f, y + thumb),
                      IM_COL32(128, 128, 140, 140), w);
  }
  ImGui::EndChild();
  if (max > 0.f) trace_target(std::string("scroll:") + frame.scroll_id, area_min, area_max);
  if (const Theme* theme = frame.options.theme; focused && theme)
    focus_ring(ImGui::GetWindowDrawList(), area_min, area_max, *theme, theme->sp(space::radius));
}

namespace {
struct TitleLines {
  float size;
  TextBlock block;
};
constexpr std::string_view kTitleSeparator = " · ";  // displayable() has made "  ·  " one space each side
constexpr float kTitleLineSpacing = 1.1f;
TextBlock two_lines(ImFont* f, float size, const std::string& text, float avail) {
  std::string t = text;
  const size_t sep = t.find(kTitleSeparator);
  if (sep != std::string::npos) t.replace(sep, kTitleSeparator.size(), "\n");
  return layout_text(f, size, t, avail, kTitleLineSpacing);
}
TitleLines title_lines(ImFont* f, const std::string& title, float avail) {
  if (text_width(f, f->FontSize, title) <= avail) return {f->FontSize, layout_text(f, f->FontSize, title, 0.f)};
  TextBlock full = two_lines(f, f->FontSize, title, avail);
  if (full.lines.size() <= 2 && !full.broken_word) return {f->FontSize, std::move(full)};
  const float step = f->FontSize * kButtonTextStep;
  TextBlock smaller = two_lines(f, step, title, avail);
  if (smaller.lines.size() > 2) {  // the second line ends with "…"
    std::string rest;
    for (size_t i = 1; i < smaller.lines.size(); ++i) rest += (i > 1 ? " " : "") + smaller.lines[i];
    smaller.lines.resize(2);
    smaller.lines[1] = ellipsize(f, step, rest, avail);
    smaller.widths.resize(2);
    smaller.widths[1] = text_width(f, step, smaller.lines[1]);
    smaller.size.y = smaller.line_h * 2.f;
  }
  return {step, std::move(smaller)};
}
std::string join_lines(const TextBlock& block) {
  std::string out;
  for (const std::string& l : block.lines) out += (out.empty() ? "" : " ") + l;
  return out;
}
}  // namespace

TopBarResult top_bar(const Theme& theme, const std::string& title, bool show_back) {
  TopBarResult r;
  const ImVec2 o = screen_min(), sz = screen_size();
  const float pad = theme.sp(space::l);
  const float btn = theme.sp(space::touch);
  r.height = btn + pad * 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cy = o.y + pad + btn * 0.5f;
  if (show_back) r.back = icon_button("back", IconKind::Back, ImVec2(o.x + pad + btn * 0.5f, cy), btn, theme, "back");
  if (show_back && nav_cancel_pressed()) r.back = true;  // Escape or gamepad B
  if (!title.empty()) {
    const TraceQuiet quiet;  // the screen's title, not a message (screens call trace_title)
    const TraceTitle is_title;
    // Between the corner buttons: one line, else two (split at a "  ·  " between two parts, such
    // as "Ana's phone  ·  The title"), else two lines a text step smaller; "…" only ends a second
    // line that still does not fit (large text on a narrow phone).
    ImFont* f = theme.fonts().body_bold;
    const float avail = sz.x - (btn + pad * 2) * 2;
    const TitleLines t = title_lines(f, displayable(title), avail);
    const float top = cy - t.block.line_h * float(t.block.lines.size()) * 0.5f;
    draw_text_block(dl, f, t.size, t.block, ImVec2(o.x + sz.x * 0.5f, top), theme.palette().text_muted, 0.5f);
    if (tracing_layout()) trace_text_block(dl, t.block, t.size, ImVec2(o.x + sz.x * 0.5f, top), 0.5f);
    trace_text(join_lines(t.block));  // one line of text for the dump, as it reads
  }
  return r;
}

float top_bar_height(const Theme& theme) { return theme.sp(space::touch) + theme.sp(space::l) * 2; }

ColumnLayout column_layout(const Theme& theme) {
  const ImVec2 o = screen_min(), sz = screen_size();
  ColumnLayout c;
  c.pad = theme.sp(sz.x > sz.y ? space::xl : space::m);
  c.w = std::min(sz.x - c.pad * 2, theme.sp(760.f));
  c.x0 = o.x + (sz.x - c.w) * 0.5f;
  c.button_h = theme.sp(72.f);
  c.top = o.y + top_bar_height(theme);
  c.bottom = o.y + sz.y - c.pad - c.button_h - theme.sp(space::m);
  return c;
}

ImDrawList* begin_modal_overlay(const char* id, const Theme& theme, bool opaque) {
  const ImGuiViewport* vp = begin_viewport_window(id, ImGuiWindowFlags_NoBackground, true);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y);
  const Palette& p = theme.palette();
  if (opaque) platform::fill_screen_gradient(dl, p.background_top, p.background_bottom);
  else dl->AddRectFilled(vp->Pos, end, p.scrim);
  trace_begin_modal();
  return dl;
}

bool card_button(const char* id, ImVec2 pos, ImVec2 size, const Theme& theme, const std::string& trace_id,
                 const std::string& spoken) {
  const Press press = press_target(id, "##card", pos, size, trace_id);
  const bool clicked = press.clicked, held = press.held, focused = press.focused;
  trace_action(trace_id, spoken.empty() ? trace_id : spoken);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(pos.x + size.x, pos.y + size.y);
  card(dl, pos, b, theme);
  if (held) dl->AddRectFilled(pos, b, IM_COL32(255, 255, 255, 14), theme.sp(space::radius));
  if (focused) focus_ring(dl, pos, b, theme, theme.sp(space::radius));
  if (focused) ui_trace().focused = trace_id;
  trace_target(trace_id, pos, b);
  return clicked;
}

}  // namespace lureproof
