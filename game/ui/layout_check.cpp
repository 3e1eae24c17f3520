// check_layout: the five rules of the layout check over one frame's trace.
#include "ui/layout_check.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace lureproof {

namespace {

std::string rect(ImVec2 a, ImVec2 b) {
  char s[96];
  std::snprintf(s, sizeof s, "[%.0f,%.0f %.0fx%.0f]", a.x, a.y, b.x - a.x, b.y - a.y);
  return s;
}

std::string quoted(const std::string& text) {
  std::string t = text.substr(0, 60);
  while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();  // whole characters
  if (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0xC0) t.pop_back();
  for (char& c : t)
    if (c == '\n') c = ' ';
  return "\"" + t + (t.size() < text.size() ? "...\"" : "\"");
}

// Byte `at` moved back to the start of its UTF-8 character.
size_t char_start(const std::string& s, size_t at) {
  at = std::min(at, s.size());
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string box_name(const UiTextBox& b) { return quoted(b.text) + " " + rect(b.min, b.max); }

// The code point ending just before byte `at` / starting at `at` (0 when there is none).
unsigned decode_at(const std::string& s, size_t at) {
  if (at >= s.size()) return 0;
  const auto u = [&](size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  const unsigned c = u(at);
  if (c < 0x80) return c;
  if ((c & 0xE0) == 0xC0) return ((c & 0x1F) << 6) | (u(at + 1) & 0x3F);
  if ((c & 0xF0) == 0xE0) return ((c & 0x0F) << 12) | ((u(at + 1) & 0x3F) << 6) | (u(at + 2) & 0x3F);
  return ((c & 0x07) << 18) | ((u(at + 1) & 0x3F) << 12) | ((u(at + 2) & 0x3F) << 6) | (u(at + 3) & 0x3F);
}
unsigned decode_before(const std::string& s, size_t at) {
  if (at == 0 || at > s.size()) return 0;
  size_t b = at - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return decode_at(s, b);
}

// A letter or digit of the scripts the game ships (Latin, Greek, Cyrillic, Arabic, ...): not a space,
// punctuation, symbol or emoji.
bool is_letter(unsigned c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation and symbols, soft hyphen
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;              // punctuation, arrows, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;              // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE0F) return false;              // variation selectors
  if (c >= 0x1F000) return false;                            // emoji
  return true;
}

bool intersects(ImVec2 a0, ImVec2 a1, ImVec2 b0, ImVec2 b1, float slack) {
  return std::min(a1.x, b1.x) - std::max(a0.x, b0.x) > slack && std::min(a1.y, b1.y) - std::max(a0.y, b0.y) > slack;
}

// The part of a text box its window shows (scroll areas hide the rest).
bool visible_part(const UiTextBox& b, ImVec2& min, ImVec2& max) {
  min = ImVec2(std::max(b.min.x, b.clip_min.x), std::max(b.min.y, b.clip_min.y));
  max = ImVec2(std::min(b.max.x, b.clip_max.x), std::min(b.max.y, b.clip_max.y));
  return max.x > min.x && max.y > min.y;
}

}  // namespace

bool breaks_inside_word(const std::string& text, size_t at) {
  return is_letter(decode_before(text, at)) && is_letter(decode_at(text, at));
}

std::vector<LayoutFailure> check_layout(const UiTrace& trace, ImVec2 window, const LayoutLimits& limits) {
  std::vector<LayoutFailure> out;
  const float e = limits.slack;
  const std::vector<UiTextBox>& boxes = trace.text_boxes;
  // Overlapping texts of the same window (an overlay covers the screen below it on purpose); a text
  // drawn twice at the same place (a shadow) counts once.
  for (size_t i = 0; i < boxes.size(); ++i) {
    ImVec2 a0, a1;
    if (!visible_part(boxes[i], a0, a1)) continue;
    for (size_t j = i + 1; j < boxes.size(); ++j) {
      ImVec2 b0, b1;
      if (boxes[j].window != boxes[i].window || !visible_part(boxes[j], b0, b1)) continue;
      if (boxes[j].text == boxes[i].text && boxes[j].min.x == boxes[i].min.x && boxes[j].min.y == boxes[i].min.y)
        continue;
      if (intersects(a0, a1, b0, b1, e)) out.push_back({"overlap", box_name(boxes[i]) + " and " + box_name(boxes[j])});
    }
  }
  for (const UiTextBox& b : boxes) {
    // Past its container (sideways always; down too unless the container is a scroll area), past
    // what its window shows sideways, past the game's window.
    const bool side = b.min.x < b.container_min.x - e || b.max.x > b.container_max.x + e;
    const bool down = !b.container_scrolls && (b.min.y < b.container_min.y - e || b.max.y > b.container_max.y + e);
    // ... (a text in a panning drawing only past the drawing: panning brings the rest into view).
    const bool clipped = !b.pans && (b.min.x < b.clip_min.x - e || b.max.x > b.clip_max.x + e);
    const bool off_window =
        !b.pans && (b.min.x < -e || b.max.x > window.x + e || (!b.scrolls && (b.min.y < -e || b.max.y > window.y + e)));
    if (side || down)
      out.push_back({"overflow", box_name(b) + " runs past its container " + rect(b.container_min, b.container_max)});
    else if (clipped || off_window)
      out.push_back({"overflow", box_name(b) + " runs past the window " +
                                     (clipped ? rect(b.clip_min, b.clip_max) : rect(ImVec2(0, 0), window))});
    for (size_t at : b.breaks)
      if (breaks_inside_word(b.text, at)) {
        const size_t from = char_start(b.text, at > 12 ? at - 12 : 0), to = char_start(b.text, at + 12);
        out.push_back({"broken-word", box_name(b) + " breaks a word: \"" + b.text.substr(from, at - from) + "|" +
                                          b.text.substr(at, to - at) + "\""});
      }
    if (b.title && !b.full.empty() && b.full_lines <= 2)
      out.push_back({"cut-title", box_name(b) + " is cut, but two lines would hold " + quoted(b.full)});
  }
  // Touch targets (a labelled one is traced twice, by id and by text: once is enough).
  std::set<std::pair<float, float>> seen;
  for (const UiTarget& t : trace.targets) {
    const float w = t.max.x - t.min.x, h = t.max.y - t.min.y;
    if (w >= limits.min_target - 0.5f && h >= limits.min_target - 0.5f) continue;
    if (std::find(limits.hidden_targets.begin(), limits.hidden_targets.end(), t.label) != limits.hidden_targets.end())
      continue;
    if (!seen.insert({t.min.x, t.min.y}).second) continue;
    char size[48];
    std::snprintf(size, sizeof size, "%.1fx%.1f", w, h);
    out.push_back({"small-target", quoted(t.label) + " " + rect(t.min, t.max) + " is " + size + " points"});
  }
  return out;
}

}  // namespace lureproof
