// Wrapped text with *emphasis* drawn in bold: the layout of a message (from the engine's emphasis
// spans) into lines of pieces, measured before drawing so bubbles and cards can size themselves.
#pragma once

#include <imgui.h>

#include <lure/story.h>

#include <string>
#include <vector>

namespace lureproof {

struct RichRun {
  std::string text;
  bool bold = false;
};

struct RichPiece {
  std::string text;
  ImVec2 pos;  // relative to the layout's origin
  bool bold = false;
  size_t begin = 0;     // where `text` starts in the layout's `plain`
  bool hyphen = false;  // ends with the line breaker's '-' (not in `plain`): a long word broken there
};

struct RichLayout {
  std::vector<RichPiece> pieces;
  ImVec2 size;
  std::string plain;  // the whole text, for the trace
};

// Splits `text` at the emphasis spans and cleans each part for the fonts (no emoji).
std::vector<RichRun> rich_runs(const std::string& text, const std::vector<lure::Span>& emphasis);
RichLayout layout_rich(const std::vector<RichRun>& runs, ImFont* regular, ImFont* bold, float wrap_width);
void draw_rich(ImDrawList* dl, const RichLayout& layout, ImFont* regular, ImFont* bold, ImVec2 origin, ImU32 colour);

}  // namespace lureproof
