// Where a text's lines end inside a width: at spaces and newlines; a word wider than the whole line
// breaks after a '-' or '/' it contains, else at one of its hyphenation points, else where it must.
// Plain C++ (the widths come from a callback), so tests/ui checks it without fonts.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace lureproof {

class HyphenationTable;

struct TextLine {
  size_t begin = 0, end = 0;  // bytes of the text on this line (no spaces at either end)
  bool hyphen = false;        // the line ends inside a word: draw a '-' after it
};

// The width of a piece of text (a font's advance: the width of "ab" is that of "a" plus that of "b").
using MeasureText = std::function<float(std::string_view)>;

// Greedy line breaking of UTF-8 `text` into lines no wider than `width` (a '-' drawn at the end of
// a hyphenated line included). Words are kept whole whenever one fits on a line of its own; `width`
// <= 0 breaks only at newlines. `hyphenation` may be nullptr. An empty text gives no lines.
std::vector<TextLine> break_lines(std::string_view text, float width, const MeasureText& measure,
                                  const HyphenationTable* hyphenation);

// The lines as strings, a hyphenated line with its '-' (for tests and traces).
std::vector<std::string> line_texts(std::string_view text, const std::vector<TextLine>& lines);

}  // namespace lureproof
