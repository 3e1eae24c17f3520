// Font supplements (ui/theme.h add_font_supplement): the web edition's letters of a language its base
// fonts lack, merged into the atlas when that language's pack arrives. Fonts made by the build for
// this test (tests/ui/CMakeLists.txt): base faces of Basic Latin only, and a supplement written by
// scripts/build-steps/l10n-glyphs.py supplement for a text with 'ő' and 'ŀ' (U+0140, in no catalogue,
// so the game's own glyph ranges lack it too).
#include "journey/display_text.h"
#include "platform/imgui_without_display.h"
#include "ui/theme.h"

#include <doctest/doctest.h>

#include <imgui.h>

#include <string>

using namespace lureproof;

TEST_CASE("a font supplement's letters are drawn and supported after the next load, never in a starter atlas") {
  const std::string dir = LUREPROOF_FONT_SUPPLEMENT_TEST;  // fonts/ (base) and l10n/xx/ (the supplement)
  platform::no_display::create_context(390, 844);
  Theme theme;
  std::string error;
  auto load = [&](bool starter) {
    REQUIRE(theme.load_fonts(dir, 1.f, error, 1.f, starter));
    platform::no_display::build_font_atlas();
  };
  load(false);
  CHECK(theme.missing_glyphs({"Hő ŀ"}) == "őŀ");
  CHECK_FALSE(glyph_supported(0x0140));

  CHECK_FALSE(theme.add_font_supplement(dir + "/l10n/none"));  // a pack without one (every native language)
  REQUIRE(theme.add_font_supplement(dir + "/l10n/xx"));
  CHECK_FALSE(theme.add_font_supplement(dir + "/l10n/xx"));  // once
  CHECK(glyph_supported(0x0140));
  CHECK(glyph_supported(0x0151));

  load(false);
  CHECK(theme.missing_glyphs({"Hő ŀ"}).empty());
  for (ImFont* face : {theme.fonts().small, theme.fonts().body, theme.fonts().body_bold, theme.fonts().heading})
    CHECK(face->FindGlyphNoFallback(0x0151) != nullptr);
  CHECK(theme.fonts().title->FindGlyphNoFallback(0x0151) == nullptr);  // the taglines' face: base letters only
  CHECK(displayable("Hő ŀ") == "Hő ŀ");

  load(/*starter=*/true);
  CHECK(theme.missing_glyphs({"ő"}) == "ő");
  ImGui::DestroyContext();
}
