// TextDocument: line index and offset/line/column conversions (see text_document.h).
#include "studio/text_document.h"

#include <algorithm>

namespace lureproof {

namespace {
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

void TextDocument::set_text(std::string text) {
  text_ = std::move(text);
  changed();
}

void TextDocument::changed() {
  line_starts_.assign(1, 0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(int(i + 1));
}

std::string_view TextDocument::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  const size_t begin = size_t(line_starts_[size_t(line - 1)]);
  size_t end = line < line_count() ? size_t(line_starts_[size_t(line)]) - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

int TextDocument::offset_of(int line, int column) const {
  line = std::clamp(line, 1, line_count());
  const std::string_view l = this->line(line);
  int offset = line_starts_[size_t(line - 1)];
  size_t i = 0;
  for (int c = 1; c < column && i < l.size(); ++c) {
    ++i;
    while (i < l.size() && is_continuation(l[i])) ++i;
  }
  return offset + int(i);
}

int TextDocument::line_of(int offset) const {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return int(it - line_starts_.begin());
}

int TextDocument::column_of(int offset) const {
  const int line = line_of(offset);
  int column = 1;
  offset = std::clamp(offset, 0, int(text_.size()));
  for (int i = line_starts_[size_t(line - 1)]; i < offset; ++i)
    if (!is_continuation(text_[size_t(i)])) ++column;
  return column;
}

void TextDocument::replace_line(int line, std::string_view replacement) {
  if (line < 1 || line > line_count()) return;
  const size_t begin = size_t(line_starts_[size_t(line - 1)]);
  const size_t length = this->line(line).size();
  text_.replace(begin, length, replacement);
  changed();
}

void TextDocument::insert_line(int before_line, std::string_view text) {
  before_line = std::clamp(before_line, 1, line_count() + 1);
  if (before_line > line_count()) {
    if (!text_.empty() && text_.back() != '\n') text_ += '\n';
    text_.append(text);
    text_ += '\n';
  } else {
    text_.insert(size_t(line_starts_[size_t(before_line - 1)]), std::string(text) + "\n");
  }
  changed();
}

void TextDocument::erase_line(int line) {
  if (line < 1 || line > line_count()) return;
  const size_t begin = size_t(line_starts_[size_t(line - 1)]);
  const size_t end = line < line_count() ? size_t(line_starts_[size_t(line)]) : text_.size();
  text_.erase(begin, end - begin);
  changed();
}

bool TextDocument::replace_first(std::string_view what, std::string_view with, int from_line) {
  if (what.empty()) return false;
  const size_t at = text_.find(what, size_t(offset_of(std::max(from_line, 1))));
  if (at == std::string::npos) return false;
  text_.replace(at, what.size(), with);
  changed();
  return true;
}

int TextDocument::find_line(std::string_view needle, int from_line) const {
  for (int l = std::max(from_line, 1); l <= line_count(); ++l)
    if (line(l).find(needle) != std::string_view::npos) return l;
  return 0;
}

}  // namespace lureproof
