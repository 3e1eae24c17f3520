// TextDocument: line index, offset <-> line:column (code points), line edits.
#include "studio/bmp_text.h"
#include "studio/text_document.h"

#include <doctest/doctest.h>

using namespace lureproof;

TEST_CASE("lines, offsets and columns in code points") {
  TextDocument d;
  d.set_text("one\nIași: two\n\nfour");
  CHECK(d.line_count() == 4);
  CHECK(d.line(2) == "Iași: two");
  CHECK(d.line(3).empty());
  CHECK(d.offset_of(2, 1) == 4);
  // "Iași" has a two-byte 'ș': column 5 (the ':') is byte 5 of the line.
  CHECK(d.offset_of(2, 5) == 4 + 5);
  CHECK(d.line_of(4 + 5) == 2);
  CHECK(d.column_of(4 + 5) == 5);
  CHECK(d.line_of(0) == 1);
  CHECK(d.line_of(int(d.text().size())) == 4);
  CHECK(d.offset_of(99, 1) == d.offset_of(4, 1));  // clamped
}

TEST_CASE("line edits keep the index up to date") {
  TextDocument d;
  d.set_text("a\nb\nc\n");
  d.replace_line(2, "bee");
  CHECK(d.text() == "a\nbee\nc\n");
  d.insert_line(1, "zero");
  CHECK(d.line(1) == "zero");
  CHECK(d.line(3) == "bee");
  d.erase_line(1);
  CHECK(d.text() == "a\nbee\nc\n");
  CHECK(d.find_line("c") == 3);
  CHECK(d.replace_first("bee", "b"));
  CHECK_FALSE(d.replace_first("zzz", "y"));
  d.insert_line(d.line_count() + 1, "end");
  CHECK(d.line(d.line_count() - 1) == "end");
}

TEST_CASE("CRLF line ends are not part of the line") {
  TextDocument d;
  d.set_text("a\r\nb\r\n");
  CHECK(d.line(1) == "a");
  CHECK(d.line(2) == "b");
}

TEST_CASE("the editor's 16-bit stand-ins for emoji map back to the same text") {
  BmpMapping m;
  const std::string text =
      "marius: WORK IN GERMANY \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA ok \xF0\x9F\x98\x8A, Iași, \xEE\x80\x80.";
  const std::string widget = m.to_widget(text);
  CHECK(widget != text);
  for (size_t i = 0; i < widget.size(); ++i)
    CHECK(static_cast<unsigned char>(widget[i]) < 0xF0);  // no 4-byte sequences
  CHECK(m.from_widget(widget) == text);
  // Line:column is the same in both texts (one code point each).
  TextDocument a, b;
  a.set_text(text);
  b.set_text(widget);
  CHECK(a.column_of(int(text.find("ok"))) == b.column_of(int(widget.find("ok"))));
  // An edit in the widget text survives the way back.
  std::string edited = widget;
  edited.insert(0, "// ");
  CHECK(m.from_widget(edited) == "// " + text);
  const std::string bad = "a\xFF\xC3";  // invalid bytes pass through unchanged
  CHECK(m.from_widget(m.to_widget(bad)) == bad);
}
