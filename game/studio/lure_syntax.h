// Syntax classes of a .lure text for the Studio's colours: each line split into spans (header keys,
// node lines, speakers, choices, tags, conditions, variables, comments). Plain C++, no ImGui.
#pragma once

#include <string_view>
#include <vector>

namespace lureproof {

enum class SyntaxClass {
  Text,       // message text, property values, anything unclassified
  Comment,    // `// ...`
  HeaderKey,  // `summary:` before the first block, and `include:`
  Keyword,    // `character`, `flag`, `var`, `==`, `ending`, `if`/`elif`/`else`/`endif`, `fallback`, `debrief:`
  NodeId,     // the id on a `==` line, and a choice's or divert's target
  Channel,    // `[chat]`
  Ending,     // the class after `ending`: safe, harmed, got-help
  Property,   // an indented block property key, or a node property (`title:`, `from:`...)
  Speaker,    // `sandra:` at the start of a message
  Choice,     // `*` / `+` and `->`
  Tag,        // a trailing `#flag:x`, `#line:x`, `#fact:x`, `#delay:1.5`...
  Condition,  // the expression after `if`/`elif` (a line's or a choice's)
  Variable,   // `~ x = ...`, `var x`, and `{expr}` in text
  kCount
};

const char* syntax_class_name(SyntaxClass c);  // "comment", "node-id", ... (tests, docs)

struct SyntaxSpan {
  int begin = 0, end = 0;  // byte offsets within the line, end exclusive
  SyntaxClass cls = SyntaxClass::Text;
};

// Classifies a text line by line; the lines before the first block are the header.
class SyntaxClassifier {
 public:
  // The spans of `line` (without its newline), in order, covering it without gaps.
  std::vector<SyntaxSpan> next_line(std::string_view line);

 private:
  bool in_header_ = true;
  bool in_block_ = false;  // inside a `character` or `flag` block (indented properties)
};

// The spans of every line of `text` (index 0 is line 1).
std::vector<std::vector<SyntaxSpan>> classify_lure(std::string_view text);

}  // namespace lureproof
