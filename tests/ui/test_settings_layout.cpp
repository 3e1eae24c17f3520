// Large text in the settings overlay (issue #25): at 200 % every row fits the card with touch-sized
// controls, the rows scroll when the window is too short and the last control scrolls into view;
// the read-aloud button wraps its label in a narrow card; button_row_layout stacks what does not fit.
#include "headless_ui.h"
#include "screens/settings_overlay.h"
#include "ui/button_row.h"
#include "ui/layout_check.h"
#include "ui/speaker_button.h"

#include <doctest/doctest.h>

using namespace lureproof;

namespace {
// HeadlessUi with the fonts of a text size (2 = 200 %), as App loads them after the setting changed.
struct TextSizeUi : HeadlessUi {
  TextSizeUi(int width, int height, float text_size) : HeadlessUi(width, height) {
    std::string error;
    theme.load_fonts(LUREPROOF_BUILD_ASSETS, 1.f, error, text_size);
    platform::no_display::build_font_atlas();
  }
};

struct SettingsFrame {
  UiTrace trace;
  std::vector<LayoutFailure> failures;
  const UiTarget* target(const std::string& label) const {
    for (const UiTarget& t : trace.targets)
      if (t.label == label) return &t;
    return nullptr;
  }
};

SettingsFrame draw_settings(HeadlessUi& ui, Settings& settings, SpeechPanel& speech) {
  SettingsFrame out;
  const UiContext context{ui.theme};
  for (int i = 0; i < 3; ++i)  // ImGui sizes new windows in their first frames
    ui.frame([&] {
      ui_trace().layout = true;
      draw_settings_overlay(context, settings, speech);
      out.trace = ui_trace();
      ui_trace().layout = false;
    });
  out.failures = check_layout(out.trace, ImGui::GetMainViewport()->Size);
  return out;
}

std::string describe(const std::vector<LayoutFailure>& failures) {
  std::string s;
  for (const LayoutFailure& f : failures) s += f.rule + ": " + f.detail + "\n";
  return s;
}

const char* const kControls[] = {"text-bigger",         "text-smaller", "high-contrast", "reduced-motion", "sound",
                                 "settings-read-aloud", "speech-stop",  "speech-skip",   "speech-repeat"};
}  // namespace

TEST_CASE("the settings overlay at 200 % text: every row fits its card, controls stay touch-sized") {
  for (const ImVec2 window : {ImVec2(390.f, 844.f), ImVec2(1280.f, 800.f)}) {
    CAPTURE(window.x);
    TextSizeUi ui(int(window.x), int(window.y), 2.f);
    Settings settings;
    settings.text_size = 2.f;
    settings.read_aloud = true;  // the tallest card: Stop, Skip and Repeat too
    SpeechPanel speech;
    speech.note = "There is no voice for this language on this device.";
    const SettingsFrame f = draw_settings(ui, settings, speech);
    CHECK_MESSAGE(f.failures.empty(), describe(f.failures));
    for (const char* id : kControls) {
      CAPTURE(id);
      const UiTarget* t = f.target(id);
      REQUIRE(t);
      CHECK(t->max.x - t->min.x >= 44.f);
      CHECK(t->max.y - t->min.y >= 44.f);
    }
    // Done is never scrolled away: it is inside the window whatever the rows need.
    const UiTarget* done = f.target("settings-done");
    REQUIRE(done);
    CHECK(done->visible());
    CHECK(done->max.y <= window.y);
  }
}

TEST_CASE("on a short window the settings rows scroll and the last control comes into view") {
  TextSizeUi ui(320, 568, 2.f);
  Settings settings;
  settings.text_size = 2.f;
  settings.read_aloud = true;
  SpeechPanel speech;
  SettingsFrame f = draw_settings(ui, settings, speech);
  CHECK_MESSAGE(f.failures.empty(), describe(f.failures));
  const UiTarget* area = f.target("scroll:settings-rows");
  REQUIRE(area);  // more rows than room: the area scrolls (and is a focus stop for the arrows)
  const UiTarget* last = f.target("speech-repeat");
  REQUIRE(last);
  CHECK_FALSE(last->visible());
  // The wheel (or a finger's drag) scrolls the rows; Done stays where it was.
  const UiTarget* done = f.target("settings-done");
  REQUIRE(done);
  const float done_y = done->min.y;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2((area->min.x + area->max.x) * 0.5f, (area->min.y + area->max.y) * 0.5f);
  io.MouseWheel = -40.f;
  f = draw_settings(ui, settings, speech);
  io.MouseWheel = 0.f;
  last = f.target("speech-repeat");
  REQUIRE(last);
  CHECK(last->visible());
  REQUIRE(f.target("settings-done"));
  CHECK(f.target("settings-done")->min.y == doctest::Approx(done_y));
  CHECK_MESSAGE(f.failures.empty(), describe(f.failures));
}

TEST_CASE("the read-aloud button wraps its label in a narrow room and grows taller") {
  TextSizeUi ui(390, 844, 2.f);
  ui.frame([&] {
    const float natural = speaker_button_width(false, ui.theme);
    const ImVec2 free = speaker_button_size(false, ui.theme, 0.f);
    CHECK(free.x == doctest::Approx(natural));
    const ImVec2 wide = speaker_button_size(false, ui.theme, natural + 10.f);
    CHECK(wide.x == doctest::Approx(natural));  // room enough: as before
    const ImVec2 narrow = speaker_button_size(false, ui.theme, natural * 0.6f);
    CHECK(narrow.x <= natural * 0.6f + 0.5f);  // no wider than the room: its label wraps
    CHECK(narrow.x > natural * 0.3f);
    CHECK(narrow.y > free.y);
  });
}

TEST_CASE("button_row_layout: side by side when every label fits, else stacked; buttons grow with their text") {
  HeadlessUi ui(390, 844);
  ui.frame([&] {
    const Theme& t = ui.theme;
    const float gap = 8.f, min_h = t.sp(space::touch);
    const ButtonRowLayout row = button_row_layout({"Stop", "Skip", "Repeat"}, 358.f, gap, min_h, t);
    CHECK_FALSE(row.stacked);
    CHECK(row.button_w == doctest::Approx((358.f - gap * 2) / 3));
    CHECK(row.button_h == doctest::Approx(min_h));
    CHECK(row.slot(ImVec2(10, 20), 2).x == doctest::Approx(10 + (row.button_w + gap) * 2));
    // A word longer than a third of the row: one button per line, full width.
    const ButtonRowLayout stacked = button_row_layout({"Stopp", "Überspringen", "Wiederholen"}, 200.f, gap, min_h, t);
    CHECK(stacked.stacked);
    CHECK(stacked.button_w == doctest::Approx(200.f));
    CHECK(stacked.height == doctest::Approx(stacked.button_h * 3 + gap * 2));
    CHECK(stacked.slot(ImVec2(10, 20), 2).y == doctest::Approx(20 + (stacked.button_h + gap) * 2));
    // A label that wraps even alone makes every button of the row taller.
    const ButtonRowLayout tall =
        button_row_layout({"OK", "A label far too long for one line of this narrow row"}, 160.f, gap, min_h, t);
    CHECK(tall.stacked);
    CHECK(tall.button_h > min_h);
  });
}
