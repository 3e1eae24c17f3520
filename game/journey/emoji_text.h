// Emoji in drawn text. Dear ImGui draws one code point at a time, so each emoji sequence the font atlas
// holds (game/ui/emoji_atlas.h) is drawn as one private-use code point, U+F300 + its table index;
// displayable() maps them, real_emoji() maps back for text that is not drawn (the accessible view).
#pragma once

#include "l10n/emoji_table.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

constexpr char32_t kEmojiFirstCodepoint = 0xF300;  // the BMP's private-use area, above the Studio's
constexpr char32_t kEmojiLastCodepoint = 0xF8FF;   // stand-ins (studio/bmp_text.h), below U+F900

class EmojiMatcher {
 public:
  explicit EmojiMatcher(std::span<const EmojiSequence> sequences);
  // The longest sequence of the table written at utf8[at], with any U+FE0F/U+FE0E inside or right
  // after it: sets its index and its length in bytes. A keycap base (#, *, 0-9) or a regional
  // indicator alone never matches a longer entry's prefix: only whole table entries match.
  bool match(std::string_view utf8, std::size_t at, std::size_t& index, std::size_t& bytes) const;
  std::size_t size() const { return sequences_.size(); }
  const EmojiSequence& sequence(std::size_t index) const { return sequences_[index]; }

 private:
  std::span<const EmojiSequence> sequences_;
  std::vector<std::pair<std::uint32_t, std::size_t>> by_first_;  // (first code point, index), sorted
};

// The content's table (content_emoji_sequences()).
const EmojiMatcher& content_emoji();
// Which of the content's emoji the current font atlas draws (set by the atlas after each build;
// none until then, and displayable() drops the others as before).
void set_drawn_emoji(std::vector<bool> drawn);
bool emoji_drawn(std::size_t index);
// The UTF-8 of the stand-in for the table's `index`-th emoji.
std::string emoji_stand_in(std::size_t index);
// `drawn` with every stand-in replaced by its real sequence (with U+FE0F after each code point below
// the emoji planes, so U+2764 and keycaps read as emoji).
std::string real_emoji(std::string_view drawn);

}  // namespace lureproof
