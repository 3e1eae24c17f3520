// The screen's background gradient drawn with the GL clear (platform.h: fill_screen_gradient): one
// scissored glClear per band of rows that share an 8-bit colour, instead of a textured full-screen
// quad whose every pixel a software rasteriser (SwiftShader in a browser without a GPU, llvmpipe)
// shades at ~20 ms of CPU per frame.
#include "platform/platform.h"

#include <SDL_opengl.h>
#include <imgui.h>

#include <array>
#include <cmath>

namespace lureproof {

namespace platform {
namespace {
struct Gradient {
  ImU32 top = 0, bottom = 0;
};
std::array<Gradient, 4> g_gradients;  // a frame draws at most a screen and an overlay
int g_next = 0;

ImU32 row_colour(const Gradient& g, float t) {
  ImU32 out = IM_COL32_A_MASK;
  for (int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT}) {
    const float a = float((g.top >> shift) & 0xFF), b = float((g.bottom >> shift) & 0xFF);
    out |= ImU32(std::lround(a + (b - a) * t)) << shift;
  }
  return out;
}

void clear_band(int width, int height, int first_row, int end_row, ImU32 colour) {
  glScissor(0, height - end_row, width, end_row - first_row);  // GL counts rows from the bottom
  glClearColor(float((colour >> IM_COL32_R_SHIFT) & 0xFF) / 255.f, float((colour >> IM_COL32_G_SHIFT) & 0xFF) / 255.f,
               float((colour >> IM_COL32_B_SHIFT) & 0xFF) / 255.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
}

void clear_gradient(const ImDrawList*, const ImDrawCmd* cmd) {
  const Gradient& g = *static_cast<const Gradient*>(cmd->UserCallbackData);
  int width = 0, height = 0;
  drawable_size(width, height);
  if (width <= 0 || height <= 0) return;
  glEnable(GL_SCISSOR_TEST);
  int first = 0;
  ImU32 colour = row_colour(g, 0.5f / float(height));
  for (int row = 1; row < height; ++row) {
    const ImU32 c = row_colour(g, (float(row) + 0.5f) / float(height));
    if (c == colour) continue;
    clear_band(width, height, first, row, colour);
    first = row;
    colour = c;
  }
  clear_band(width, height, first, height, colour);
}
}  // namespace

void fill_screen_gradient(ImDrawList* dl, unsigned top, unsigned bottom) {
  Gradient& g = g_gradients[size_t(g_next++) % g_gradients.size()];
  g = {top, bottom};
  dl->AddCallback(clear_gradient, &g);
  dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);  // the backend restores its own state
}

void new_frame_gradients() { g_next = 0; }

}  // namespace platform

}  // namespace lureproof
