// The Studio's text buffer: the .lure text being edited, its line index, and conversions between
// byte offsets and 1-based line:column (columns in code points, as the engine's diagnostics count).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

class TextDocument {
 public:
  void set_text(std::string text);
  const std::string& text() const { return text_; }
  // The editor widget writes into this string directly; call changed() afterwards.
  std::string& mutable_text() { return text_; }
  void changed();  // rebuilds the line index after an outside edit

  int line_count() const { return int(line_starts_.size()); }
  std::string_view line(int line) const;  // 1-based, without the newline

  // Byte offset of 1-based line:column (column in code points); clamped into the text.
  int offset_of(int line, int column = 1) const;
  int line_of(int offset) const;    // 1-based
  int column_of(int offset) const;  // 1-based, code points

  // Edits (used by tests and tools; the editor widget edits the string itself).
  void replace_line(int line, std::string_view replacement);
  void insert_line(int before_line, std::string_view text);  // before_line = line_count()+1 appends
  void erase_line(int line);
  // Replaces the first occurrence of `what` at or after line `from_line`; false if not found.
  bool replace_first(std::string_view what, std::string_view with, int from_line = 1);
  // First line (1-based) containing `needle`, or 0.
  int find_line(std::string_view needle, int from_line = 1) const;

 private:
  std::string text_;
  std::vector<int> line_starts_{0};
};

}  // namespace lureproof
