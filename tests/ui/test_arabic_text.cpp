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
// "Never pay recruitment fees. A real employer does not ask you for money for the job, and does not
// keep your passport." (a tanween mark on أبدًا)
const std::string kSample = "لا تدفع رسوم التوظيف أبدًا";
const std::string kParagraph =
    "لا تدفع رسوم التوظيف أبدًا. صاحب العمل الحقيقي لا يطلب منك المال مقابل الوظيفة، ولا يحتفظ بجواز سفرك.";

struct Quad {
  ImVec2 min, max;
};
// The images draw_text_block added to `dl` after vertex `from` (four vertices each).
std::vector<Quad> quads_since(const ImDrawList* dl, int from) {
  std::vector<Quad> quads;
  for (int v = from; v + 3 < dl->VtxBuffer.Size; v += 4)
    quads.push_back({dl->VtxBuffer[v].pos, dl->VtxBuffer[v + 2].pos});
  return quads;
}
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

  SUBCASE("a wrapped paragraph's lines end at its right edge, and the trace records them there") {
    ImFont* font = ui.theme.fonts().body;
    const float size = font->FontSize;
    const TextBlock block = layout_text(font, size, kParagraph, 300.f);
    REQUIRE(block.lines.size() >= 3);
    CHECK(block.size.x <= 300.f);
    const ImVec2 pos(100.f, 100.f);
    std::vector<Quad> quads;
    ui_trace().layout = true;
    ui.frame([&] {
      ImGui::SetNextWindowPos(ImVec2(0.f, 0.f));
      ImGui::SetNextWindowSize(ImVec2(1280.f, 800.f));
      ImGui::Begin("arabic", nullptr, ImGuiWindowFlags_NoDecoration);
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const int from = dl->VtxBuffer.Size;
      draw_text_block(dl, font, size, block, pos, IM_COL32(255, 255, 255, 255));
      quads = quads_since(dl, from);
      trace_text_block(dl, block, size, pos);
      ImGui::End();
    });
    ui_trace().layout = false;
    REQUIRE(quads.size() == block.lines.size());  // one image a line
    float leftmost = 1e9f, rightmost = 0.f;
    for (size_t i = 0; i < quads.size(); ++i) {
      CAPTURE(i);
      // The line's advance ends at the block's right edge (its ink within a pixel or two of it).
      CHECK(line_x(block, i, pos.x, 0.f, 0.f) + block.widths[i] == doctest::Approx(pos.x + block.size.x));
      CHECK(quads[i].max.x == doctest::Approx(pos.x + block.size.x).epsilon(0.01));
      CHECK(quads[i].max.y > pos.y + block.line_h * float(i));
      leftmost = std::min(leftmost, quads[i].min.x);
      rightmost = std::max(rightmost, quads[i].min.x);
    }
    CHECK(rightmost - leftmost > 20.f);  // the lines differ in length: their left ends are ragged
    const std::vector<UiTextBox>& boxes = ui_trace().text_boxes;
    REQUIRE_FALSE(boxes.empty());
    const UiTextBox& box = boxes.back();
    CHECK(box.text.find("صاحب") != std::string::npos);
    CHECK(box.max.x == doctest::Approx(pos.x + block.size.x));
    CHECK(box.breaks.size() == block.lines.size() - 1);
    REQUIRE(complex_line_cache() != nullptr);
    CHECK(complex_line_cache()->lines() == block.lines.size());
  }

  SUBCASE("a phone message's lines (rich text) end at its right edge too") {
    ImFont* font = ui.theme.fonts().body;
    for (const float wrap : {320.f, 240.f}) {  // about a bubble's text width at 1280x800 and at 390x844
      CAPTURE(wrap);
      const RichLayout layout = layout_rich(rich_runs(kParagraph, {}), font, ui.theme.fonts().body_bold, wrap);
      REQUIRE(layout.pieces.size() >= 3);  // one piece a line
      CHECK(layout.size.x <= wrap);
      for (const RichPiece& piece : layout.pieces)
        CHECK(piece.pos.x + text_width(font, font->FontSize, piece.text) == doctest::Approx(layout.size.x));
      CHECK(layout.pieces[0].pos.y < layout.pieces[1].pos.y);
    }
  }

  select_complex_text("en", LUREPROOF_BUILD_ASSETS);
  CHECK_FALSE(complex_lines_active());
  CHECK_FALSE(right_to_left_ui());
  CHECK(displayable(kSample).empty());  // the UI font has no Arabic: dropped, not drawn as boxes
}
