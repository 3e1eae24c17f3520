// Dear ImGui without a window or GL context (see imgui_without_display.h).
#include "platform/imgui_without_display.h"

#include <imgui.h>

#include <cfloat>
#include <cstdint>

namespace platform::no_display {
namespace {
std::intptr_t g_next_texture = 1;
}  // namespace

void create_context(int width, int height) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about a visitor is written to disk
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
  io.DisplaySize = ImVec2(float(width), float(height));
  io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

void build_font_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(std::intptr_t(1)));
  io.Fonts->ClearTexData();  // nothing will read the pixels
}

void* fake_texture() { return reinterpret_cast<void*>(++g_next_texture); }

}  // namespace platform::no_display
