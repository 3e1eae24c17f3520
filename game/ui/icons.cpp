// Icon drawing: simple geometric shapes sized from one `size` so they scale with the theme.
#include "ui/icons.h"

#include <cmath>

namespace lureproof {

namespace icon {

void flag(ImDrawList* dl, ImVec2 c, float s, ImU32 col, bool filled) {
  const float pole_x = c.x - s * 0.30f;
  const float top = c.y - s * 0.42f, bottom = c.y + s * 0.44f;
  const float w = s * 0.10f;
  dl->AddRectFilled(ImVec2(pole_x - w * 0.5f, top), ImVec2(pole_x + w * 0.5f, bottom), col, w * 0.5f);
  // A waving banner: two quads with a notch.
  ImVec2 pts[] = {ImVec2(pole_x, top + s * 0.02f),          ImVec2(c.x + s * 0.05f, top - s * 0.04f),
                  ImVec2(c.x + s * 0.40f, top + s * 0.04f), ImVec2(c.x + s * 0.40f, top + s * 0.46f),
                  ImVec2(c.x + s * 0.05f, top + s * 0.40f), ImVec2(pole_x, top + s * 0.48f)};
  if (filled) {
    dl->AddConvexPolyFilled(pts, 6, col);
  } else {
    dl->AddPolyline(pts, 6, col, ImDrawFlags_Closed, s * 0.08f);
  }
}

void back_arrow(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  const float t = s * 0.10f;
  dl->AddLine(ImVec2(c.x - s * 0.32f, c.y), ImVec2(c.x + s * 0.34f, c.y), col, t);
  dl->AddLine(ImVec2(c.x - s * 0.34f, c.y + t * 0.35f), ImVec2(c.x - s * 0.02f, c.y - s * 0.30f), col, t);
  dl->AddLine(ImVec2(c.x - s * 0.34f, c.y - t * 0.35f), ImVec2(c.x - s * 0.02f, c.y + s * 0.30f), col, t);
}

void check(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  ImVec2 pts[] = {ImVec2(c.x - s * 0.34f, c.y + s * 0.02f), ImVec2(c.x - s * 0.10f, c.y + s * 0.26f),
                  ImVec2(c.x + s * 0.36f, c.y - s * 0.26f)};
  dl->AddPolyline(pts, 3, col, 0, s * 0.12f);
}

void cross(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  const float d = s * 0.28f, t = s * 0.10f;
  dl->AddLine(ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d), col, t);
  dl->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), col, t);
}

void speaker(ImDrawList* dl, ImVec2 c, float s, ImU32 col, bool on) {
  const float x0 = c.x - s * 0.40f, t = s * 0.08f;
  // The box and the cone.
  dl->AddRectFilled(ImVec2(x0, c.y - s * 0.12f), ImVec2(x0 + s * 0.16f, c.y + s * 0.12f), col);
  const ImVec2 cone[4] = {ImVec2(x0 + s * 0.14f, c.y - s * 0.12f), ImVec2(x0 + s * 0.38f, c.y - s * 0.32f),
                          ImVec2(x0 + s * 0.38f, c.y + s * 0.32f), ImVec2(x0 + s * 0.14f, c.y + s * 0.12f)};
  dl->AddConvexPolyFilled(cone, 4, col);
  const ImVec2 w(x0 + s * 0.40f, c.y);
  if (on) {
    dl->PathArcTo(w, s * 0.20f, -0.9f, 0.9f, 12);
    dl->PathStroke(col, 0, t);
    dl->PathArcTo(w, s * 0.36f, -0.9f, 0.9f, 16);
    dl->PathStroke(col, 0, t);
  } else {
    const float d = s * 0.12f, x = c.x + s * 0.28f;
    dl->AddLine(ImVec2(x - d, c.y - d), ImVec2(x + d, c.y + d), col, t);
    dl->AddLine(ImVec2(x - d, c.y + d), ImVec2(x + d, c.y - d), col, t);
  }
}

void gear(ImDrawList* dl, ImVec2 c, float s, ImU32 col, ImU32 hole) {
  const float r_outer = s * 0.46f, r_inner = s * 0.34f;
  const int teeth = 8;
  ImVec2 pts[teeth * 4];
  for (int i = 0; i < teeth; ++i) {
    const float a0 = float(i) / teeth * 6.2831853f;
    const float step = 6.2831853f / teeth;
    const float angles[4] = {a0 - step * 0.30f, a0 - step * 0.16f, a0 + step * 0.16f, a0 + step * 0.30f};
    const float radii[4] = {r_inner, r_outer, r_outer, r_inner};
    for (int k = 0; k < 4; ++k)
      pts[i * 4 + k] = ImVec2(c.x + std::cos(angles[k]) * radii[k], c.y + std::sin(angles[k]) * radii[k]);
  }
  dl->AddCircleFilled(c, r_inner, col, 32);
  for (int i = 0; i < teeth; ++i) dl->AddConvexPolyFilled(&pts[i * 4], 4, col);
  dl->AddCircleFilled(c, s * 0.15f, hole, 24);
}

void typing_dots(ImDrawList* dl, ImVec2 c, float s, ImU32 col, double t, bool animate) {
  for (int i = 0; i < 3; ++i) {
    const float phase = animate ? float(0.5 + 0.5 * std::sin(t * 5.0 - i * 0.9)) : 0.6f;
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(col);
    v.w *= 0.35f + 0.65f * phase;
    dl->AddCircleFilled(ImVec2(c.x + (i - 1) * s * 0.32f, c.y - (animate ? phase * s * 0.06f : 0.f)), s * 0.11f,
                        ImGui::ColorConvertFloat4ToU32(v), 16);
  }
}

void hook(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  const float t = s * 0.09f;
  dl->AddLine(ImVec2(c.x + s * 0.12f, c.y - s * 0.42f), ImVec2(c.x + s * 0.12f, c.y + s * 0.14f), col, t);
  dl->PathArcTo(ImVec2(c.x - s * 0.06f, c.y + s * 0.14f), s * 0.18f, 0.f, 3.1415926f, 16);
  dl->PathStroke(col, 0, t);
  dl->AddLine(ImVec2(c.x - s * 0.24f, c.y + s * 0.14f), ImVec2(c.x - s * 0.24f, c.y + s * 0.0f), col, t);
  dl->AddCircle(ImVec2(c.x + s * 0.12f, c.y - s * 0.42f), s * 0.06f, col, 12, t * 0.8f);
}

void target(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddCircle(c, s * 0.42f, col, 32, s * 0.08f);
  dl->AddCircle(c, s * 0.24f, col, 32, s * 0.08f);
  dl->AddCircleFilled(c, s * 0.08f, col, 16);
}

void clock(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddCircle(c, s * 0.40f, col, 32, s * 0.08f);
  dl->AddLine(c, ImVec2(c.x, c.y - s * 0.24f), col, s * 0.08f);
  dl->AddLine(c, ImVec2(c.x + s * 0.18f, c.y + s * 0.06f), col, s * 0.08f);
}

void phone(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddRect(ImVec2(c.x - s * 0.24f, c.y - s * 0.42f), ImVec2(c.x + s * 0.24f, c.y + s * 0.42f), col, s * 0.08f, 0,
              s * 0.08f);
  dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.30f), s * 0.05f, col, 12);
}

void info(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddCircle(c, s * 0.42f, col, 32, s * 0.08f);
  dl->AddCircleFilled(ImVec2(c.x, c.y - s * 0.2f), s * 0.06f, col, 12);
  dl->AddLine(ImVec2(c.x, c.y - s * 0.05f), ImVec2(c.x, c.y + s * 0.25f), col, s * 0.09f);
}

}  // namespace icon

}  // namespace lureproof
