// `lureproof --layout-check DIR --lang CODE`: walks the layout matrix of issue #25 in one process —
// every screen at every size (and text size 200 % at two of them) — checks each with
// ui/layout_check.h after a few frames, saves a screenshot of each failing one in DIR, prints each
// failure and the matrix. tests/ui/layout_check.cmake runs one process per language.
#pragma once

#include "ui/layout_check.h"
#include "ui/ui_trace.h"

#include <string>
#include <vector>

namespace lureproof {

struct LayoutCell {
  std::string screen;  // a --screen name, or play-long (the play screen at the end of the longest route), idle
  int width = 0, height = 0;
  int text_percent = 100;
  std::string name() const;  // "play-long 390x844" / "play-long 390x844@200%"
};

// The screens the walk opens (in order) and the matrix: each size in order, every screen at it (the
// operator's screens at text size 100 % only).
const std::vector<std::string>& layout_screens();
std::vector<LayoutCell> layout_matrix(const std::vector<std::string>& screens);

class LayoutWalk {
 public:
  // `only`: comma-separated screens (empty = all). `language` names the run in the output.
  LayoutWalk(std::string out_dir, std::string language, const std::string& only);
  bool valid(std::string& error) const;
  // Before a frame: the cell to open now (nullptr while the current one settles).
  const LayoutCell* cell_to_open();
  // After a frame is drawn: checks it when its cell has settled; returns a screenshot path to save
  // now ("" for none).
  std::string frame_drawn(const UiTrace& trace, ImVec2 window);
  bool finished() const { return next_ >= cells_.size() && frames_ < 0; }
  // The matrix (screens x sizes: "ok" or the failures' count), the totals per rule; the exit code.
  int finish() const;

 private:
  struct Result {
    size_t cell;
    std::vector<LayoutFailure> failures;
  };
  std::string out_dir_, language_;
  std::vector<std::string> screens_;
  std::string unknown_;
  std::vector<LayoutCell> cells_;
  size_t next_ = 0;  // the next cell to open
  int frames_ = -1;  // frames drawn in the current cell (-1: none open)
  std::vector<Result> results_;
};

}  // namespace lureproof
