// Dear ImGui without a window or GL context (see imgui_without_display.h).
#include "platform/imgui_without_display.h"

#include <imgui.h>

#include <cfloat>
#include <cstdint>

namespace lureproof {

void platform::create_imgui_context() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about a visitor is written to disk
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
}

namespace platform::no_display {
namespace {
std::intptr_t g_next_texture = 1;
}  // namespace

void create_context(int width, int height) {
  create_imgui_context();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(width), float(height));
  io.DisplayFramebufferScale = ImVec2(1.f, 1.f);
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

void build_font_atlas() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->ConfigData.empty() && !io.Fonts->Fonts.empty()) {  // metrics fonts only (metrics_font)
    io.Fonts->TexReady = true;
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(std::intptr_t(1)));
    return;
  }
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(std::intptr_t(1)));
  io.Fonts->ClearTexData();  // nothing will read the pixels
}

void* fake_texture() { return reinterpret_cast<void*>(++g_next_texture); }

ImFont* metrics_font(ImFontAtlas* atlas, float size) {
  ImFont* font = IM_NEW(ImFont);
  font->FontSize = size;
  font->ContainerAtlas = atlas;
  font->Ascent = size * 0.8f;
  font->Descent = -size * 0.2f;
  // Zero-sized glyphs: ' ' and the fallback '?' (which every other character then measures as).
  font->AddGlyph(nullptr, ImWchar(' '), 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, size * 0.26f);
  font->AddGlyph(nullptr, ImWchar('?'), 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, size * 0.5f);
  font->BuildLookupTable();
  atlas->Fonts.push_back(font);
  return font;
}

}  // namespace platform::no_display

}  // namespace lureproof
