// SoftWrap: rows at word boundaries, offsets <-> wrapped rows, and edits made on the wrapped text
// (what ImGui's caret, Backspace, Delete, Enter and paste do there) mapped back to the real text.
#include "studio/soft_wrap.h"

#include <doctest/doctest.h>

using namespace lureproof;

namespace {
// One unit per code point: a width of 10 fits ten characters.
float units(const void*, std::string_view s) {
  float n = 0.f;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1.f : 0.f;
  return n;
}
SoftWrap wrapped(std::string_view text, float width) {
  SoftWrap w;
  w.wrap(text, width, units, nullptr);
  return w;
}
}  // namespace

TEST_CASE("a long line breaks after the last space that fits; short lines stay whole") {
  const SoftWrap w = wrapped("summary: one two three four\nshort\n", 9.f);
  CHECK(w.wrapped() == "summary: \none two \nthree \nfour\nshort\n");
  REQUIRE(w.rows().size() == 6);  // four rows of line 1, "short", the empty last line
  CHECK(w.rows()[0].line == 1);
  CHECK(w.rows()[0].first);
  CHECK_FALSE(w.rows()[1].first);
  CHECK(w.rows()[3].line == 1);
  CHECK(w.rows()[4].line == 2);
  CHECK(w.rows()[4].first);
  CHECK(w.rows()[5].line == 3);
  CHECK(w.soft_breaks() == 3);
  CHECK(w.first_row_of_line(2) == 4);
  CHECK(w.first_row_of_line(1) == 0);
}

TEST_CASE("a word wider than the row breaks inside the word; UTF-8 stays whole") {
  const SoftWrap w = wrapped("abcdefghij Iași", 4.f);
  CHECK(w.wrapped() == "abcd\nefgh\nij \nIași");
  const SoftWrap narrow = wrapped("ășț", 1.f);
  CHECK(narrow.wrapped() == "ă\nș\nț");
}

TEST_CASE("offsets map between the text and the wrapped rows, both ways") {
  const SoftWrap w = wrapped("aa bb cc\ndd", 3.f);
  REQUIRE(w.wrapped() == "aa \nbb \ncc\ndd");
  for (int o = 0; o <= int(w.text().size()); ++o) CHECK(w.to_unwrapped(w.to_wrapped(o)) == o);
  CHECK(w.to_wrapped(3) == 4);    // 'b' starts row 2 (after the soft break)
  CHECK(w.to_unwrapped(3) == 3);  // the end of row 1 is the same place as the start of row 2
  CHECK(w.row_of(0) == 0);
  CHECK(w.row_of(3) == 1);
  CHECK(w.row_of(6) == 2);
  CHECK(w.row_of(9) == 3);  // "dd", line 2
  CHECK(w.rows()[size_t(w.row_of(9))].line == 2);
}

TEST_CASE("caret movement on the wrapped text lands on the right character of the line") {
  // ImGui moves the caret on wrapped(): Down from column 1 of row 1 goes to column 1 of row 2, End
  // goes to the end of the row, Home to its start. The real caret follows through to_unwrapped.
  const SoftWrap w = wrapped("one two three\nx", 8.f);
  REQUIRE(w.wrapped() == "one two \nthree\nx");
  const int down = 9;                // row 2, column 1 of the wrapped text
  CHECK(w.to_unwrapped(down) == 8);  // 't' of "three": the same line, column 9
  const int end_row1 = 8;            // End on row 1 (before the soft break)
  CHECK(w.to_unwrapped(end_row1) == 8);
  const int end_row2 = 14;  // End on row 2: the end of line 1
  CHECK(w.to_unwrapped(end_row2) == 13);
  CHECK(w.to_unwrapped(15) == 14);  // Down again: line 2
  // Where the caret is drawn: the end of row 1 and the start of row 2 are one place in the line,
  // two places on screen.
  CHECK(w.row_of_wrapped(end_row1) == 0);
  CHECK(w.row_of_wrapped(down) == 1);
  CHECK(w.row_of_wrapped(end_row2) == 1);
  CHECK(w.row_of_wrapped(15) == 2);
  CHECK(w.row_start_wrapped(1) == 9);
}

TEST_CASE("a selection across rows copies the real text, without the soft breaks") {
  const SoftWrap w = wrapped("aa bb cc\ndd", 3.f);
  REQUIRE(w.wrapped() == "aa \nbb \ncc\ndd");
  CHECK(w.unwrapped_range(1, 9) == "a bb c");
  CHECK(w.unwrapped_range(9, 1) == "a bb c");
  CHECK(w.unwrapped_range(0, int(w.wrapped().size())) == "aa bb cc\ndd");
}

TEST_CASE("edits on the wrapped text become edits of the real text") {
  const SoftWrap w = wrapped("aa bb cc", 3.f);
  REQUIRE(w.wrapped() == "aa \nbb \ncc");
  struct Edit {
    const char* what;
    const char* edited;               // the wrapped text after ImGui's edit
    int cursor_before, cursor_after;  // wrapped
    const char* text;                 // the real text expected
    int cursor;                       // the real caret expected
  };
  const Edit edits[] = {
      {"typing in the second row", "aa \nbXb \ncc", 5, 6, "aa bXb cc", 5},
      {"Backspace at a row's start deletes the space before the soft break", "aa bb \ncc", 4, 3, "aabb cc", 2},
      {"Delete at a row's end deletes the next row's first character", "aa bb \ncc", 3, 3, "aa b cc", 3},
      {"Enter is a real newline", "aa \nb\nb \ncc", 5, 6, "aa b\nb cc", 5},
      {"deleting a selection across a soft break", "ab \ncc", 5, 1, "ab cc", 1},
      {"a paste with newlines keeps them all", "aa \nbb \ncc\nX\nY", 10, 14, "aa bb cc\nX\nY", 12},
      {"the caret in the unchanged tail (before \"cc\")", "Xaa \nbb \ncc", 0, 9, "Xaa bb cc", 7},
  };
  for (const Edit& e : edits) {
    CAPTURE(e.what);
    int cursor = -1;
    CHECK(w.unwrap_edit(e.edited, e.cursor_before, e.cursor_after, cursor) == e.text);
    CHECK(cursor == e.cursor);
  }
}
