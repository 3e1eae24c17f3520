// The debrief's map (issue #23): for every bundled story at 1280x800 and 390x844, no two label boxes
// overlap and no label covers another node's mark in the layout the debrief draws (labels measured
// in the game's own font); the accessible view lists every step of the route and the roads not
// taken; tapping a node of the route shows what happened there.
#include "headless_ui.h"
#include "screens/debrief_screen.h"

#include <lure/file_source.h>
#include <lure/parser.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using namespace lureproof;

namespace {

bool overlap(ImVec4 a, ImVec4 b) {
  if (a.z <= a.x || a.w <= a.y || b.z <= b.x || b.w <= b.y) return false;
  return a.x < b.z && b.x < a.z && a.y < b.w && b.y < a.w;
}

// Plays the story by its first open choice until an ending (or 60 steps).
void play_first_choices(lure::Story& story) {
  for (int step = 0; step < 60 && !story.is_ended(); ++step) {
    bool chose = false;
    for (size_t i = 0; i < story.choices().size() && !chose; ++i)
      if (story.choices()[i].enabled) chose = story.choose(i);
    if (!chose) break;
  }
}

size_t count_prefix(const UiTrace& t, const std::string& prefix) {
  size_t n = 0;
  for (const UiMessage& m : t.messages) n += m.id.rfind(prefix, 0) == 0;
  return n;
}

}  // namespace

TEST_CASE("debrief map: labels never overlap, the route and the roads not taken are told") {
  for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(390, 844)}) {
    HeadlessUi ui(int(size.x), int(size.y));
    const UiContext context{ui.theme, 10.0, 10.0, true};
    int stories = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(LUREPROOF_BUILD_ASSETS) + "/scenarios")) {
      if (entry.path().extension() != ".lure") continue;
      lure::DiskFileSource files;
      lure::ParseResult parsed = lure::load_scenario(entry.path().string(), files);
      REQUIRE(parsed.ok());
      const std::string name =
          parsed.scenario.header.id + " at " + std::to_string(int(size.x)) + "x" + std::to_string(int(size.y));
      const lure::Graph graph = lure::graph_of(parsed.scenario);
      // The layout the debrief draws.
      const MapLayout layout = debrief_map_layout(graph, ui.theme, size);
      const ImVec2 origin(0, 0);
      const float half = ui.theme.sp(9.f);
      for (size_t i = 0; i < graph.vertices.size(); ++i) {
        const ImVec4 box = layout.label_box(origin, int(i));
        CHECK_MESSAGE(box.z > box.x, name << ": " << graph.vertices[i].id << " has no label");
        for (size_t j = 0; j < graph.vertices.size(); ++j) {
          if (i == j) continue;
          if (j > i)
            CHECK_MESSAGE(!overlap(box, layout.label_box(origin, int(j))), name << ": labels of "
                                                                                << graph.vertices[i].id << " and "
                                                                                << graph.vertices[j].id << " overlap");
          const ImVec2 c = layout.centre(origin, int(j));
          CHECK_MESSAGE(!overlap(box, ImVec4(c.x - half, c.y - half, c.x + half, c.y + half)),
                        name << ": the label of " << graph.vertices[i].id << " covers " << graph.vertices[j].id);
        }
      }
      // The screen itself, after a visit along the first choices.
      lure::Story story(parsed.scenario);
      story.start(1);
      play_first_choices(story);
      REQUIRE_MESSAGE(story.is_ended(), name);
      const FlagTally tally = tally_flags(story, {});
      const lure::ContentRegister sources;
      const DebriefView view{story, tally, graph, sources};
      auto draw = [&] { draw_debrief_screen(context, view); };
      ui.frame(draw);
      ui.frame(draw);
      const UiTrace& t = ui::frame().trace;
      CHECK_MESSAGE(count_prefix(t, "step:") == story.transcript().size(), name);
      int endings = 0;
      for (const auto& v : graph.vertices) endings += v.ending != lure::EndingClass::None;
      if (endings > 1) CHECK_MESSAGE(count_prefix(t, "road:") > 0, name << ": no road not taken");
      // Every step's text names the node's label; the first choice made is in the first step that has one.
      const std::string first_choice = story.choices_taken().empty() ? "" : story.choices_taken()[0];
      bool choice_told = first_choice.empty();
      for (const UiMessage& m : t.messages)
        if (m.id.rfind("step:", 0) == 0 && m.text.find(first_choice) != std::string::npos) choice_told = true;
      CHECK_MESSAGE(choice_told, name << ": the choice '" << first_choice << "' is not in the steps");
      // Tapping the start node opens what happened there.
      std::string start_id;
      for (const auto& v : graph.vertices)
        if (v.is_start) start_id = v.id;
      REQUIRE_MESSAGE(ui.tap("map:" + start_id, draw), name << ": the start node is not on screen");
      ui.frame(draw);
      bool told = false;
      for (const std::string& text : ui::frame().trace.texts) told = told || text.rfind("1. ", 0) == 0;
      CHECK_MESSAGE(told, name << ": tapping the start shows no details");
      ++stories;
    }
    CHECK(stories >= 6);
  }
}
