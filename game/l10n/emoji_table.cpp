// content_emoji_sequences(): the table written by scripts/build-steps/emoji.py (see cmake/Fonts.cmake).
#include "l10n/emoji_table.h"

namespace lureproof {

namespace {
const EmojiSequence kSequences[] = {
#include "emoji_table.inc"
    {0, {}},  // keeps the array non-empty when the content has no emoji
};
}  // namespace

std::span<const EmojiSequence> content_emoji_sequences() {
  return {kSequences, sizeof(kSequences) / sizeof(kSequences[0]) - 1};
}

}  // namespace lureproof
