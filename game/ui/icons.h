// Icons drawn with ImDrawList (the fonts carry no emoji): red flag, back arrow, check, cross,
// settings gear, loudspeaker, typing dots, person, phone, technique (hook for fishing, target for hunting).
#pragma once

#include <imgui.h>

namespace lureproof {

namespace icon {
// Each draws inside the square centred on `c` with side `size`.
void flag(ImDrawList* dl, ImVec2 c, float size, ImU32 colour, bool filled);
void back_arrow(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void check(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void cross(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void gear(ImDrawList* dl, ImVec2 c, float size, ImU32 colour, ImU32 hole);
void typing_dots(ImDrawList* dl, ImVec2 c, float size, ImU32 colour, double t, bool animate);
void hook(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void target(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void clock(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void phone(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
void info(ImDrawList* dl, ImVec2 c, float size, ImU32 colour);
// A loudspeaker: with sound waves when `on`, struck through when not.
void speaker(ImDrawList* dl, ImVec2 c, float size, ImU32 colour, bool on);
}  // namespace icon

}  // namespace lureproof
