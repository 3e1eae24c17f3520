// Greedy line breaking at word boundaries with hyphenation for words wider than a line.
#include "ui/line_breaker.h"

#include "l10n/hyphenation.h"

#include <string>

namespace lureproof {

namespace {

// Characters at a word's edges that are not part of it (quotes, brackets, stops, emphasis markers):
// the hyphenation table knows words without them. Must match EDGE_PUNCTUATION in
// scripts/build-steps/l10n-hyphenation.py.
constexpr std::string_view kEdgePunctuation[] = {"\"", "'", "(", ")", "[", "]", "{", "}", "<", ">",
                                                 "*",  "_", ".", ",", ";", ":", "!", "?", "„", "“",
                                                 "”",  "‚", "‘", "’", "«", "»", "…", "–", "—"};
size_t edge_at(std::string_view s, bool at_end) {
  for (std::string_view p : kEdgePunctuation)
    if (s.size() > p.size() && (at_end ? s.substr(s.size() - p.size()) == p : s.substr(0, p.size()) == p))
      return p.size();
  return 0;
}

// The word's break points from the table, as byte offsets into `text` (after its leading punctuation).
std::vector<size_t> hyphenation_points(std::string_view text, size_t begin, size_t end,
                                       const HyphenationTable* hyphenation) {
  std::vector<size_t> out;
  if (!hyphenation || hyphenation->size() == 0) return out;
  std::string_view word = text.substr(begin, end - begin);
  size_t lead = 0;
  for (size_t n; (n = edge_at(word, false)) > 0;) word.remove_prefix(n), lead += n;
  for (size_t n; (n = edge_at(word, true)) > 0;) word.remove_suffix(n);
  if (const std::vector<size_t>* points = hyphenation->breaks(word))
    for (size_t p : *points)
      if (p < word.size()) out.push_back(begin + lead + p);
  return out;
}

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The next character boundary after byte i.
size_t next_char(std::string_view s, size_t i) {
  ++i;
  while (i < s.size() && continuation_byte(s[i])) ++i;
  return i;
}

// Breaks one word (no spaces) wider than `width` into lines, appended to `out`. Prefers the last
// place that fits after a '-' or '/' of the word, then the last hyphenation point that fits (with
// a '-'), then the most characters that fit (with a '-', at least one character per line).
void break_word(std::string_view text, size_t begin, size_t end, float width, const MeasureText& measure,
                const HyphenationTable* hyphenation, std::vector<TextLine>& out) {
  const float hyphen_w = measure("-");
  const std::vector<size_t> points = hyphenation_points(text, begin, end, hyphenation);
  size_t at = begin;
  while (at < end) {
    if (measure(text.substr(at, end - at)) <= width) {
      out.push_back({at, end, false});
      return;
    }
    size_t cut = 0;
    bool hyphen = false;
    // After a '-' or '/' already in the word (E-Mail-Adresse, a web address): no hyphen added.
    for (size_t i = at; i < end; i = next_char(text, i)) {
      const char c = text[i];
      if ((c == '-' || c == '/') && i + 1 < end && measure(text.substr(at, i + 1 - at)) <= width) cut = i + 1;
    }
    for (size_t pos : points)
      if (cut == 0 || hyphen)
        if (pos > at && pos < end && measure(text.substr(at, pos - at)) + hyphen_w <= width) cut = pos, hyphen = true;
    if (cut == 0) {  // where it must: as many characters as fit beside the hyphen, at least one
      hyphen = true;
      cut = next_char(text, at);
      for (size_t i = cut; i < end; i = next_char(text, i)) {
        const size_t n = next_char(text, i);
        if (n >= end || measure(text.substr(at, n - at)) + hyphen_w > width) break;
        cut = n;
      }
      if (cut >= end) hyphen = false;
    }
    out.push_back({at, cut, hyphen});
    at = cut;
  }
}

}  // namespace

std::vector<TextLine> break_lines(std::string_view text, float width, const MeasureText& measure,
                                  const HyphenationTable* hyphenation) {
  std::vector<TextLine> out;
  if (text.empty()) return out;
  size_t para = 0;
  for (;;) {  // one paragraph (up to a newline) at a time; an empty one is an empty line
    size_t para_end = text.find('\n', para);
    if (para_end == std::string_view::npos) para_end = text.size();
    TextLine line{para, para, false};
    bool line_empty = true;
    float line_w = 0.f;
    for (size_t i = para; i < para_end;) {
      while (i < para_end && text[i] == ' ') ++i;
      if (i >= para_end) break;
      size_t e = i;
      while (e < para_end && text[e] != ' ') ++e;
      const float word_w = measure(text.substr(i, e - i));
      const float added = line_empty ? word_w : measure(text.substr(line.end, i - line.end)) + word_w;
      if (width <= 0.f || line_w + added <= width) {
        if (line_empty) line.begin = i;
        line.end = e;
        line_w += added;
      } else {
        if (!line_empty) out.push_back(line);
        if (word_w <= width) {
          line = {i, e, false};
        } else {
          // The word's last piece starts the next line: the following words may join it.
          break_word(text, i, e, width, measure, hyphenation, out);
          line = out.back();
          out.pop_back();
        }
        line_w = measure(text.substr(line.begin, line.end - line.begin));
      }
      line_empty = false;
      i = e;
    }
    if (para_end >= text.size()) {
      if (!line_empty) out.push_back(line);
      break;
    }
    out.push_back(line);
    para = para_end + 1;
  }
  return out;
}

std::vector<std::string> line_texts(std::string_view text, const std::vector<TextLine>& lines) {
  std::vector<std::string> out;
  for (const TextLine& l : lines)
    out.push_back(std::string(text.substr(l.begin, l.end - l.begin)) + (l.hyphen ? "-" : ""));
  return out;
}

}  // namespace lureproof
