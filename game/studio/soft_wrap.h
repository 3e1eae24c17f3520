// Soft wrap for the Studio's editor: the text's lines broken into rows at word boundaries, and the
// same text with a '\n' at every soft break, which the ImGui 1.86 input (no wrapping of its own)
// edits: its caret, selection, clicks, up/down and Home/End then work on rows. Edits made on that
// text map back to the real one (unwrap_edit). Plain C++; the width of text comes from `measure`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

struct WrapRow {
  int begin = 0, end = 0;  // offsets in the unwrapped text; end excludes the newline
  int line = 1;            // the 1-based line it belongs to
  bool first = true;       // the line's first row (where its number is shown)
};

class SoftWrap {
 public:
  // The width of a piece of text; `context` is the caller's (the editor's font). A plain function,
  // not std::function: less code in the web page.
  using Measure = float (*)(const void* context, std::string_view text);

  // Breaks each line of `text` into rows no wider than `width` (after the last space that fits;
  // inside a word only when the word alone is wider). Spaces may hang past the edge.
  void wrap(std::string_view text, float width, Measure measure, const void* context);

  const std::string& text() const { return text_; }        // unwrapped
  const std::string& wrapped() const { return wrapped_; }  // with the soft breaks
  const std::vector<WrapRow>& rows() const { return rows_; }
  int soft_breaks() const { return int(breaks_.size()); }

  // Offsets between the two texts. An unwrapped offset at a soft break is the start of the next row.
  int to_wrapped(int offset) const;
  int to_unwrapped(int wrapped_offset) const;
  int row_of(int offset) const;  // index into rows() of an unwrapped offset
  // The row of a wrapped offset (the caret): the end of a row and the start of the next differ here.
  int row_of_wrapped(int wrapped_offset) const;
  int row_start_wrapped(int row) const { return to_wrapped(rows_[size_t(row)].begin); }
  int first_row_of_line(int line) const;

  // The real text between two wrapped offsets (a copy or cut of the selection: no soft breaks).
  std::string unwrapped_range(int wrapped_a, int wrapped_b) const;

  // ImGui changed wrapped() into `edited` (cursor_before/after: wrapped offsets around the edit).
  // Returns the unwrapped text after that edit and sets `cursor` to the unwrapped caret. Deleting a
  // soft break alone deletes the character before it (Backspace) or after it (Delete), as in other
  // editors; newlines typed or pasted are real ones.
  std::string unwrap_edit(std::string_view edited, int cursor_before, int cursor_after, int& cursor) const;

 private:
  std::string text_, wrapped_;
  std::vector<int> breaks_;  // unwrapped offsets where a row begins inside a line, ascending
  std::vector<WrapRow> rows_;
};

}  // namespace lureproof
