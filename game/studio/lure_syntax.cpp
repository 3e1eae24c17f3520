// lure_syntax: a line-by-line classifier following the grammar of docs/scenario-format.md §19. It
// never fails: what it does not recognise stays Text (the checker reports the errors).
#include "studio/lure_syntax.h"

#include <array>
#include <cctype>

namespace lureproof {

namespace {

constexpr std::array<std::string_view, 14> kHeaderKeys = {
    "scenario", "title", "summary",  "language",      "persona",  "technique", "content-note",
    "minutes",  "start", "reviewed", "facts-checked", "audience", "at-risk",   "include"};
constexpr std::array<std::string_view, 14> kNodeProperties = {"title",     "subject",  "from",   "to",     "url",
                                                              "company",   "location", "salary", "number", "label",
                                                              "reactions", "comments", "shares", "contact"};

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         (static_cast<unsigned char>(c) & 0x80);
}
template <size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

// Appends spans while keeping them contiguous: a gap before `begin` becomes Text.
struct SpanList {
  std::vector<SyntaxSpan> spans;
  int at = 0;
  void add(int begin, int end, SyntaxClass cls) {
    if (end <= begin) return;
    if (begin > at) push(at, begin, SyntaxClass::Text);
    push(begin, end, cls);
    at = end;
  }
  void push(int begin, int end, SyntaxClass cls) {
    if (!spans.empty() && spans.back().cls == cls && spans.back().end == begin) spans.back().end = end;
    else spans.push_back({begin, end, cls});
  }
  std::vector<SyntaxSpan> finish(int size) {
    if (size > at) push(at, size, SyntaxClass::Text);
    return std::move(spans);
  }
};

int skip_spaces(std::string_view s, int i) {
  while (i < int(s.size()) && is_space(s[size_t(i)])) ++i;
  return i;
}
int trim_end(std::string_view s, int from, int end) {
  while (end > from && is_space(s[size_t(end - 1)])) --end;
  return end;
}
int word_end(std::string_view s, int i) {
  while (i < int(s.size()) && is_id_char(s[size_t(i)])) ++i;
  return i;
}

// Where the trailing run of `#key:value` tags starts (the end of the text when there is none).
int trailing_tags_start(std::string_view s, int from) {
  int start = int(s.size());
  int end = trim_end(s, from, int(s.size()));
  while (end > from) {
    int b = end;
    while (b > from && !is_space(s[size_t(b - 1)])) --b;
    const std::string_view token = s.substr(size_t(b), size_t(end - b));
    const bool tag = token.size() > 2 && token[0] == '#' && token.find(':') != std::string_view::npos &&
                     std::isalpha(static_cast<unsigned char>(token[1]));
    if (!tag || (b > 0 && s[size_t(b - 1)] == '\\')) break;
    start = b;
    end = trim_end(s, from, b);
  }
  return start;
}

// `{expr}` in text as Variable (a `\{` is an escaped brace).
void interpolations(std::string_view s, int from, int text_end, SpanList& out) {
  for (int i = from; i < text_end; ++i) {
    if (s[size_t(i)] == '\\') {
      ++i;
      continue;
    }
    if (s[size_t(i)] != '{') continue;
    int j = i + 1;
    while (j < text_end && s[size_t(j)] != '}') ++j;
    if (j < text_end) ++j;
    out.add(i, j, SyntaxClass::Variable);
    i = j - 1;
  }
}

// Message text up to the end of the line: interpolations, then the trailing tags.
void text_with_tags(std::string_view s, int from, SpanList& out) {
  const int tags = trailing_tags_start(s, from);
  interpolations(s, from, tags, out);
  for (int i = tags; i < int(s.size());) {
    i = skip_spaces(s, i);
    int j = i;
    while (j < int(s.size()) && !is_space(s[size_t(j)])) ++j;
    out.add(i, j, SyntaxClass::Tag);
    i = j;
  }
}

}  // namespace

const char* syntax_class_name(SyntaxClass c) {
  switch (c) {
    case SyntaxClass::Text: return "text";
    case SyntaxClass::Comment: return "comment";
    case SyntaxClass::HeaderKey: return "header-key";
    case SyntaxClass::Keyword: return "keyword";
    case SyntaxClass::NodeId: return "node-id";
    case SyntaxClass::Channel: return "channel";
    case SyntaxClass::Ending: return "ending";
    case SyntaxClass::Property: return "property";
    case SyntaxClass::Speaker: return "speaker";
    case SyntaxClass::Choice: return "choice";
    case SyntaxClass::Tag: return "tag";
    case SyntaxClass::Condition: return "condition";
    case SyntaxClass::Variable: return "variable";
    case SyntaxClass::kCount: break;
  }
  return "?";
}

std::vector<SyntaxSpan> SyntaxClassifier::next_line(std::string_view s) {
  SpanList out;
  const int n = int(s.size());
  const int i = skip_spaces(s, 0);
  if (i >= n) return out.finish(n);
  const std::string_view rest = s.substr(size_t(i));
  if (rest.substr(0, 2) == "//") {
    out.add(i, n, SyntaxClass::Comment);
    return out.finish(n);
  }
  const int w = word_end(s, i);
  const std::string_view word = s.substr(size_t(i), size_t(w - i));
  const bool colon = w < n && s[size_t(w)] == ':';

  // Indented `key: value` inside a character or flag block.
  if (in_block_ && i > 0 && colon) {
    out.add(i, w + 1, SyntaxClass::Property);
    return out.finish(n);
  }
  in_block_ = false;
  if (word == "character" || word == "flag" || word == "var") {
    in_header_ = false;
    in_block_ = word != "var";
    out.add(i, w, SyntaxClass::Keyword);
    const int id = skip_spaces(s, w);
    const int id_end = word_end(s, id);
    out.add(id, id_end, word == "var" ? SyntaxClass::Variable : SyntaxClass::NodeId);
    return out.finish(n);
  }
  if (rest.substr(0, 2) == "==") {  // == id [channel] ending class
    in_header_ = false;
    out.add(i, i + 2, SyntaxClass::Keyword);
    int p = skip_spaces(s, i + 2);
    const int id_end = word_end(s, p);
    out.add(p, id_end, SyntaxClass::NodeId);
    p = skip_spaces(s, id_end);
    if (p < n && s[size_t(p)] == '[') {
      int q = p;
      while (q < n && s[size_t(q)] != ']') ++q;
      out.add(p, std::min(q + 1, n), SyntaxClass::Channel);
      p = skip_spaces(s, q + 1);
    }
    if (s.substr(size_t(std::min(p, n)), 6) == "ending") {
      out.add(p, p + 6, SyntaxClass::Keyword);
      const int c = skip_spaces(s, p + 6);
      out.add(c, word_end(s, c), SyntaxClass::Ending);
    }
    return out.finish(n);
  }
  if (in_header_ && colon && one_of(kHeaderKeys, word)) {
    out.add(i, w + 1, SyntaxClass::HeaderKey);
    return out.finish(n);
  }
  if (word == "include" && colon) {
    out.add(i, w + 1, SyntaxClass::HeaderKey);
    return out.finish(n);
  }
  in_header_ = false;
  if ((word == "if" || word == "elif") && (w == n || is_space(s[size_t(w)]))) {
    out.add(i, w, SyntaxClass::Keyword);
    out.add(skip_spaces(s, w), trim_end(s, w, n), SyntaxClass::Condition);
    return out.finish(n);
  }
  if (word == "else" || word == "endif") {
    out.add(i, w, SyntaxClass::Keyword);
    return out.finish(n);
  }
  if (word == "fallback" || rest.substr(0, 2) == "->") {
    const int arrow = int(s.find("->", size_t(i)));
    if (word == "fallback") out.add(i, w, SyntaxClass::Keyword);
    if (arrow >= 0) {
      out.add(arrow, arrow + 2, SyntaxClass::Choice);
      const int t = skip_spaces(s, arrow + 2);
      out.add(t, word_end(s, t), SyntaxClass::NodeId);
    }
    return out.finish(n);
  }
  if (s[size_t(i)] == '~') {
    out.add(i, i + 1, SyntaxClass::Variable);
    const int v = skip_spaces(s, i + 1);
    out.add(v, word_end(s, v), SyntaxClass::Variable);
    return out.finish(n);
  }
  if ((s[size_t(i)] == '*' || s[size_t(i)] == '+') && i + 1 < n && is_space(s[size_t(i + 1)])) {
    // * text -> target [if expr [else "reason"]] #tags
    out.add(i, i + 1, SyntaxClass::Choice);
    const size_t arrow = s.find("->", size_t(i));
    if (arrow == std::string_view::npos) {
      text_with_tags(s, i + 1, out);
      return out.finish(n);
    }
    interpolations(s, i + 1, int(arrow), out);
    out.add(int(arrow), int(arrow) + 2, SyntaxClass::Choice);
    const int t = skip_spaces(s, int(arrow) + 2);
    const int t_end = word_end(s, t);
    out.add(t, t_end, SyntaxClass::NodeId);
    const int tags = trailing_tags_start(s, t_end);
    const int k = skip_spaces(s, t_end);
    if (s.substr(size_t(k), 3) == "if " || s.substr(size_t(k), 3) == "if\t") {
      out.add(k, k + 2, SyntaxClass::Keyword);
      out.add(skip_spaces(s, k + 2), trim_end(s, k + 2, tags), SyntaxClass::Condition);
    }
    text_with_tags(s, tags, out);
    return out.finish(n);
  }
  if (colon && word == "comment") {  // comment: Name: text #tags (a comment row under a post)
    out.add(i, w + 1, SyntaxClass::Keyword);
    const int name = skip_spaces(s, w + 1);
    const size_t name_end = s.find(':', size_t(name));
    if (name_end == std::string_view::npos || int(name_end) >= trailing_tags_start(s, name)) {
      text_with_tags(s, w + 1, out);
      return out.finish(n);
    }
    out.add(name, int(name_end) + 1, SyntaxClass::Speaker);
    text_with_tags(s, int(name_end) + 1, out);
    return out.finish(n);
  }
  if (colon) {  // a message, a node property or a debrief line
    const SyntaxClass cls = word == "debrief"               ? SyntaxClass::Keyword
                            : one_of(kNodeProperties, word) ? SyntaxClass::Property
                                                            : SyntaxClass::Speaker;
    out.add(i, w + 1, cls);
    if (cls != SyntaxClass::Property) text_with_tags(s, w + 1, out);
    return out.finish(n);
  }
  text_with_tags(s, i, out);
  return out.finish(n);
}

std::vector<std::vector<SyntaxSpan>> classify_lure(std::string_view text) {
  std::vector<std::vector<SyntaxSpan>> lines;
  SyntaxClassifier classifier;
  size_t begin = 0;
  while (true) {
    size_t end = text.find('\n', begin);
    const bool last = end == std::string_view::npos;
    std::string_view line = text.substr(begin, last ? std::string_view::npos : end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(classifier.next_line(line));
    if (last) break;
    begin = end + 1;
  }
  return lines;
}

}  // namespace lureproof
