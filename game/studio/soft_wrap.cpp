// SoftWrap: row breaking, offset mapping and edit reconciliation (see soft_wrap.h).
#include "studio/soft_wrap.h"

#include <algorithm>

namespace lureproof {

namespace {
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
int next_char(std::string_view s, int i) {
  ++i;
  while (i < int(s.size()) && is_continuation(s[size_t(i)])) ++i;
  return i;
}
int previous_char(std::string_view s, int i) {
  if (i <= 0) return 0;
  --i;
  while (i > 0 && is_continuation(s[size_t(i)])) --i;
  return i;
}
}  // namespace

void SoftWrap::wrap(std::string_view text, float width, Measure measure, const void* context) {
  text_.assign(text);
  breaks_.clear();
  rows_.clear();
  const int n = int(text.size());
  int line = 1;
  for (int ls = 0; ls <= n;) {
    int le = int(text.find('\n', size_t(ls)));
    if (le < 0) le = n;
    int row_begin = ls, word_start = -1;  // word_start: after the last space of this row
    float x = 0.f, x_at_word = 0.f;
    for (int i = ls; i < le;) {
      const int j = next_char(text, i);
      const bool space = text[size_t(i)] == ' ' || text[size_t(i)] == '\t';
      const float w = measure(context, text.substr(size_t(i), size_t(j - i)));
      if (!space && x + w > width && i > row_begin) {
        const int at = word_start > row_begin ? word_start : i;  // after the last space, else mid-word
        rows_.push_back({row_begin, at, line, row_begin == ls});
        breaks_.push_back(at);
        x = at == i ? 0.f : x - x_at_word;
        row_begin = at;
        word_start = -1;
      }
      x += w;
      if (space) {
        word_start = j;
        x_at_word = x;
      }
      i = j;
    }
    int end = le;
    if (end > row_begin && text[size_t(end - 1)] == '\r') --end;
    rows_.push_back({row_begin, std::max(end, row_begin), line, row_begin == ls});
    ++line;
    ls = le + 1;
  }
  wrapped_.clear();
  wrapped_.reserve(text.size() + breaks_.size());
  int at = 0;
  for (const int b : breaks_) {
    wrapped_.append(text.substr(size_t(at), size_t(b - at)));
    wrapped_ += '\n';
    at = b;
  }
  wrapped_.append(text.substr(size_t(at)));
}

int SoftWrap::to_wrapped(int offset) const {
  offset = std::clamp(offset, 0, int(text_.size()));
  return offset + int(std::upper_bound(breaks_.begin(), breaks_.end(), offset) - breaks_.begin());
}

int SoftWrap::to_unwrapped(int wrapped_offset) const {
  wrapped_offset = std::clamp(wrapped_offset, 0, int(wrapped_.size()));
  // The k-th soft newline (0-based) sits at wrapped offset breaks_[k] + k.
  int lo = 0, hi = int(breaks_.size());
  while (lo < hi) {
    const int mid = (lo + hi) / 2;
    if (breaks_[size_t(mid)] + mid < wrapped_offset) lo = mid + 1;
    else hi = mid;
  }
  return wrapped_offset - lo;
}

int SoftWrap::row_of(int offset) const {
  int lo = 0, hi = int(rows_.size()) - 1;
  while (lo < hi) {  // the last row whose begin <= offset
    const int mid = (lo + hi + 1) / 2;
    if (rows_[size_t(mid)].begin <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

int SoftWrap::row_of_wrapped(int wrapped_offset) const {
  int lo = 0, hi = int(rows_.size()) - 1;
  while (lo < hi) {
    const int mid = (lo + hi + 1) / 2;
    if (row_start_wrapped(mid) <= wrapped_offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

int SoftWrap::first_row_of_line(int line) const {
  const auto it =
      std::lower_bound(rows_.begin(), rows_.end(), line, [](const WrapRow& r, int l) { return r.line < l; });
  return it == rows_.end() ? std::max(0, int(rows_.size()) - 1) : int(it - rows_.begin());
}

std::string SoftWrap::unwrapped_range(int wrapped_a, int wrapped_b) const {
  const int a = to_unwrapped(std::min(wrapped_a, wrapped_b)), b = to_unwrapped(std::max(wrapped_a, wrapped_b));
  return text_.substr(size_t(a), size_t(b - a));
}

std::string SoftWrap::unwrap_edit(std::string_view edited, int cursor_before, int cursor_after, int& cursor) const {
  const std::string_view old = wrapped_;
  const int old_n = int(old.size()), new_n = int(edited.size());
  int prefix = 0;
  while (prefix < old_n && prefix < new_n && old[size_t(prefix)] == edited[size_t(prefix)]) ++prefix;
  int suffix = 0;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         old[size_t(old_n - 1 - suffix)] == edited[size_t(new_n - 1 - suffix)])
    ++suffix;
  // The edit replaced old[prefix, old_n - suffix) with edited[prefix, new_n - suffix).
  const int head = to_unwrapped(prefix), tail = to_unwrapped(old_n - suffix);
  const std::string_view inserted = edited.substr(size_t(prefix), size_t(new_n - suffix - prefix));
  if (inserted.empty() && head == tail && old_n > new_n) {
    // Only soft breaks were deleted: delete a real character next to the break instead.
    std::string out = text_;
    const bool backspace = cursor_before > cursor_after || cursor_before >= old_n - suffix;
    const int from = backspace ? previous_char(text_, head) : head;
    const int to = backspace ? head : next_char(text_, head);
    if (to <= int(text_.size()) && from < to && text_[size_t(backspace ? from : head)] != '\n') {
      out.erase(size_t(from), size_t(to - from));
      cursor = from;
      return out;
    }
    cursor = head;
    return out;
  }
  std::string out;
  out.reserve(text_.size() + inserted.size());
  out.append(text_, 0, size_t(head));
  out.append(inserted);
  out.append(text_, size_t(tail), std::string::npos);
  // The caret: before the edit it maps directly, inside the inserted text it moves with it, and in
  // the unchanged tail it maps through the old text (which holds the tail's soft breaks).
  const int after_insert = prefix + int(inserted.size());
  if (cursor_after <= prefix) cursor = to_unwrapped(cursor_after);
  else if (cursor_after <= after_insert) cursor = head + (cursor_after - prefix);
  else cursor = head + int(inserted.size()) + to_unwrapped(old_n - suffix + cursor_after - after_insert) - tail;
  cursor = std::clamp(cursor, 0, int(out.size()));
  return out;
}

}  // namespace lureproof
