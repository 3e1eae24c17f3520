// Attract screen: title, teaser bubbles, call to action. Drawn with ImDrawList on one full-screen
// window without chrome.
#include "screens/attract_screen.h"

#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace {

// The tagline in the languages Lureproof ships (shown in each language's own words).
const char* const kTaglines[] = {
    "Too good to be true?",
    "Prea frumos ca să fie adevărat?",
    "Твърде хубаво, за да е истина?",
    "Zbyt piękne, żeby było prawdziwe?",
    "Занадто добре, щоб бути правдою?",
    "Trop beau pour être vrai ?",
    "Zu schön, um wahr zu sein?",
    "Troppo bello per essere vero?",
    "¿Demasiado bueno para ser verdad?",
    "Πολύ καλό για να είναι αληθινό;",
};
const char* const kLanguages =
    "English · Română · Български · Polski · Українська · Français · Deutsch · Italiano · Español · Ελληνικά";

// The teaser: a recruiter's messages that arrive one after another, then start again.
const char* const kTeaser[] = {
    "Hi! Saw your post in the jobs group",
    "Warehouse work in Germany, 2,400 €/month",
    "No experience needed. Travel + housing paid",
    "Only 3 places left – decide today?",
};
constexpr int kTeaserCount = int(sizeof(kTeaser) / sizeof(kTeaser[0]));

float ease_out(float x) {
  x = std::clamp(x, 0.f, 1.f);
  return 1.f - (1.f - x) * (1.f - x) * (1.f - x);
}

ImU32 with_alpha(ImU32 colour, float alpha) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
  c.w *= std::clamp(alpha, 0.f, 1.f);
  return ImGui::ColorConvertFloat4ToU32(c);
}

void centered_text(ImDrawList* dl, ImFont* font, float y, float centre_x, ImU32 colour, const char* text,
                   float wrap = 0.f) {
  ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text);
  dl->AddText(font, font->FontSize, ImVec2(centre_x - size.x * 0.5f, y), colour, text, nullptr, wrap);
}

// A phone outline with message bubbles sliding in, looping every few seconds.
void draw_teaser(ImDrawList* dl, const Theme& theme, ImVec2 origin, ImVec2 size, double t, bool reduced_motion) {
  const Palette& p = theme.palette();
  const float s = theme.scale();
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), IM_COL32(250, 250, 252, 255), 36.f * s);
  dl->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), p.card_border, 36.f * s, 0, 6.f * s);
  // Header bar of the messenger.
  const float header_h = 64.f * s;
  dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + header_h), IM_COL32(40, 92, 160, 255), 36.f * s,
                    ImDrawFlags_RoundCornersTop);
  ImFont* body = theme.fonts().body;
  dl->AddCircleFilled(ImVec2(origin.x + 40.f * s, origin.y + header_h * 0.5f), 18.f * s, IM_COL32(255, 196, 87, 255));
  dl->AddText(body, body->FontSize * 0.8f, ImVec2(origin.x + 30.f * s, origin.y + header_h * 0.5f - 9.f * s),
              IM_COL32(28, 24, 40, 255), "M");
  dl->AddText(body, body->FontSize, ImVec2(origin.x + 70.f * s, origin.y + header_h * 0.5f - body->FontSize * 0.5f),
              IM_COL32(255, 255, 255, 255), "Marius · Recruiter");

  const double period = 1.8;
  const double cycle = period * (kTeaserCount + 2);
  const double local = reduced_motion ? cycle - 0.01 : std::fmod(t, cycle);
  float y = origin.y + header_h + 20.f * s;
  const float wrap = size.x * 0.72f;
  for (int i = 0; i < kTeaserCount; ++i) {
    const double appear = period * i + 0.6;
    if (local < appear) break;
    const float k = reduced_motion ? 1.f : ease_out(float((local - appear) / 0.45));
    ImVec2 text_size = body->CalcTextSizeA(body->FontSize, FLT_MAX, wrap, kTeaser[i]);
    const float pad = 14.f * s;
    ImVec2 a(origin.x + 18.f * s + (1.f - k) * 40.f * s, y);
    ImVec2 b(a.x + text_size.x + pad * 2, a.y + text_size.y + pad * 2);
    dl->AddRectFilled(a, b, with_alpha(IM_COL32(232, 236, 245, 255), k), 18.f * s);
    dl->AddText(body, body->FontSize, ImVec2(a.x + pad, a.y + pad), with_alpha(IM_COL32(20, 24, 36, 255), k),
                kTeaser[i], nullptr, wrap);
    y = b.y + 12.f * s;
  }
}

}  // namespace

bool draw_attract_screen(const Theme& theme, double t, bool reduced_motion) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGui::Begin("attract", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float s = theme.scale();
  const ImVec2 o = vp->Pos, sz = vp->Size;
  dl->AddRectFilledMultiColor(o, ImVec2(o.x + sz.x, o.y + sz.y), p.background_top, p.background_top,
                              p.background_bottom, p.background_bottom);

  const bool landscape = sz.x > sz.y * 1.1f;
  const float text_column_w = landscape ? sz.x * 0.55f : sz.x;
  const float text_centre = o.x + text_column_w * 0.5f;
  const float wrap = text_column_w * 0.86f;
  const float fade = reduced_motion ? 1.f : ease_out(float(t / 1.2));

  // Title: the tagline in the current language, cycling through the others.
  const int count = int(sizeof(kTaglines) / sizeof(kTaglines[0]));
  const double per = 3.5;
  const int index = reduced_motion ? 0 : int(std::fmod(t / per, double(count)));
  const float phase = float(std::fmod(t, per) / per);
  const float cross = reduced_motion ? 1.f : std::min({1.f, phase * 6.f, (1.f - phase) * 6.f});
  float y = o.y + (landscape ? sz.y * 0.22f : sz.y * 0.08f);
  centered_text(dl, f.body, y, text_centre, with_alpha(p.accent, fade), "LUREPROOF");
  y += f.body->FontSize * 1.8f;
  ImVec2 title_size = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, wrap, kTaglines[0]);
  centered_text(dl, f.title, y, text_centre, with_alpha(p.text, fade), kTaglines[0], wrap);
  y += title_size.y + 24.f * s;
  if (index != 0)
    centered_text(dl, f.heading, y, text_centre, with_alpha(p.text_muted, fade * cross), kTaglines[index], wrap);
  y += f.heading->FontSize * 1.6f;
  centered_text(dl, f.body, y, text_centre, with_alpha(p.text_muted, fade),
                "See how online job offers and new friends can turn into traps.", wrap);

  // The teaser phone.
  ImVec2 phone_size(std::min(420.f * s, sz.x * (landscape ? 0.32f : 0.8f)),
                    std::min(560.f * s, sz.y * (landscape ? 0.7f : 0.4f)));
  ImVec2 phone_pos = landscape ? ImVec2(o.x + sz.x * 0.62f, o.y + (sz.y - phone_size.y) * 0.45f)
                               : ImVec2(o.x + (sz.x - phone_size.x) * 0.5f, y + f.body->FontSize * 3.f);
  draw_teaser(dl, theme, phone_pos, phone_size, t, reduced_motion);

  // Call to action, gently pulsing, and the languages.
  const float pulse = reduced_motion ? 1.f : 0.75f + 0.25f * float(std::sin(t * 2.4));
  const char* cta = "Touch to start";
  ImVec2 cta_size = f.heading->CalcTextSizeA(f.heading->FontSize, FLT_MAX, 0.f, cta);
  const float cta_y = o.y + sz.y - f.body->FontSize * 3.2f - cta_size.y - 40.f * s;
  const ImVec2 pill_a(text_centre - cta_size.x * 0.5f - 36.f * s, cta_y - 18.f * s);
  const ImVec2 pill_b(text_centre + cta_size.x * 0.5f + 36.f * s, cta_y + cta_size.y + 18.f * s);
  const float cta_x = landscape ? text_centre : o.x + sz.x * 0.5f;
  const ImVec2 shift(cta_x - text_centre, 0.f);
  dl->AddRectFilled(ImVec2(pill_a.x + shift.x, pill_a.y), ImVec2(pill_b.x + shift.x, pill_b.y),
                    with_alpha(p.accent, pulse), 999.f);
  centered_text(dl, f.heading, cta_y, cta_x, p.accent_text, cta);
  centered_text(dl, f.body, o.y + sz.y - f.body->FontSize * 2.4f, o.x + sz.x * 0.5f, p.text_muted, kLanguages,
                sz.x * 0.94f);

  ImGui::SetCursorScreenPos(o);
  const bool started = ImGui::InvisibleButton("start", sz) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space));
  ImGui::End();
  return started;
}
