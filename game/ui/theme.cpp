// Palette, type scale and font loading (Noto Sans subset to Latin, Latin Extended, Greek, Cyrillic).
#include "ui/theme.h"

#include <algorithm>
#include <filesystem>

namespace {

// Unicode ranges the subset fonts carry (keep in sync with cmake/Fonts.cmake).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A/B
    0x0370, 0x03FF,                  // Greek
    0x0400, 0x052F,                  // Cyrillic and supplement
    0x1E00, 0x1EFF,                  // Latin Extended Additional
    0x2010, 0x205E,                  // punctuation (dashes, quotes, bullet, ellipsis)
    0x20A0, 0x20BF,                  // currency
    0x2190, 0x2193, 0x2713, 0x2715, 0x2122, 0x2122,
    0};

}  // namespace

float Theme::scale_for(int width_px, int height_px, float text_size) {
  const float short_side = float(std::min(width_px, height_px));
  float s = short_side / 800.f;
  s = std::clamp(s, 0.8f, 3.f);
  return s * std::clamp(text_size, 1.f, 2.f);
}

bool Theme::load_fonts(const std::string& assets_dir, float ui_scale, std::string& error) {
  namespace fs = std::filesystem;
  scale_ = ui_scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const fs::path dir = fs::path(assets_dir) / "fonts";
  const std::string regular = (dir / "NotoSans-Regular.ttf").string();
  const std::string bold = (dir / "NotoSans-Bold.ttf").string();
  std::error_code ec;
  if (!fs::exists(regular, ec) || !fs::exists(bold, ec)) {
    error = "fonts not found in " + dir.string() + "; using the built-in font";
    fonts_.body = fonts_.heading = fonts_.title = io.Fonts->AddFontDefault();
    return false;
  }
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  fonts_.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), 24.f * ui_scale, &config, kGlyphRanges);
  fonts_.heading = io.Fonts->AddFontFromFileTTF(bold.c_str(), 36.f * ui_scale, &config, kGlyphRanges);
  fonts_.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), 76.f * ui_scale, &config, kGlyphRanges);
  if (!fonts_.body || !fonts_.heading || !fonts_.title) {
    error = "could not read the fonts in " + dir.string();
    io.Fonts->Clear();
    fonts_.body = fonts_.heading = fonts_.title = io.Fonts->AddFontDefault();
    return false;
  }
  io.FontDefault = fonts_.body;
  return true;
}

void Theme::apply_style(bool high_contrast) {
  if (high_contrast) {
    palette_ = {IM_COL32(0, 0, 0, 255),       IM_COL32(0, 0, 0, 255),       IM_COL32(255, 255, 255, 255),
                IM_COL32(235, 235, 235, 255), IM_COL32(255, 221, 0, 255),   IM_COL32(0, 0, 0, 255),
                IM_COL32(255, 150, 150, 255), IM_COL32(0, 0, 0, 255),       IM_COL32(255, 255, 255, 255)};
  } else {
    palette_ = {IM_COL32(18, 32, 58, 255),    IM_COL32(36, 22, 64, 255),    IM_COL32(245, 246, 250, 255),
                IM_COL32(190, 198, 220, 255), IM_COL32(255, 196, 87, 255),  IM_COL32(28, 24, 40, 255),
                IM_COL32(255, 138, 128, 255), IM_COL32(255, 255, 255, 20),  IM_COL32(255, 255, 255, 60)};
  }
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowBorderSize = 0.f;
  style.WindowPadding = ImVec2(0, 0);
  style.FrameRounding = 14.f;
  style.FramePadding = ImVec2(20.f, 14.f);
  style.ItemSpacing = ImVec2(16.f, 16.f);
  style.ScaleAllSizes(scale_);
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(palette_.text);
  c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(palette_.accent);
  c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(palette_.accent);
  c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(palette_.accent);
  c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(palette_.text);
}
