// layout_text (game/ui/text_layout.h) with the game's fonts: a text drawn in many frames is laid out
// once (the cache, ui/text_layout_cache.h), a font rebuild or another UI language lays it out again,
// and the layout check's trace is the same on a frame drawn from kept layouts as on the first.
#include "headless_ui.h"
#include "l10n/tr.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace lureproof;

namespace {
const std::string kNote = "To protect your privacy, everything you did here will be cleared.";

std::vector<UiTextBox> traced_frame(HeadlessUi& ui) {
  std::vector<UiTextBox> boxes;
  ui.frame([&] {
    ui_trace().layout = true;
    begin_screen("cache-test", ui.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    text_centred(dl, ui.theme.fonts().body, 195.f, 100.f, IM_COL32_WHITE, kNote, 300.f);
    text_at(dl, ui.theme.fonts().heading, ImVec2(20.f, 300.f), IM_COL32_WHITE, "Are you still there?", 200.f);
    big_button("b", "I'm still here", ImVec2(20.f, 500.f), ImVec2(200.f, 60.f), ButtonKind::Primary, ui.theme);
    end_screen();
    boxes = ui_trace().text_boxes;
    ui_trace().layout = false;
  });
  return boxes;
}
}  // namespace

TEST_CASE("a text drawn in many frames is laid out once, the same each time") {
  HeadlessUi ui(390, 844);
  ImFont* f = ui.theme.fonts().body;
  const TextBlock first = layout_text(f, f->FontSize, kNote, 300.f);
  REQUIRE(first.lines.size() >= 2);
  const TextLayoutStats before = text_layout_stats();
  ui.frame([] {});
  const TextBlock& kept = layout_text(f, f->FontSize, kNote, 300.f);
  CHECK(text_layout_stats().hits == before.hits + 1);
  CHECK(text_layout_stats().misses == before.misses);
  CHECK(kept.lines == first.lines);
  CHECK(kept.widths == first.widths);
  CHECK(kept.size.y == first.size.y);
  // Another width is another layout.
  CHECK(layout_text(f, f->FontSize, kNote, 150.f).lines.size() > first.lines.size());
  CHECK(text_layout_stats().misses == before.misses + 1);
}

TEST_CASE("the layout check's trace is the same on a frame drawn from kept layouts") {
  HeadlessUi ui(390, 844);
  const std::vector<UiTextBox> first = traced_frame(ui);
  const TextLayoutStats before = text_layout_stats();
  const std::vector<UiTextBox> second = traced_frame(ui);
  CHECK(text_layout_stats().misses == before.misses);  // nothing laid out again
  CHECK(text_layout_stats().hits > before.hits);
  REQUIRE(first.size() == 3);
  REQUIRE(second.size() == first.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CAPTURE(first[i].text);
    CHECK(second[i].text == first[i].text);
    CHECK(second[i].breaks == first[i].breaks);
    CHECK(second[i].min.x == first[i].min.x);
    CHECK(second[i].min.y == first[i].min.y);
    CHECK(second[i].max.x == first[i].max.x);
    CHECK(second[i].max.y == first[i].max.y);
    CHECK(second[i].container_max.x == first[i].container_max.x);
  }
  CHECK(first[0].breaks.size() >= 1);  // the note wraps
}

TEST_CASE("new fonts (text size) or another UI language lay the texts out again") {
  HeadlessUi ui(390, 844);
  ImFont* f = ui.theme.fonts().body;
  const float size = f->FontSize;
  const TextBlock normal = layout_text(f, size, kNote, 300.f);
  // 200 % text: the atlas is rebuilt, its fonts may sit where the old ones were.
  std::string error;
  REQUIRE(ui.theme.load_fonts(LUREPROOF_BUILD_ASSETS, 1.f, error, 2.f));
  platform::no_display::build_font_atlas();
  CHECK(text_layout_stats().kept == 0);
  f = ui.theme.fonts().body;
  CHECK(layout_text(f, f->FontSize, kNote, 300.f).lines.size() > normal.lines.size());
  REQUIRE(ui.theme.load_fonts(LUREPROOF_BUILD_ASSETS, 1.f, error, 1.f));
  platform::no_display::build_font_atlas();
  f = ui.theme.fonts().body;

  // German breaks "Überspringen" at its dictionary point; English has no table and breaks it where it must.
  const float narrow = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, "Übersp").x;
  set_ui_language("en", LUREPROOF_BUILD_ASSETS);
  const std::vector<std::string> en = layout_text(f, f->FontSize, "Überspringen", narrow).lines;
  set_ui_language("de", LUREPROOF_BUILD_ASSETS);
  const std::vector<std::string> de = layout_text(f, f->FontSize, "Überspringen", narrow).lines;
  set_ui_language("en", LUREPROOF_BUILD_ASSETS);
  CHECK(de.front() == "Über-");
  CHECK(en != de);
  CHECK(layout_text(f, f->FontSize, "Überspringen", narrow).lines == en);
}
