// Focus order for the custom widgets: registration, Tab / Shift+Tab, focus repair, Enter, cancel.
#include "ui/focus_nav.h"

#include "ui/ui_frame.h"

#include <imgui_internal.h>

#include <cmath>
#include <vector>

namespace lureproof {

namespace {

ImRect rect_of(const NavEntry& e) { return ImRect(e.min, e.max); }

// A Left/Right press waits one frame for ImGui's answer (ImGui 1.86 only moves sideways to widgets
// that overlap the focused one vertically; the phone's flags and the choices beside it rarely do).
// It spans two frames, so it lives here rather than in UiFrame; nav_end_frame clears it when read.
struct SidewaysPress {
  int dir = 0;  // -1 left, +1 right
  ImGuiID from = 0;
  int frame = -1;
} g_sideways;

bool went_down(ImGuiNavInput a, ImGuiNavInput b, ImGuiNavInput c) {
  const ImGuiIO& io = ImGui::GetIO();
  return io.NavInputsDownDuration[a] == 0.f || io.NavInputsDownDuration[b] == 0.f || io.NavInputsDownDuration[c] == 0.f;
}

// Moves the focus (and the visible ring) to `e`, scrolling its scroll area to show it.
void focus(const NavEntry& e) {
  ImGuiContext& g = *GImGui;
  ImGui::SetFocusID(e.id, e.window);
  e.window->NavRectRel[g.NavLayer] = ImGui::WindowRectAbsToRel(e.window, rect_of(e));
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  if ((e.window->Flags & ImGuiWindowFlags_ChildWindow) && !e.window->InnerClipRect.Contains(rect_of(e)))
    ImGui::ScrollToRect(e.window, rect_of(e));
}

}  // namespace

NavItemState nav_item() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiID id = ImGui::GetItemID();
  ui::frame().nav_items.push_back({id, window, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  NavItemState s;
  s.focused = ImGui::IsItemFocused() && ImGui::GetIO().NavVisible;
  s.pressed = s.focused && GImGui->ActiveId == 0 &&
              (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
               ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
  return s;
}

bool nav_scroll_stop() {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  std::vector<NavEntry>& items = ui::frame().nav_items;
  for (const NavEntry& e : items)
    if (e.window == window) return false;  // its own widgets take the focus
  const ImRect visible(window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y));
  const ImGuiID id = window->GetID("##scroll-stop");
  // A navigation item only: no ItemSize (the layout is untouched), no hover (taps go through).
  if (!ImGui::ItemAdd(visible, id)) return false;
  items.push_back({id, window, visible.Min, visible.Max});
  const bool focused = g.NavId == id && ImGui::GetIO().NavVisible;
  if (focused && g.NavMoveSubmitted && (g.NavMoveDir == ImGuiDir_Up || g.NavMoveDir == ImGuiDir_Down)) {
    const float step = visible.GetHeight() * 0.4f * (g.NavMoveDir == ImGuiDir_Up ? -1.f : 1.f);
    const float y = window->Scroll.y;
    if ((step < 0.f && y > 0.f) || (step > 0.f && y < window->ScrollMax.y)) {
      ImGui::SetScrollY(ImClamp(y + step, 0.f, window->ScrollMax.y));
      ImGui::NavMoveRequestCancel();  // scrolled instead of moving the focus
    }
  }
  return focused;
}

void nav_end_frame(const std::vector<NavEntry>& items) {
  ImGuiContext& g = *GImGui;
  const ImGuiIO& io = ImGui::GetIO();
  if (!g.NavWindow || g.ActiveId != 0 || g.NavWindowingTarget) return;
  // Only the widgets of the window that has the focus (a modal overlay keeps Tab inside itself).
  ImGuiWindow* root = g.NavWindow->RootWindow;
  std::vector<NavEntry> group;
  for (const NavEntry& e : items)
    if (e.window->RootWindow == root) group.push_back(e);
  if (group.empty()) return;
  int current = -1;
  for (size_t i = 0; i < group.size(); ++i)
    if (group[i].id == g.NavId) current = int(i);

  // ImGui found nothing sideways: take the nearest widget on that side, preferring the same height.
  const SidewaysPress press = g_sideways;
  g_sideways = {};
  if (press.frame == ImGui::GetFrameCount() - 1 && g.NavId == press.from && current >= 0) {
    const ImRect from = rect_of(group[size_t(current)]);
    const NavEntry* best = nullptr;
    float best_score = 0.f;
    for (const NavEntry& e : group) {
      const ImRect r = rect_of(e);
      const bool beyond = press.dir > 0 ? r.Min.x >= from.Max.x - 1.f : r.Max.x <= from.Min.x + 1.f;
      if (!beyond) continue;
      const float dy = std::fabs(r.GetCenter().y - from.GetCenter().y);
      const float dx = std::fabs(r.GetCenter().x - from.GetCenter().x);
      const float score = dy + dx * 0.25f;
      if (!best || score < best_score) best = &e, best_score = score;
    }
    if (best) return focus(*best);
  }
  if (current >= 0 && !g.NavDisableHighlight) {
    const int dir = went_down(ImGuiNavInput_DpadLeft, ImGuiNavInput_KeyLeft_, ImGuiNavInput_LStickLeft)      ? -1
                    : went_down(ImGuiNavInput_DpadRight, ImGuiNavInput_KeyRight_, ImGuiNavInput_LStickRight) ? 1
                                                                                                             : 0;
    if (dir != 0) g_sideways = {dir, g.NavId, ImGui::GetFrameCount()};
  }

  const bool tab = (io.ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) && !io.KeyCtrl && !io.KeyAlt &&
                   ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab));
  if (tab) {
    const int n = int(group.size());
    const int next = current < 0 ? (io.KeyShift ? n - 1 : 0) : (current + (io.KeyShift ? n - 1 : 1)) % n;
    focus(group[size_t(next)]);
    return;
  }
  // The focused widget is gone (the step's choices were replaced, "Show all" became the choices):
  // a keyboard or gamepad visitor keeps a focus, on the first widget of the same area.
  if (current < 0 && g.NavId != 0 && !g.NavIdIsAlive && !g.NavDisableHighlight) {
    for (const NavEntry& e : group)
      if (e.window == g.NavWindow) return focus(e);
    focus(group.front());
  }
}

bool nav_cancel_pressed() {
  const ImGuiIO& io = ImGui::GetIO();
  return io.NavInputsDownDuration[ImGuiNavInput_Cancel] == 0.f &&
         ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
}

}  // namespace lureproof
