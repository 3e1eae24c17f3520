// The emoji sequences the content uses (flags, ZWJ sequences, keycaps, skin tones; U+FE0F left out),
// generated at build time by scripts/build-steps/emoji.py from the scenarios, quiz and catalogues.
#pragma once

#include <cstdint>
#include <span>

namespace lureproof {

struct EmojiSequence {
  std::uint8_t length = 0;
  std::uint32_t points[10] = {};
};

// In the order of the sheets' indices (<assets>/fonts/emoji/<group>.idx).
std::span<const EmojiSequence> content_emoji_sequences();

}  // namespace lureproof
