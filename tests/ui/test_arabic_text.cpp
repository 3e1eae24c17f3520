// Arabic in the UI (issue #21): with Arabic as the UI language the widgets' text is shaped by
// platform::complex_text, its glyphs those `hb-shape --language=ar --direction=rtl` gives for the
// build's subset font, and drawn as line images whose lines end at the block's right edge.
#include "../support/hb_shape.h"
#include "headless_ui.h"
#include "journey/display_text.h"
#include "platform/complex_text.h"
#include "ui/complex_lines.h"
#include "ui/line_image_cache.h"
#include "ui/rich_text.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace lureproof;

namespace {
const std::string kArabicFont = std::string(LUREPROOF_BUILD_ASSETS) + "/fonts/NotoSansArabic-Regular.ttf";
const std::string kArabicBoldFont = std::string(LUREPROOF_BUILD_ASSETS) + "/fonts/NotoSansArabic-Bold.ttf";
// "Never pay recruitment fees. A real employer does not ask you for money for the job, and does not
// keep your passport." (a tanween mark on أبدًا)
const std::string kSample = "لا تدفع رسوم التوظيف أبدًا";
const std::string kParagraph =
    "لا تدفع رسوم التوظيف أبدًا. صاحب العمل الحقيقي لا يطلب منك المال مقابل الوظيفة، ولا يحتفظ بجواز سفرك.";

struct Quad {
  ImVec2 min, max;
};
}  // namespace

TEST_CASE("an Arabic UI shapes its lines as hb-shape does and aligns them to the right") {
  HeadlessUi ui(1280, 800);
  select_complex_text("ar", LUREPROOF_BUILD_ASSETS);
  REQUIRE(complex_lines_active());
  REQUIRE(right_to_left_ui());
  CHECK(displayable(kSample) == kSample);  // no Arabic letter or mark dropped

  SUBCASE("the glyphs drawn are hb-shape's") {
    const platform::complex_text::LineImage image = platform::complex_text::render(kSample, 24.f);
    const std::vector<unsigned> expected =
        lureproof_test::glyph_ids(lureproof_test::hb_shape_arabic(LUREPROOF_HB_SHAPE, kArabicFont, kSample));
    REQUIRE(expected.size() >= 15);
    CHECK(image.glyphs == expected);
    CHECK(image.width > 100);
    // Joined: the letters of a word take their initial and final forms, other glyphs than the
    // same letters alone (drawn right to left: the last letter's glyph is leftmost).
    std::vector<unsigned> alone;
    for (const std::string letter : {"ع", "ف", "د", "ت"}) {
      const std::vector<unsigned> one = platform::complex_text::render(letter, 24.f).glyphs;
      REQUIRE(one.size() == 1);
      alone.push_back(one[0]);
    }
    const std::vector<unsigned> joined = platform::complex_text::render("تدفع", 24.f).glyphs;
    REQUIRE(joined.size() == 4);
    CHECK(joined[0] != alone[0]);  // final ain
    CHECK(joined[1] != alone[1]);  // initial feh (dal does not join to its left)
    CHECK(joined[2] != alone[2]);  // final dal
    CHECK(joined[3] != alone[3]);  // initial teh
  }

  SUBCASE("a bold line (a heading, a name) is shaped in the bold Arabic face, measured and cached apart") {
    const platform::complex_text::LineImage regular = platform::complex_text::render(kSample, 24.f);
    const platform::complex_text::LineImage bold = platform::complex_text::render(kSample, 24.f, true);
    CHECK(bold.glyphs ==
          lureproof_test::glyph_ids(lureproof_test::hb_shape_arabic(LUREPROOF_HB_SHAPE, kArabicBoldFont, kSample)));
    long ink_regular = 0, ink_bold = 0;
    for (unsigned char c : regular.coverage) ink_regular += c;
    for (unsigned char c : bold.coverage) ink_bold += c;
    CHECK(ink_bold > ink_regular * 11 / 10);  // heavier strokes
    CHECK(text_width(ui.theme.fonts().heading, 24.f, kSample) == doctest::Approx(bold.advance));
    CHECK(text_width(ui.theme.fonts().body, 24.f, kSample) == doctest::Approx(regular.advance));
    CHECK(bold.advance != doctest::Approx(regular.advance));
  }

  SUBCASE("a wrapped paragraph's lines end at its right edge in the mirrored frame, and the trace records them there") {
    ImFont* font = ui.theme.fonts().body;
    const float size = font->FontSize;
    const TextBlock block = layout_text(font, size, kParagraph, 300.f);
    REQUIRE(block.lines.size() >= 3);
    CHECK(block.size.x <= 300.f);
    const ImVec2 pos(100.f, 100.f);      // the block's start (left) edge as laid out
    const float right = 1280.f - pos.x;  // ... which is its right edge on screen
    ImDrawList* dl = nullptr;
    int from = 0;
    ui_trace().layout = true;
    ui::set_mirrored(true);
    ui.frame([&] {
      ImGui::SetNextWindowPos(ImVec2(0.f, 0.f));
      ImGui::SetNextWindowSize(ImVec2(1280.f, 800.f));
      ImGui::Begin("arabic", nullptr, ImGuiWindowFlags_NoDecoration);
      dl = ImGui::GetWindowDrawList();
      from = dl->VtxBuffer.Size;
      draw_text_block(dl, font, size, block, pos, IM_COL32(255, 255, 255, 255));
      trace_text_block(dl, block, size, pos);
      ImGui::End();
    });
    ui::set_mirrored(false);
    ui_trace().layout = false;
    // The draw list as mirrored after ImGui::Render: each line an image, its corners in a mirrored order.
    std::vector<Quad> quads;
    for (int v = from; v + 3 < dl->VtxBuffer.Size; v += 4) {
      const ImDrawVert &a = dl->VtxBuffer[v], &b = dl->VtxBuffer[v + 1];
      quads.push_back({ImVec2(b.pos.x, a.pos.y), ImVec2(a.pos.x, dl->VtxBuffer[v + 2].pos.y)});
      // Flipped back: the corner now on the left samples the image's left edge (it reads as drawn).
      CHECK(b.pos.x < a.pos.x);
      CHECK(b.uv.x < a.uv.x);
    }
    REQUIRE(quads.size() == block.lines.size());  // one image a line
    CHECK(ui::last_mirrored_draw().images >= int(block.lines.size()));
    CHECK(ui::last_mirrored_draw().imgui_glyphs == 0);
    float leftmost = 1e9f, rightmost = 0.f;
    for (size_t i = 0; i < quads.size(); ++i) {
      CAPTURE(i);
      // The line's ink ends at the block's right edge on screen (within a pixel or two).
      CHECK(quads[i].max.x == doctest::Approx(right).epsilon(0.01));
      CHECK(quads[i].max.y > pos.y + block.line_h * float(i));
      leftmost = std::min(leftmost, quads[i].min.x);
      rightmost = std::max(rightmost, quads[i].min.x);
    }
    CHECK(rightmost - leftmost > 20.f);  // the lines differ in length: their left ends are ragged
    const std::vector<UiTextBox>& boxes = ui_trace().text_boxes;
    REQUIRE_FALSE(boxes.empty());
    const UiTextBox& box = boxes.back();
    CHECK(box.text.find("صاحب") != std::string::npos);
    CHECK(box.max.x == doctest::Approx(right));
    CHECK(box.min.x == doctest::Approx(right - block.size.x));
    CHECK(box.breaks.size() == block.lines.size() - 1);
    REQUIRE(complex_line_cache() != nullptr);
    CHECK(complex_line_cache()->lines() == block.lines.size());
  }

  SUBCASE("a phone message's lines (rich text) start at its start edge, as draw_text_block's") {
    ImFont* font = ui.theme.fonts().body;
    for (const float wrap : {320.f, 240.f}) {  // about a bubble's text width at 1280x800 and at 390x844
      CAPTURE(wrap);
      const RichLayout layout = layout_rich(rich_runs(kParagraph, {}), font, ui.theme.fonts().body_bold, wrap);
      REQUIRE(layout.pieces.size() >= 3);  // one piece a line
      CHECK(layout.size.x <= wrap);
      float widest = 0.f;
      for (const RichPiece& piece : layout.pieces) {
        CHECK(piece.pos.x == 0.f);  // the mirrored frame puts the start edge at the right
        widest = std::max(widest, text_width(font, font->FontSize, piece.text));
      }
      CHECK(widest == doctest::Approx(layout.size.x));
      CHECK(layout.pieces[0].pos.y < layout.pieces[1].pos.y);
    }
  }

  select_complex_text("en", LUREPROOF_BUILD_ASSETS);
  CHECK_FALSE(complex_lines_active());
  CHECK_FALSE(right_to_left_ui());
}

TEST_CASE("in a left-to-right UI a line holding Arabic (the picker's endonym) is still shaped, the rest is ImGui's") {
  HeadlessUi ui(1280, 800);
  select_complex_text("en", LUREPROOF_BUILD_ASSETS);
  CHECK_FALSE(complex_lines_active());
  CHECK_FALSE(right_to_left_ui());
  CHECK(displayable("العربية") == "العربية");  // kept: the faces are loaded in every UI language
  CHECK(draws_complex("العربية"));
  CHECK(first_character("ريتا") == "ر");  // an avatar's initial: a whole character, not a byte of one
  CHECK(first_character("Ana") == "A");
  CHECK_FALSE(draws_complex("English"));
  CHECK(text_width(ui.theme.fonts().body_bold, 24.f, "العربية") ==
        doctest::Approx(platform::complex_text::measure("العربية", 24.f, true)));  // a button's label: bold
  ImDrawList* dl = nullptr;
  int from = 0;
  ui.frame([&] {
    ImGui::SetNextWindowPos(ImVec2(0.f, 0.f));
    ImGui::SetNextWindowSize(ImVec2(1280.f, 800.f));
    ImGui::Begin("picker", nullptr, ImGuiWindowFlags_NoDecoration);
    dl = ImGui::GetWindowDrawList();
    from = dl->VtxBuffer.Size;
    text_at(dl, ui.theme.fonts().body_bold, ImVec2(100.f, 100.f), IM_COL32_WHITE, "العربية");
    ImGui::End();
  });
  CHECK(dl->VtxBuffer.Size - from == 4);  // one image, not seven of ImGui's glyphs
  REQUIRE(complex_line_cache() != nullptr);
  CHECK(complex_line_cache()->lines() >= 1);
  // The shaped line is the Arabic face's (base direction left to right in this UI: one Arabic run).
  CHECK(platform::complex_text::render("العربية", 24.f).glyphs ==
        lureproof_test::glyph_ids(lureproof_test::hb_shape_arabic(LUREPROOF_HB_SHAPE, kArabicFont, "العربية")));
}
