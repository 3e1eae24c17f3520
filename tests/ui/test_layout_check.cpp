// The layout check (ui/layout_check.h, issue #25) on hand-made traces: each rule passes a good layout
// and fails the bad one; then the widgets' text boxes, traced from real drawing, feed it.
#include "headless_ui.h"
#include "screens/attract_screen.h"
#include "screens/story_picker_screen.h"
#include "ui/graph_view.h"
#include "ui/layout_check.h"
#include "ui/rich_text.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"

#include <lure/file_source.h>
#include <lure/parser.h>

#include <doctest/doctest.h>

#include <filesystem>

using namespace lureproof;

namespace {
const ImVec2 kWindow(390.f, 844.f);

UiTextBox box(const std::string& text, ImVec2 min, ImVec2 max) {
  UiTextBox b;
  b.text = text;
  b.min = min;
  b.max = max;
  b.container_min = ImVec2(0.f, 0.f);
  b.container_max = kWindow;
  b.clip_min = ImVec2(0.f, 0.f);
  b.clip_max = kWindow;
  b.window = "screen";
  return b;
}

std::vector<std::string> rules(const UiTrace& t) {
  std::vector<std::string> out;
  for (const LayoutFailure& f : check_layout(t, kWindow)) out.push_back(f.rule);
  return out;
}
using Rules = std::vector<std::string>;
}  // namespace

TEST_CASE("two text boxes that overlap fail; side by side, in another window or scrolled away they pass") {
  UiTrace t;
  t.text_boxes = {box("Vor der Geschichte", {20, 100}, {200, 124}), box("Weiter", {210, 100}, {300, 124})};
  CHECK(rules(t).empty());
  t.text_boxes[1].min.x = 180.f;  // 20 points into the first
  CHECK(rules(t) == Rules{"overlap"});
  t.text_boxes[1].window = "settings";  // an overlay above the screen
  CHECK(rules(t).empty());
  t.text_boxes[1].window = "screen";
  t.text_boxes[1].clip_min = ImVec2(0, 130);  // the part that would overlap is scrolled out of view
  t.text_boxes[1].scrolls = true;
  CHECK(rules(t).empty());
}

TEST_CASE("text past its container or the window fails") {
  UiTrace t;
  t.text_boxes = {box("5 = voll und ganz", {300, 500}, {380, 520})};
  t.text_boxes[0].container_min = ImVec2(290, 490);
  t.text_boxes[0].container_max = ImVec2(385, 530);
  CHECK(rules(t).empty());
  t.text_boxes[0].max.x = 400.f;  // past the button and the window's right edge
  CHECK(rules(t) == Rules{"overflow"});
  t.text_boxes[0] = box("below the window", {20, 830}, {200, 860});
  CHECK(rules(t) == Rules{"overflow"});
  t.text_boxes[0].scrolls = t.text_boxes[0].container_scrolls = true;  // a scroll area scrolls it into view
  CHECK(rules(t).empty());
  t.text_boxes[0] = box("clipped at the side", {20, 100}, {200, 120});
  t.text_boxes[0].clip_max = ImVec2(150, 844);
  CHECK(rules(t) == Rules{"overflow"});
}

TEST_CASE("a word broken inside itself without a hyphen fails") {
  UiTrace t;
  t.text_boxes = {box("Überspringen", {20, 100}, {120, 150})};
  t.text_boxes[0].breaks = {std::string("Überspring").size()};
  CHECK(rules(t) == Rules{"broken-word"});
  t.text_boxes[0].text = "Über-springen";  // a hyphen ends the line
  t.text_boxes[0].breaks = {std::string("Über-").size()};
  CHECK(rules(t).empty());
  t.text_boxes[0].text = "Vor der Geschichte";  // at a space
  t.text_boxes[0].breaks = {std::string("Vor der ").size()};
  CHECK(rules(t).empty());
  CHECK(breaks_inside_word("Ιστορία", std::string("Ιστο").size()));               // Greek letters both sides
  CHECK(breaks_inside_word("Історія", std::string("Іст").size()));                // Cyrillic
  CHECK_FALSE(breaks_inside_word("2600 €/Monat", std::string("2600 €").size()));  // after a symbol
  CHECK_FALSE(breaks_inside_word("voll… und", std::string("voll…").size()));
}

TEST_CASE("a touch target smaller than 44x44 points fails") {
  UiTrace t;
  t.targets = {{"back", {10, 10}, {54, 54}, {0, 0}, kWindow}};
  CHECK(rules(t).empty());
  t.targets.push_back({"mark:3:0", {300, 200}, {336, 236}, {0, 0}, kWindow});
  t.targets.push_back({"Mark", {300, 200}, {336, 236}, {0, 0}, kWindow});  // the same target by its text
  CHECK(rules(t) == Rules{"small-target"});
}

TEST_CASE("a title cut with an ellipsis fails when two lines would hold it") {
  UiTrace t;
  t.text_boxes = {box("Vor der Geschichte: ein k…", {60, 20}, {330, 44})};
  t.text_boxes[0].title = true;
  t.text_boxes[0].full = "Vor der Geschichte: ein kurzer Test";
  t.text_boxes[0].full_lines = 2;
  CHECK(rules(t) == Rules{"cut-title"});
  t.text_boxes[0].full_lines = 3;  // too long for two lines: "…" is the right answer
  CHECK(rules(t).empty());
  t.text_boxes[0].full_lines = 2;
  t.text_boxes[0].title = false;  // not a title (a name in a list row)
  CHECK(rules(t).empty());
}

TEST_CASE("the widgets trace their text boxes: lines, breaks, containers and cuts") {
  HeadlessUi ui(390, 844);
  std::vector<UiTextBox> boxes;
  ui.frame([&] {
    ui_trace().layout = true;
    begin_screen("layout-test", ui.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* f = ui.theme.fonts().body;
    // Wrapped at spaces into three lines; then one word too long for its width, broken inside.
    text_at(dl, f, ImVec2(20, 100), IM_COL32_WHITE, "one two three four five six",
            f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, "one two three").x + 1.f);
    text_at(dl, f, ImVec2(20, 300), IM_COL32_WHITE, "Überspringen",
            f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.f, "Übersp").x);
    card(dl, ImVec2(20, 400), ImVec2(120, 460), ui.theme);
    text_at(dl, f, ImVec2(30, 410), IM_COL32_WHITE, "in the card");
    big_button("b", "Weiter", ImVec2(20, 500), ImVec2(200, 60), ButtonKind::Primary, ui.theme);
    top_bar(ui.theme, "A title far too long to fit between the two corner buttons of a narrow phone", true);
    end_screen();
    boxes = ui_trace().text_boxes;
    ui_trace().layout = false;
  });
  REQUIRE(boxes.size() == 5);
  CHECK(boxes[0].breaks.size() >= 1);
  for (size_t at : boxes[0].breaks) CHECK_FALSE(breaks_inside_word(boxes[0].text, at));
  CHECK(boxes[0].max.y - boxes[0].min.y > ui.theme.fonts().body->FontSize * 1.5f);
  // The line breaker (ui/line_breaker.h) breaks a word too long for its line with a visible '-',
  // which the trace keeps: a break, but not one inside a word without a hyphen.
  REQUIRE(!boxes[1].breaks.empty());
  CHECK(boxes[1].text.find('-') != std::string::npos);
  CHECK_FALSE(breaks_inside_word(boxes[1].text, boxes[1].breaks[0]));
  CHECK(boxes[2].container_min.x == 20.f);  // the card holds it
  CHECK(boxes[2].container_max.y == 460.f);
  CHECK(boxes[3].text == "Weiter");
  CHECK(boxes[3].container_max.x == 220.f);  // the button holds its label
  CHECK(boxes[4].title);
  // A long title takes two lines (widgets.h, top_bar) before anything is cut with "…".
  CHECK(boxes[4].breaks.size() == 1);
  CHECK(boxes[4].full.empty());
  CHECK(boxes[4].window == "layout-test");
}

TEST_CASE("the operator's hidden corner is not a visitor's target") {
  UiTrace t;
  t.targets = {{"operator-corner", {0, 0}, {16, 16}, {0, 0}, kWindow}};
  CHECK(rules(t).empty());
  t.targets[0].label = "settings";
  CHECK(rules(t) == Rules{"small-target"});
}

namespace {
// The text boxes `draw` traces in one frame.
template <class Draw>
std::vector<UiTextBox> traced_boxes(HeadlessUi& ui, Draw&& draw) {
  std::vector<UiTextBox> boxes;
  ui.frame([&] {
    ui_trace().layout = true;
    begin_screen("layout-test", ui.theme);
    draw(ImGui::GetWindowDrawList());
    end_screen();
    boxes = ui_trace().text_boxes;
    ui_trace().layout = false;
  });
  return boxes;
}
Rules rules_of(const std::vector<UiTextBox>& boxes) {
  UiTrace t;
  t.text_boxes = boxes;
  return rules(t);
}
}  // namespace

TEST_CASE("rich text: a word the line breaker hyphenates is whole, a word split across lines without one is not") {
  HeadlessUi ui(390, 844);
  ImFont* regular = ui.theme.fonts().body;
  ImFont* bold = ui.theme.fonts().body_bold;
  // One word far wider than the line: broken with the line breaker's '-', which the trace shows.
  const std::string word = "Arbeitsvermittlungsagenturen";
  const RichLayout hyphenated = layout_rich({{"Die " + word + " rufen an", false}}, regular, bold,
                                            text_width(regular, regular->FontSize, "Arbeits"));
  const std::vector<UiTextBox> a = traced_boxes(
      ui, [&](ImDrawList* dl) { draw_rich(dl, hyphenated, regular, bold, ImVec2(20, 100), IM_COL32_WHITE); });
  REQUIRE(a.size() == 1);
  CHECK(a[0].breaks.size() >= 2);
  CHECK(a[0].text.find('-') != std::string::npos);
  CHECK(a[0].text.find(" rufen an") != std::string::npos);  // the plain text after the broken word
  CHECK(rules_of(a).empty());
  // An emphasis run ending inside a word ("*Arbeit*geber"): where the line breaks between the two
  // runs, the word is broken with no hyphen.
  const float wrap = text_width(bold, bold->FontSize, "Arbeit") + text_width(regular, regular->FontSize, "ge");
  const RichLayout split = layout_rich({{"Arbeit", true}, {"geber rufen", false}}, regular, bold, wrap);
  const std::vector<UiTextBox> b =
      traced_boxes(ui, [&](ImDrawList* dl) { draw_rich(dl, split, regular, bold, ImVec2(20, 100), IM_COL32_WHITE); });
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "Arbeitgeber rufen");
  CHECK(rules_of(b) == Rules{"broken-word"});
}

TEST_CASE("the map's labels are text boxes held by the map, which pans: whole words, hyphenated") {
  HeadlessUi ui(390, 844);
  lure::Graph g;
  g.vertices.resize(2);
  g.vertices[0].id = "start";
  g.vertices[0].is_start = true;
  g.vertices[0].label = "The offer";
  g.vertices[1].id = "end";
  g.vertices[1].ending = lure::EndingClass::Safe;
  g.vertices[1].label = "Arbeitsvermittlungsagentur angerufen";
  lure::GraphEdge e;
  e.from = 0;
  e.to = 1;
  g.edges.push_back(e);
  ImFont* font = ui.theme.fonts().small;
  const MapLayout layout = layout_map(g, font, font->FontSize, ui.theme.sp(110.f), true, ui.theme);
  // Drawn far right and down: past the window, which a map that pans may be.
  const ImVec2 origin(300, 800);
  const std::vector<UiTextBox> boxes =
      traced_boxes(ui, [&](ImDrawList* dl) { draw_map(dl, origin, g, layout, MapMarks{}, ui.theme); });
  REQUIRE(boxes.size() == 2);
  CHECK(boxes[0].text == "The offer");
  CHECK(boxes[1].text.find("Arbeits") == 0);
  CHECK(boxes[1].text.find("angerufen") != std::string::npos);  // not cut with "…"
  CHECK(boxes[1].breaks.size() >= 2);
  for (const UiTextBox& b : boxes) {
    CHECK(b.pans);
    CHECK(b.container_min.x == origin.x);
    CHECK(b.container_max.x == origin.x + layout.size().x);
    CHECK(b.container_max.y == origin.y + layout.size().y);
  }
  CHECK(rules_of(boxes).empty());
  // A label past the map itself is a failure, panning or not.
  std::vector<UiTextBox> moved = boxes;
  moved[0].max.x = moved[0].container_max.x + 20.f;
  CHECK(rules_of(moved) == Rules{"overflow"});
}

namespace {
// The layout check's failures on the frame `draw` draws (the second: the first lays out with the
// sizes of the frame before).
template <class Draw>
std::vector<LayoutFailure> failures_of(HeadlessUi& ui, ImVec2 window, Draw&& draw) {
  UiTrace trace;
  for (int i = 0; i < 2; ++i)
    ui.frame([&] {
      ui_trace().layout = true;
      draw();
      trace = ui_trace();
      ui_trace().layout = false;
    });
  return check_layout(trace, window);
}
std::string listed(const std::vector<LayoutFailure>& failures) {
  std::string out;
  for (const LayoutFailure& f : failures) out += f.rule + ": " + f.detail + "\n";
  return out;
}
}  // namespace

TEST_CASE("text size 200 % on a phone: the story cards and the attract screen pass the layout check") {
  HeadlessUi ui(390, 844);
  std::string error;
  REQUIRE(ui.theme.load_fonts(LUREPROOF_BUILD_ASSETS, 1.f, error, 2.f));
  platform::no_display::build_font_atlas();
  REQUIRE(ui.theme.fonts().body->FontSize == doctest::Approx(48.f));  // 24 points at 200 %
  const ImVec2 window(390, 844);
  const UiContext context{ui.theme, 10.0, 10.0, true};
  // Every bundled story's card (the minutes and the technique wrap under the situation).
  std::vector<lure::Scenario> stories;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LUREPROOF_BUILD_ASSETS) + "/scenarios")) {
    if (entry.path().extension() != ".lure") continue;
    lure::DiskFileSource files;
    lure::ParseResult parsed = lure::load_scenario(entry.path().string(), files);
    REQUIRE(parsed.ok());
    stories.push_back(std::move(parsed.scenario));
  }
  REQUIRE(stories.size() >= 3);
  std::vector<const lure::Scenario*> cards;
  for (const lure::Scenario& s : stories) cards.push_back(&s);
  const std::vector<LayoutFailure> picker = failures_of(ui, window, [&] { draw_story_picker_screen(context, cards); });
  CHECK_MESSAGE(picker.empty(), listed(picker));
  // The attract screen with ten languages' names, a long tagline and the read-aloud button: the
  // call to action, the names and the texts above keep apart (they scroll when they must).
  AttractView view;
  view.start_by = StartBy::Click;
  view.languages = {"English",  "Romana",  "Balgarski", "Polski",  "Ukrainska",
                    "Francais", "Deutsch", "Italiano",  "Espanol", "Ellinika"};
  view.taglines = {{"en", "Too good to be true?"},
                   {"xx", "Is this offer far too good to be true for somebody like you?"}};
  view.teaser = {"Hi! Still looking for work abroad?", "Free flight, free room, 2000 EUR a month."};
  const std::vector<LayoutFailure> attract = failures_of(ui, window, [&] { draw_attract_screen(context, view); });
  CHECK_MESSAGE(attract.empty(), listed(attract));
}
