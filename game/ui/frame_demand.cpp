// Frame demand and the draw-data hash: see frame_demand.h.
#include "ui/frame_demand.h"

#include "ui/ui_frame.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace lureproof {

namespace {
// 64-bit words mixed with a multiply-xorshift: ~1 ms per 10 MB, so a busy frame costs microseconds.
struct Hasher {
  std::uint64_t h = 0x9E3779B97F4A7C15ull;
  void word(std::uint64_t w) {
    h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
  }
  void bytes(const void* data, size_t size) {
    const unsigned char* p = static_cast<const unsigned char*>(data);
    std::uint64_t w = 0;
    for (; size >= 8; size -= 8, p += 8) {
      std::memcpy(&w, p, 8);
      word(w);
    }
    w = 0;
    std::memcpy(&w, p, size);
    word(w ^ (std::uint64_t(size) << 56));
  }
};
}  // namespace

void need_animation() { ui::frame().demand.animating = true; }
void need_frame_in(double seconds, bool paced) {
  FrameDemand& d = ui::frame().demand;
  d.wake_in = std::min(d.wake_in, seconds);
  d.paced = d.paced || paced;
}
void need_animation_at(double fps) { need_frame_in(1.0 / fps, true); }

FrameDemand take_frame_demand() {
  FrameDemand& demand = ui::frame().demand;
  const FrameDemand d = demand;
  demand = FrameDemand{};
  return d;
}

std::uint64_t hash_draw_data(const ImDrawData* data) {
  Hasher h;
  if (!data || !data->Valid) return h.h;
  h.word(std::uint64_t(data->CmdListsCount));
  h.bytes(&data->DisplaySize, sizeof data->DisplaySize);
  for (int i = 0; i < data->CmdListsCount; ++i) {
    const ImDrawList* list = data->CmdLists[i];
    h.bytes(list->VtxBuffer.Data, size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    h.bytes(list->IdxBuffer.Data, size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      h.bytes(&cmd.ClipRect, sizeof cmd.ClipRect);
      h.word(std::uint64_t(reinterpret_cast<std::uintptr_t>(cmd.TextureId)));
      h.word((std::uint64_t(cmd.ElemCount) << 32) ^ (std::uint64_t(cmd.IdxOffset) << 8) ^ cmd.VtxOffset);
    }
  }
  return h.h;
}

}  // namespace lureproof
