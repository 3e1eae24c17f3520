// The UI frame context (ui/ui_frame.h): every frame, the Studio's included, is begun and ended, so
// the per-frame lists are emptied and stay bounded however long the Studio's phone preview draws
// its buttons (issue #22: the Studio's path once skipped nav_end_frame and the focus list grew).
#include "app/app.h"
#include "headless_ui.h"
#include "studio/studio_view.h"

#include <doctest/doctest.h>

#include <cfloat>

using namespace lureproof;

namespace {
const std::string kStory = std::string(LUREPROOF_BUILD_ASSETS) + "/scenarios/dream-job.lure";
}  // namespace

TEST_CASE("the Studio's phone preview: the focus list is emptied by end_frame and does not grow") {
  HeadlessUi ui(1600, 900);
  Studio studio;
  std::string error;
  REQUIRE(studio.open(kStory, error));
  REQUIRE(studio.model().play_from("", 1, error));
  const UiContext context{ui.theme, 1.0, 1.0, true};
  std::size_t drawn = 0, first = 0, targets = 0;
  for (int i = 0; i < 600; ++i) {
    ui.frame([&] {
      studio.draw(context);
      drawn = ui::frame().nav_items.size();
    });
    CHECK(ui::frame().nav_items.empty());
    CHECK_FALSE(ui::frame().open);
    if (i == 2) first = drawn, targets = ui::frame().trace.targets.size();  // the scroll areas know their size
    if (i < 2) continue;
    CHECK(drawn == first);  // the same screen registers the same widgets every frame
    CHECK(ui::frame().trace.targets.size() == targets);
  }
  CHECK(first >= 4);  // the preview's flags and choices are focusable widgets
  CHECK(ui::frame().unended == 0);
}

TEST_CASE("App: every frame of the Studio begins and ends the UI frame") {
  const char* argv[] = {"ui_tests",   "--studio", kStory.c_str(), "--assets", LUREPROOF_BUILD_ASSETS,
                        "--windowed", "1600x900"};
  const OptionsResult parsed = parse_options(7, argv);
  REQUIRE(parsed.ok);
  App app(parsed.options);
  const long unended_before = ui::frame().unended;
  int frame = 0;
  bool preview_drawn = false;
  app.harness().set_input_hook([&](const UiTrace& last) {
    // Between two frames: the last one was ended and its focus list emptied.
    CHECK_FALSE(ui::frame().open);
    CHECK(ui::frame().nav_items.empty());
    for (const UiTarget& t : last.targets) preview_drawn = preview_drawn || t.label == "studio-choice:0";
    ImGuiIO& io = ImGui::GetIO();
    io.MouseDown[0] = false;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    for (const UiTarget& t : last.targets)  // "Play from start", pressed on frame 5 and released on 6
      if (t.label == "studio:play-start" && (frame == 5 || frame == 6)) {
        io.MousePos = ImVec2((t.min.x + t.max.x) * 0.5f, (t.min.y + t.max.y) * 0.5f);
        io.MouseDown[0] = frame == 5;
      }
    ++frame;
  });
  std::string error;
  REQUIRE(app.init("ui_tests", error));
  while (frame < 400) REQUIRE(app.frame());
  app.shutdown();
  CHECK(preview_drawn);  // the phone preview drew its choices (and registered them) for ~390 frames
  CHECK(ui::frame().unended == unended_before);
}
