// Dear ImGui 1.86 edits text as 16-bit characters: emoji and other characters beyond U+FFFF would be
// replaced when the editor is activated. The editor therefore edits a copy in which each of them
// (and any private-use character) stands in as a private-use character, and maps it back after edits.
#pragma once

#include <string>
#include <vector>

namespace lureproof {

class BmpMapping {
 public:
  std::string to_widget(const std::string& text);  // extends the table as needed
  std::string from_widget(const std::string& widget) const;

 private:
  std::vector<char32_t> table_;  // U+E000 + i stands for table_[i]
};

}  // namespace lureproof
