// Mirrored frames (mirror.h): the draw data, the pointer and keys, and the trace, flipped about the
// viewport's centre line.
#include "ui/mirror.h"

#include "ui/ui_trace.h"

#include <cfloat>
#include <set>
#include <utility>

namespace lureproof::ui {

namespace {
bool g_mirrored = false;
MirroredDraw g_last;
ImVec2 g_pointer_written(-FLT_MAX, -FLT_MAX);  // the layout position mirror_input() last wrote
bool g_keys_swapped = false;

// The display's left edge (0) plus its right edge: x on one side is (axis - x) on the other.
// The display's size (the main viewport's before ImGui::NewFrame has set it for this frame).
float axis() { return ImGui::GetIO().DisplaySize.x; }
void flip(ImVec2& min, ImVec2& max) {
  const float a = axis(), left = a - max.x;
  max.x = a - min.x;
  min.x = left;
}

void swap_keys() {
  ImGuiIO& io = ImGui::GetIO();
  const int left = io.KeyMap[ImGuiKey_LeftArrow], right = io.KeyMap[ImGuiKey_RightArrow];
  if (left >= 0 && right >= 0 && left < IM_ARRAYSIZE(io.KeysDown) && right < IM_ARRAYSIZE(io.KeysDown))
    std::swap(io.KeysDown[left], io.KeysDown[right]);
}

// The first corner (U0, V0) of every visible glyph of the font atlas: a vertex there starts a glyph.
const std::set<std::pair<float, float>>& glyph_corners(const ImFontAtlas& atlas) {
  static std::set<std::pair<float, float>> corners;
  static ImTextureID texture = nullptr;
  static int glyphs = -1;
  int count = 0;
  for (const ImFont* font : atlas.Fonts) count += font->Glyphs.Size;
  if (texture != atlas.TexID || glyphs != count) {
    corners.clear();
    for (const ImFont* font : atlas.Fonts)
      for (const ImFontGlyph& g : font->Glyphs)
        if (g.Visible) corners.insert({g.U0, g.V0});
    texture = atlas.TexID;
    glyphs = count;
  }
  return corners;
}
}  // namespace

void set_mirrored(bool mirrored) { g_mirrored = mirrored; }
bool mirrored() { return g_mirrored; }

float screen_x(float x) { return g_mirrored ? axis() - x : x; }

float left_to_right_piece(float x, float piece_width, float start, float run_width) {
  return g_mirrored ? start + run_width - (x - start) - piece_width : x;
}

void mirror_input() {
  if (!g_mirrored) return;
  ImGuiIO& io = ImGui::GetIO();
  // A source that did not set the pointer again this frame left the layout position written last time.
  const bool valid = io.MousePos.x > -FLT_MAX * 0.5f;
  const bool same = io.MousePos.x == g_pointer_written.x && io.MousePos.y == g_pointer_written.y;
  if (valid && !same) io.MousePos.x = axis() - io.MousePos.x;
  g_pointer_written = io.MousePos;
  // Left moves towards the start of a right-to-left line: what the layout has on its right.
  std::swap(io.NavInputs[ImGuiNavInput_DpadLeft], io.NavInputs[ImGuiNavInput_DpadRight]);
  std::swap(io.NavInputs[ImGuiNavInput_LStickLeft], io.NavInputs[ImGuiNavInput_LStickRight]);
  swap_keys();
  g_keys_swapped = true;
}

void restore_input() {
  if (std::exchange(g_keys_swapped, false)) swap_keys();
}

void mirror_trace(UiTrace& trace) {
  if (!g_mirrored) return;
  for (UiTextBox& box : trace.text_boxes) {
    flip(box.min, box.max);
    flip(box.container_min, box.container_max);
    flip(box.clip_min, box.clip_max);
  }
  for (UiBox& box : trace.containers) flip(box.min, box.max);
  for (UiTarget& target : trace.targets) {
    flip(target.min, target.max);
    flip(target.clip_min, target.clip_max);
  }
}

MirroredDraw mirror_draw_data(ImDrawData* data) {
  MirroredDraw found;
  if (!g_mirrored || !data) return found;
  const float a = data->DisplayPos.x * 2.f + data->DisplaySize.x;
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const std::set<std::pair<float, float>>& corners = glyph_corners(atlas);
  for (int l = 0; l < data->CmdListsCount; ++l) {
    ImDrawList* list = data->CmdLists[l];
    for (ImDrawVert& v : list->VtxBuffer) v.pos.x = a - v.pos.x;
    for (ImDrawCmd& cmd : list->CmdBuffer) {
      const float left = a - cmd.ClipRect.z;
      cmd.ClipRect.z = a - cmd.ClipRect.x;
      cmd.ClipRect.x = left;
      if (cmd.UserCallback) continue;
      const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
      ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
      const bool font_atlas = cmd.TextureId == atlas.TexID;
      for (unsigned i = 0; i + 5 < cmd.ElemCount;) {
        // A quad as AddText and AddImage add them: corners a, (b.x, a.y), b, (a.x, b.y).
        const ImDrawIdx v = idx[i];
        if (idx[i + 1] != v + 1 || idx[i + 2] != v + 2 || idx[i + 3] != v || idx[i + 4] != v + 2 ||
            idx[i + 5] != v + 3) {
          ++i;
          continue;
        }
        i += 6;
        if (font_atlas) {
          if (corners.count({vtx[v].uv.x, vtx[v].uv.y})) ++found.imgui_glyphs;
          continue;
        }
        std::swap(vtx[v].uv.x, vtx[v + 1].uv.x);  // an image reads the right way round again
        std::swap(vtx[v + 2].uv.x, vtx[v + 3].uv.x);
        ++found.images;
      }
    }
  }
  g_last = found;
  return found;
}

const MirroredDraw& last_mirrored_draw() { return g_last; }

}  // namespace lureproof::ui
