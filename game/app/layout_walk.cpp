// LayoutWalk: the cells of the layout matrix one after another, checked and reported.
#include "app/layout_walk.h"

#include "ui/mirror.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace lureproof {

namespace {
// Sizes of issue #25: phones (320x568 .. 412x915), a tablet, laptop and kiosk screens; text size 200 %
// at one phone and one laptop size.
struct Size {
  int w, h, percent;
};
constexpr Size kSizes[] = {{320, 568, 100},  {360, 640, 100},   {390, 844, 100}, {412, 915, 100}, {768, 1024, 100},
                           {1280, 800, 100}, {1920, 1080, 100}, {390, 844, 200}, {1280, 800, 200}};
// Frames drawn in a cell before it is checked (the first after a resize or a jump lays out with the
// last frame's sizes), and after a resize, when the fonts are rebuilt.
constexpr int kSettleFrames = 4, kResizeFrames = 3;
}  // namespace

std::string LayoutCell::name() const {
  std::string n = screen + " " + std::to_string(width) + "x" + std::to_string(height);
  if (text_percent != 100) n += "@" + std::to_string(text_percent) + "%";
  return n;
}

const std::vector<std::string>& layout_screens() {
  // Every screen a visitor or an operator sees (App::draw_screen, the overlays, KioskLayer).
  static const std::vector<std::string> screens = {
      "attract",   "language",  "content-note", "stories",      "settings", "play",
      "play-long", "idle",      "ending",       "debrief",      "check",    "help",
      "quiz-pre",  "quiz-post", "quiz-result",  "operator-pin", "operator"};
  return screens;
}

std::vector<LayoutCell> layout_matrix(const std::vector<std::string>& screens) {
  std::vector<LayoutCell> cells;
  for (const Size& s : kSizes)
    for (const std::string& screen : screens) {
      // The operator's gesture starts a fresh Session (KioskLayer: Action::Opened), so the operator
      // screens never show a visitor's text size.
      if (s.percent != 100 && screen.rfind("operator", 0) == 0) continue;
      cells.push_back({screen, s.w, s.h, s.percent});
    }
  return cells;
}

LayoutWalk::LayoutWalk(std::string out_dir, std::string language, const std::string& only)
    : out_dir_(std::move(out_dir)), language_(std::move(language)) {
  if (only.empty()) {
    screens_ = layout_screens();
  } else {
    size_t at = 0;
    while (at <= only.size()) {
      const size_t comma = std::min(only.find(',', at), only.size());
      const std::string s = only.substr(at, comma - at);
      const auto& all = layout_screens();
      if (std::find(all.begin(), all.end(), s) == all.end()) unknown_ = s;
      else screens_.push_back(s);
      at = comma + 1;
    }
  }
  cells_ = layout_matrix(screens_);
}

bool LayoutWalk::valid(std::string& error) const {
  if (unknown_.empty()) return true;
  std::string names;
  for (const std::string& s : layout_screens()) names += (names.empty() ? "" : ", ") + s;
  error = "--layout-screens: no screen '" + unknown_ + "'; the screens are " + names;
  return false;
}

const LayoutCell* LayoutWalk::cell_to_open() {
  if (frames_ >= 0 || next_ >= cells_.size()) return nullptr;
  frames_ = 0;
  return &cells_[next_];
}

std::string LayoutWalk::frame_drawn(const UiTrace& trace, ImVec2 window) {
  if (frames_ < 0) return {};
  const LayoutCell& cell = cells_[next_];
  const bool resized = next_ == 0 || cells_[next_ - 1].width != cell.width || cells_[next_ - 1].height != cell.height ||
                       cells_[next_ - 1].text_percent != cell.text_percent;
  if (++frames_ < kSettleFrames + (resized ? kResizeFrames : 0)) return {};
  Result r{next_, {}};
  if (int(window.x) != cell.width || int(window.y) != cell.height) {
    char got[48];
    std::snprintf(got, sizeof got, "%.0fx%.0f", window.x, window.y);
    r.failures.push_back({"window", std::string("the window is ") + got + ", not the size asked for"});
  } else {
    r.failures = check_layout(trace, window);
    // A mirrored frame draws every text as a shaped line image (ui/mirror.h): a glyph from ImGui's
    // atlas is text that bypassed draw_line (unshaped Arabic, or Latin drawn back to front).
    if (const int glyphs = ui::last_mirrored_draw().imgui_glyphs; ui::mirrored() && glyphs > 0)
      r.failures.push_back({"imgui-glyphs", std::to_string(glyphs) + " glyphs drawn by ImGui in a mirrored frame"});
  }
  frames_ = -1;
  ++next_;
  // Fixed samples to look at, failing or not: the main screens on the smallest phone, and on a phone
  // at text size 200 %.
  const bool sample =
      ((cell.width == 320 && cell.text_percent == 100) || (cell.width == 390 && cell.text_percent == 200)) &&
      (cell.screen == "attract" || cell.screen == "play" || cell.screen == "quiz-pre" || cell.screen == "debrief" ||
       cell.screen == "stories");
  if (r.failures.empty() && !sample) return {};
  std::string file =
      cell.screen + "_" + language_ + "_" + std::to_string(cell.width) + "x" + std::to_string(cell.height);
  if (cell.text_percent != 100) file += "_text" + std::to_string(cell.text_percent);
  const std::string png = out_dir_ + "/" + file + ".png";
  for (const LayoutFailure& f : r.failures)
    std::printf("layout: FAIL %s %s %s: %s\n", language_.c_str(), cell.name().c_str(), f.rule.c_str(),
                f.detail.c_str());
  std::printf("layout: %s %s\n", r.failures.empty() ? "sample" : "screenshot", png.c_str());
  if (!r.failures.empty()) results_.push_back(std::move(r));
  return png;
}

int LayoutWalk::finish() const {
  std::map<std::pair<std::string, std::string>, int> count;  // (screen, size) -> failures
  std::map<std::string, int> per_rule;
  int failing_cells = 0;
  for (const Result& r : results_) {
    const LayoutCell& c = cells_[r.cell];
    const std::string size = c.name().substr(c.screen.size() + 1);
    count[{c.screen, size}] += int(r.failures.size());
    for (const LayoutFailure& f : r.failures) ++per_rule[f.rule];
    ++failing_cells;
  }
  std::printf("layout matrix, language %s: %zu screens x %zu sizes = %zu cells checked, %d failing\n",
              language_.c_str(), screens_.size(), std::size(kSizes), next_, failing_cells);
  std::printf("%-13s", "screen");
  for (const Size& s : kSizes) {
    const std::string n = std::to_string(s.w) + "x" + std::to_string(s.h) + (s.percent != 100 ? "@200%" : "");
    std::printf(" %13s", n.c_str());
  }
  std::printf("\n");
  for (const std::string& screen : screens_) {
    std::printf("%-13s", screen.c_str());
    for (const Size& s : kSizes) {
      const std::string n = std::to_string(s.w) + "x" + std::to_string(s.h) + (s.percent != 100 ? "@200%" : "");
      const auto it = count.find({screen, n});
      if (it == count.end()) std::printf(" %13s", "ok");
      else std::printf(" %13s", (std::to_string(it->second) + " fail").c_str());
    }
    std::printf("\n");
  }
  for (const auto& [rule, n] : per_rule) std::printf("layout: %s %s: %d\n", language_.c_str(), rule.c_str(), n);
  std::printf("layout: %s: %s\n", language_.c_str(), failing_cells == 0 ? "PASS" : "FAIL");
  return failing_cells == 0 ? 0 : 1;
}

}  // namespace lureproof
