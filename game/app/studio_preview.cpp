// draw_studio_preview: the visitor's ending and debrief screens over an EndingPreview, and the bar.
#include "app/studio_preview.h"

#include "screens/debrief_screen.h"
#include "screens/ending_screen.h"
#include "screens/help_screen.h"
#include "ui/ui_trace.h"

#include <imgui.h>

#include <lure/scenario.h>

#include <string>

namespace lureproof {

bool draw_studio_preview(const UiContext& ui, EndingPreview& preview, const lure::ContentRegister& sources,
                         const SiteConfig& config) {
  using Page = EndingPreview::Page;
  bool back = false;
  if (preview.page == Page::Ending) {
    const EndingResult r = draw_ending_screen(ui, preview.story(), preview.tally());
    if (r.to_debrief) preview.page = Page::Debrief;
    if (r.to_help) {
      preview.help_from = Page::Ending;
      preview.page = Page::Help;
    }
  } else if (preview.page == Page::Debrief) {
    const DebriefResult r = draw_debrief_screen(ui, {preview.story(), preview.tally(), preview.graph(), sources});
    if (r.back) preview.page = Page::Ending;
    if (r.to_help) {
      preview.help_from = Page::Debrief;
      preview.page = Page::Help;
    }
  } else {
    const HelpResult r = draw_help_screen(ui, config);
    if (r.back) preview.page = preview.help_from;
    back = r.finish;  // the visitor is done: so is the preview
  }
  // The bar, top right over the screen: which ending this is, and the way back.
  const Theme& theme = ui.theme;
  ImGui::SetNextWindowPos(ImVec2(screen_min().x + screen_size().x - theme.sp(12.f), screen_min().y + theme.sp(12.f)),
                          ImGuiCond_Always, ImVec2(1.f, 0.f));
  ImGui::PushFont(theme.fonts().small);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(28, 33, 48, 240));
  ImGui::Begin("##studio-preview-bar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImGui::AlignTextToFramePadding();
  const EndingRoute& e = preview.ending();
  ImGui::Text("Preview: ending '%s' (%s), no red flag marked", e.id.c_str(), lure::ending_class_name(e.ending));
  ImGui::SameLine();
  back = ImGui::Button("Back to the Studio (Esc)") || back;
  trace_target("studio:preview-back", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  back = back || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  if (back) preview.close();
  return !back;
}

}  // namespace lureproof
