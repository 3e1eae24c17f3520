// Dear ImGui without a display for the UI unit tests: the theme's fonts from the build's assets and
// one frame at a time, begun and ended as App::frame does (ui::begin_frame / ui::end_frame).
#pragma once

#include "platform/imgui_without_display.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/ui_frame.h"

#include <imgui.h>

#include <cfloat>
#include <string>

using namespace lureproof;

class HeadlessUi {
 public:
  HeadlessUi(int width, int height) {
    platform::no_display::create_context(width, height);
    std::string error;
    theme.load_fonts(LUREPROOF_BUILD_ASSETS, 1.f, error);
    theme.apply_style(false);
    platform::no_display::build_font_atlas();
  }
  ~HeadlessUi() { ImGui::DestroyContext(); }
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame with the accessible view recorded and reduced motion (scroll areas jump).
  template <class Draw>
  void frame(Draw&& draw) {
    ImGui::GetIO().DeltaTime = 1.f / 60.f;
    ui::mirror_input();  // a right-to-left frame (ui::set_mirrored) is mirrored as App mirrors it
    ImGui::NewFrame();
    ui::begin_frame({&theme, true, true});
    draw();
    ui::end_frame();
    ImGui::Render();
    ui::mirror_draw_data(ImGui::GetDrawData());
  }

  // A tap on the target the last frame traced as `label`: pressed one frame, released the next.
  template <class Draw>
  bool tap(const std::string& label, Draw&& draw) {
    const UiTarget* target = nullptr;
    for (const UiTarget& t : ui::frame().trace.targets)
      if (t.label == label && t.visible()) target = &t;
    if (!target) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((target->min.x + target->max.x) * 0.5f, (target->min.y + target->max.y) * 0.5f);
    for (bool down : {true, false}) {
      io.MouseDown[0] = down;
      frame(draw);
    }
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return true;
  }

  Theme theme;
};
