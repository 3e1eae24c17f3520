// Right-to-left screens (issue #21; ui/mirror.h): in Arabic the frame is mirrored: the back arrow sits
// at the right edge, the other side's bubbles are on the right and the visitor's on the left, a
// choice's text ends at its right edge, the settings' controls are left of their labels, and no
// glyph of ImGui's own atlas is drawn (every text is a shaped line).
#include "headless_ui.h"
#include "journey/reveal.h"
#include "screens/play_screen.h"
#include "screens/settings_overlay.h"
#include "ui/avatar.h"
#include "ui/complex_lines.h"
#include "ui/qr_view.h"
#include "ui/widgets.h"

#include <lure/parser.h>

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace lureproof;

namespace {
const char* const kChat = R"(scenario: mirrored
title: Mirrored
summary: Test.
language: ar
persona: Ana | 23 | Test.
technique: hunting
content-note: None.
minutes: 1

character rita
  name: ريتا
  initials: ر
  colour: #d1495b

== start [chat]
you: مرحبا! #line:m1
rita: نعم! أرسلي لي صورة جواز سفرك. #line:m2
* راسل ريتا -> end_safe #line:m3
* تابع التصفح -> end_safe #line:m4

== end_safe [narration] ending safe
narrator: انتهى. #line:m5
debrief: انتهى. #line:m6
)";

const UiTextBox* box_with(const UiTrace& t, const std::string& part) {
  for (const UiTextBox& b : t.text_boxes)
    if (b.text.find(part) != std::string::npos) return &b;
  return nullptr;
}
const UiTarget* target(const UiTrace& t, const std::string& label) {
  for (const UiTarget& x : t.targets)
    if (x.label == label) return &x;
  return nullptr;
}

// Three frames of `draw` (ImGui sizes new windows first), mirrored or not; the last frame's trace.
template <class Draw>
UiTrace frames(HeadlessUi& ui, bool mirrored, Draw&& draw) {
  UiTrace out;
  ui::set_mirrored(mirrored);
  for (int i = 0; i < 3; ++i)
    ui.frame([&] {
      ui_trace().layout = true;
      draw();
      ui_trace().layout = false;
    });
  out = ui::frame().trace;
  ui::set_mirrored(false);
  return out;
}

// The vertices `draw(draw_list)` adds in one frame, in a window filling the 1280x800 screen, as the
// frame (mirrored or not) left them.
template <class Draw>
std::vector<ImDrawVert> drawn_vertices(HeadlessUi& ui, bool mirrored, Draw&& draw) {
  ImDrawList* dl = nullptr;
  int from = 0;
  ui::set_mirrored(mirrored);
  ui.frame([&] {
    ImGui::SetNextWindowPos(ImVec2(0.f, 0.f));
    ImGui::SetNextWindowSize(ImVec2(1280.f, 800.f));
    ImGui::Begin("drawn", nullptr, ImGuiWindowFlags_NoDecoration);
    dl = ImGui::GetWindowDrawList();
    from = dl->VtxBuffer.Size;
    draw(dl);
    ImGui::End();
  });
  ui::set_mirrored(false);
  return std::vector<ImDrawVert>(dl->VtxBuffer.Data + from, dl->VtxBuffer.Data + dl->VtxBuffer.Size);
}
}  // namespace

TEST_CASE("an Arabic frame is mirrored: back arrow, bubbles, choices, settings; no ImGui glyphs") {
  lure::ParseResult parsed = lure::parse_scenario(kChat, "mirrored.lure");
  REQUIRE(parsed.ok());
  for (const ImVec2 size : {ImVec2(1280.f, 800.f), ImVec2(390.f, 844.f)}) {
    CAPTURE(size.x);
    HeadlessUi ui(int(size.x), int(size.y));
    select_complex_text("ar", LUREPROOF_BUILD_ASSETS);
    REQUIRE(complex_lines_active());
    const float pad = ui.theme.sp(space::l);

    SUBCASE("the back arrow sits at the right edge") {
      const UiTrace page = frames(ui, true, [&] {
        const Page p = begin_page("page", ui.theme);
        (void)p;
        end_screen();
      });
      const UiTarget* back = target(page, "back");
      REQUIRE(back);
      CHECK(back->max.x == doctest::Approx(size.x - pad));
      CHECK(back->min.x > size.x * 0.5f);
      CHECK(ui::last_mirrored_draw().imgui_glyphs == 0);
      const UiTrace ltr = frames(ui, false, [&] {
        begin_page("page", ui.theme);
        end_screen();
      });
      REQUIRE(target(ltr, "back"));
      CHECK(target(ltr, "back")->min.x == doctest::Approx(pad));  // the same page left to right
    }

    SUBCASE("the other side's bubble is on the right, the visitor's on the left; a choice's text ends at its right") {
      lure::Story story(parsed.scenario);
      story.start(1);
      Reveal reveal;
      reveal.start(2, {});
      const std::vector<Mark> marks;
      const PlayView view{story, reveal, marks, true, ""};
      const UiContext context{ui.theme, 0.0, 1.0, true};
      const UiTrace t = frames(ui, true, [&] { draw_play_screen(context, view); });
      CHECK(ui::last_mirrored_draw().imgui_glyphs == 0);
      CHECK(ui::last_mirrored_draw().images > 4);
      const UiTextBox* theirs = box_with(t, "جواز");
      const UiTextBox* mine = box_with(t, "مرحبا");
      REQUIRE(theirs);
      REQUIRE(mine);
      // The bubbles (the texts' containers): Rita's on the right, with its right edge by the phone's
      // right margin (her avatar beside it); the visitor's against the left margin.
      CHECK(theirs->container_max.x > mine->container_max.x);
      CHECK(theirs->container_min.x > mine->container_min.x);
      const UiTrace ltr = frames(ui, false, [&] { draw_play_screen(context, view); });
      const UiTextBox* theirs_ltr = box_with(ltr, "جواز");
      const UiTextBox* mine_ltr = box_with(ltr, "مرحبا");
      REQUIRE(theirs_ltr);
      REQUIRE(mine_ltr);
      CHECK(theirs->container_max.x == doctest::Approx(size.x - theirs_ltr->container_min.x));
      CHECK(mine->container_min.x == doctest::Approx(size.x - mine_ltr->container_max.x));
      // The choice: its text ends at the button's right edge less the padding.
      const UiTarget* choice = target(t, "choice:0");
      const UiTextBox* label = box_with(t, "راسل ريتا");
      REQUIRE(choice);
      REQUIRE(label);
      CHECK(label->max.x == doctest::Approx(choice->max.x - pad).epsilon(0.002));
      CHECK(label->min.x > choice->min.x + pad);
    }

    SUBCASE("the settings' controls are left of their labels") {
      Settings settings;
      SpeechPanel speech;
      const UiContext context{ui.theme};
      const UiTrace t = frames(ui, true, [&] { draw_settings_overlay(context, settings, speech); });
      CHECK(ui::last_mirrored_draw().imgui_glyphs == 0);
      for (const auto& [control, text] : {std::pair<std::string, std::string>{"high-contrast", "High contrast"},
                                          {"sound", "Sound"},
                                          {"text-bigger", "Text size"}}) {
        CAPTURE(control);
        const UiTarget* c = target(t, control);
        const UiTextBox* label = box_with(t, text);
        REQUIRE(c);
        REQUIRE(label);
        if (label->max.y > c->min.y && label->min.y < c->max.y) CHECK(c->max.x < label->min.x);  // on one row
        else CHECK(c->min.x < label->min.x);  // a narrow card: the control under the label, from the left
        CHECK(label->max.x > size.x * 0.5f);  // the labels start at the right
      }
    }
    select_complex_text("en", LUREPROOF_BUILD_ASSETS);
  }
}

TEST_CASE("a QR code is not mirrored in a mirrored frame (it moves, its modules stay as encoded)") {
  HeadlessUi ui(1280, 800);
  // The dark modules of the code drawn at `min`, in modules from the code's white square's left and top.
  auto modules = [&](bool mirrored) {
    std::set<std::pair<int, int>> out;
    const std::vector<ImDrawVert> verts = drawn_vertices(ui, mirrored, [](ImDrawList* dl) {
      REQUIRE(draw_qr(dl, ImVec2(100.f, 100.f), 300.f, "https://example.org/lureproof-help"));
    });
    float left = 1e9f, top = 1e9f, module = 1e9f;
    for (const ImDrawVert& vert : verts) {
      left = std::min(left, vert.pos.x);
      top = std::min(top, vert.pos.y);
    }
    // Filled rectangles without rounding are 4 vertices each; the first is the white square.
    std::vector<std::pair<ImVec2, ImVec2>> rects;
    for (size_t v = 0; v + 3 < verts.size(); v += 4) {
      if (verts[v].col != IM_COL32(0, 0, 0, 255)) continue;
      const ImVec2 a = verts[v].pos, b = verts[v + 2].pos;
      rects.push_back({ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y))});
      module = std::min(module, std::max(a.y, b.y) - std::min(a.y, b.y) - 0.5f);
    }
    for (const auto& [a, b] : rects) {
      const float x = mirrored ? a.x + 0.5f : a.x;  // the module's overlap is on its other side
      out.insert({int(std::lround((x - left) / module)), int(std::lround((a.y - top) / module))});
    }
    return out;
  };
  const std::set<std::pair<int, int>> plain = modules(false), mirrored = modules(true);
  CHECK(plain.size() > 200);
  CHECK(mirrored == plain);
}

TEST_CASE("a mirrored frame takes the pointer from the screen to the layout, and swaps Left and Right") {
  HeadlessUi ui(1280, 800);
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_LeftArrow] = 80;
  io.KeyMap[ImGuiKey_RightArrow] = 79;
  ui::set_mirrored(true);
  io.MousePos = ImVec2(100.f, 50.f);  // on screen, as a backend sets it
  io.KeysDown[80] = true;             // Left held
  ui::mirror_input();
  CHECK(io.MousePos.x == doctest::Approx(1180.f));  // where the layout has it
  CHECK(io.MousePos.y == doctest::Approx(50.f));
  CHECK(io.KeysDown[79]);  // Right, for ImGui's navigation: towards the layout's right, the screen's left
  CHECK_FALSE(io.KeysDown[80]);
  ui::restore_input();  // after NewFrame: the keys as the backend left them
  CHECK(io.KeysDown[80]);
  CHECK_FALSE(io.KeysDown[79]);
  ui::mirror_input();  // a source that did not move the pointer: it stays where it was written
  CHECK(io.MousePos.x == doctest::Approx(1180.f));
  ui::restore_input();
  ui::set_mirrored(false);
  io.KeysDown[80] = false;
  io.MousePos = ImVec2(300.f, 50.f);
  ui::mirror_input();  // not mirrored: nothing changes
  CHECK(io.MousePos.x == doctest::Approx(300.f));
  CHECK(ui::screen_x(300.f) == doctest::Approx(300.f));
}

TEST_CASE("a photo avatar is not mirrored in a mirrored frame") {
  HeadlessUi ui(1280, 800);
  lure::Character who;
  who.id = "marius";
  who.avatar = "all.png";  // any real PNG: the build's emoji sheet
  const std::string images = std::string(LUREPROOF_BUILD_ASSETS) + "/fonts/emoji";
  for (const bool mirrored : {false, true}) {
    CAPTURE(mirrored);
    const std::vector<ImDrawVert> verts = drawn_vertices(
        ui, mirrored, [&](ImDrawList* dl) { draw_avatar(dl, ImVec2(200.f, 200.f), 40.f, &who, ui.theme, images); });
    REQUIRE(verts.size() > 8);  // the rounded photo, not the initials
    // The photo's left half is on the left: texture coordinates grow with x.
    const float centre = mirrored ? 1280.f - 200.f : 200.f;
    double u_left = 0.0, u_right = 0.0;
    int n_left = 0, n_right = 0;
    for (const ImDrawVert& vert : verts) {
      CHECK(std::fabs(vert.pos.x - centre) <= 41.f);  // where the mirror put it
      if (vert.pos.x < centre - 20.f) u_left += vert.uv.x, ++n_left;
      if (vert.pos.x > centre + 20.f) u_right += vert.uv.x, ++n_right;
    }
    REQUIRE(n_left > 0);
    REQUIRE(n_right > 0);
    CHECK(u_left / n_left < 0.3);
    CHECK(u_right / n_right > 0.7);
  }
}
