// EmojiMatcher: longest-match lookup of the content's emoji sequences; the stand-ins and their inverse.
#include "journey/emoji_text.h"

#include "journey/display_text.h"

#include <algorithm>

namespace lureproof {

namespace {
constexpr std::uint32_t kVS15 = 0xFE0E, kVS16 = 0xFE0F;

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::vector<bool>& drawn_set() {
  static std::vector<bool> drawn;
  return drawn;
}
}  // namespace

EmojiMatcher::EmojiMatcher(std::span<const EmojiSequence> sequences) : sequences_(sequences) {
  for (std::size_t i = 0; i < sequences_.size(); ++i)
    if (sequences_[i].length > 0) by_first_.emplace_back(sequences_[i].points[0], i);
  std::sort(by_first_.begin(), by_first_.end());
}

bool EmojiMatcher::match(std::string_view s, std::size_t at, std::size_t& index, std::size_t& bytes) const {
  std::uint32_t first = 0;
  decode_utf8(s, at, first);
  auto it = std::lower_bound(by_first_.begin(), by_first_.end(), std::make_pair(first, std::size_t(0)));
  std::size_t best_length = 0;
  for (; it != by_first_.end() && it->first == first; ++it) {
    const EmojiSequence& seq = sequences_[it->second];
    if (seq.length <= best_length) continue;
    // Walk the text along the sequence, skipping variation selectors.
    std::size_t pos = at, k = 0;
    while (k < seq.length && pos < s.size()) {
      std::uint32_t cp = 0;
      const int len = decode_utf8(s, pos, cp);
      if (cp == kVS15 || cp == kVS16) {
        if (k == 0) break;
        pos += std::size_t(len);
        continue;
      }
      if (cp != seq.points[k]) break;
      pos += std::size_t(len);
      ++k;
    }
    if (k != seq.length) continue;
    while (pos < s.size()) {  // a selector right after the sequence belongs to it
      std::uint32_t cp = 0;
      const int len = decode_utf8(s, pos, cp);
      if (cp != kVS15 && cp != kVS16) break;
      pos += std::size_t(len);
    }
    best_length = seq.length;
    index = it->second;
    bytes = pos - at;
  }
  return best_length > 0;
}

const EmojiMatcher& content_emoji() {
  static const EmojiMatcher matcher(content_emoji_sequences());
  return matcher;
}

void set_drawn_emoji(std::vector<bool> drawn) { drawn_set() = std::move(drawn); }

bool emoji_drawn(std::size_t index) { return index < drawn_set().size() && drawn_set()[index]; }

std::string emoji_stand_in(std::size_t index) {
  std::string out;
  encode(kEmojiFirstCodepoint + char32_t(index), out);
  return out;
}

std::string real_emoji(std::string_view drawn) {
  const EmojiMatcher& table = content_emoji();
  std::string out;
  out.reserve(drawn.size());
  for (std::size_t i = 0; i < drawn.size();) {
    std::uint32_t cp = 0;
    const int len = decode_utf8(drawn, i, cp);
    const std::size_t index = cp - kEmojiFirstCodepoint;
    if (cp >= kEmojiFirstCodepoint && cp <= kEmojiLastCodepoint && index < table.size()) {
      const EmojiSequence& seq = table.sequence(index);
      for (std::size_t k = 0; k < seq.length; ++k) {
        encode(seq.points[k], out);
        // U+FE0F after a code point below the emoji planes (U+2764 heart, a keycap's digit), which would
        // otherwise be read as text.
        if (seq.points[k] < 0x1F000 && seq.points[k] != 0x200D && seq.points[k] != 0x20E3) encode(kVS16, out);
      }
    } else {
      out.append(drawn.substr(i, std::size_t(len)));
    }
    i += std::size_t(len);
  }
  return out;
}

}  // namespace lureproof
