// Emoji sequences in drawn text (journey/emoji_text.h): flags, ZWJ sequences, U+FE0F, skin tones and
// keycaps matched whole; the content's stand-ins in displayable() and back; the atlas's resampling.
#include "journey/display_text.h"
#include "journey/emoji_text.h"
#include "ui/emoji_atlas.h"

#include <doctest/doctest.h>

#include <vector>

using namespace lureproof;

namespace {
// The bytes of the longest table entry at text[0] (0: none) and its index.
std::size_t matched(const EmojiMatcher& m, const std::string& text, std::size_t* index = nullptr) {
  std::size_t i = 99, bytes = 0;
  if (!m.match(text, 0, i, bytes)) return 0;
  if (index) *index = i;
  return bytes;
}

struct AllDrawn {  // every content emoji drawn while it lives, none afterwards (the default)
  AllDrawn() { set_drawn_emoji(std::vector<bool>(content_emoji().size(), true)); }
  ~AllDrawn() { set_drawn_emoji({}); }
};
}  // namespace

TEST_CASE("a regional-indicator pair is one flag; a lone indicator or an unknown pair is none") {
  const EmojiSequence table[] = {{2, {0x1F1E6, 0x1F1F9}}};  // AT
  const EmojiMatcher m(table);
  CHECK(matched(m, "\xF0\x9F\x87\xA6\xF0\x9F\x87\xB9 VIENNA") == 8);
  CHECK(matched(m, "\xF0\x9F\x87\xA6 VIENNA") == 0);                           // A alone
  CHECK(matched(m, "\xF0\x9F\x87\xA6\xF0\x9F\x87\xBA") == 0);                  // AU: not in the table
  CHECK(matched(m, "\xF0\x9F\x87\xA6\xF0\x9F\x87\xB9\xF0\x9F\x87\xA6") == 8);  // the third starts anew
}

TEST_CASE("a ZWJ sequence matches whole when the table has it, else its first part") {
  const EmojiSequence table[] = {{1, {0x1F469}}, {3, {0x1F469, 0x200D, 0x1F4BB}}, {3, {0x1F937, 0x200D, 0x2640}}};
  const EmojiMatcher m(table);
  std::size_t index = 0;
  CHECK(matched(m, "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB!", &index) == 11);  // woman technologist
  CHECK(index == 1);
  CHECK(matched(m, "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x94\xA7", &index) == 4);  // woman mechanic: unknown
  CHECK(index == 0);
  // Woman shrugging with U+FE0F after the female sign: the selector is part of the match.
  CHECK(matched(m, "\xF0\x9F\xA4\xB7\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F Many", &index) == 13);
  CHECK(index == 2);
}

TEST_CASE("U+FE0F is optional inside and after a sequence; a keycap needs its combining mark") {
  const EmojiSequence table[] = {{1, {0x2764}}, {2, {0x31, 0x20E3}}};
  const EmojiMatcher m(table);
  CHECK(matched(m, "\xE2\x9D\xA4\xEF\xB8\x8F x") == 6);     // heart + VS16
  CHECK(matched(m, "\xE2\x9D\xA4 x") == 3);                 // heart alone
  CHECK(matched(m, "\xE2\x9D\xA4\xEF\xB8\x8E") == 6);       // heart + VS15: still this entry
  CHECK(matched(m, "1\xEF\xB8\x8F\xE2\x83\xA3 one") == 7);  // keycap 1 with VS16
  CHECK(matched(m, "1\xE2\x83\xA3") == 4);                  // keycap 1 without
  CHECK(matched(m, "1 000 \xE2\x82\xAC") == 0);             // a plain digit is text
  CHECK(matched(m, "\xEF\xB8\x8F\xE2\x9D\xA4") == 0);       // a stray selector starts nothing
}

TEST_CASE("a skin tone is part of the emoji when the table has that tone") {
  const EmojiSequence table[] = {{1, {0x1F44D}}, {2, {0x1F44D, 0x1F3FD}}};
  const EmojiMatcher m(table);
  std::size_t index = 0;
  CHECK(matched(m, "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", &index) == 8);  // medium skin tone
  CHECK(index == 1);
  CHECK(matched(m, "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBB", &index) == 4);  // light: only the thumb
  CHECK(index == 0);
}

TEST_CASE("displayable() draws the content's emoji as stand-ins; real_emoji() gives the sequences back") {
  const std::string post =
      "FARM WORK IN THE NETHERLANDS \xF0\x9F\x87\xB3\xF0\x9F\x87\xB1 2.600 \xE2\x82\xAC/month NET!! \xF0\x9F\x92\xAA";
  std::size_t flag = 0, bytes = 0;
  REQUIRE(content_emoji().match("\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1", 0, flag, bytes));  // the content has the Dutch flag
  {
    const AllDrawn drawn;
    const std::string shown = displayable(post);
    CHECK(shown.find(emoji_stand_in(flag) + " 2.600") != std::string::npos);  // no dash instead of the flag
    CHECK(shown.find("\xF0\x9F") == std::string::npos);                       // nothing ImGui cannot draw
    CHECK(real_emoji(shown) == post);
    // A ZWJ sequence with its selector comes back fully qualified.
    const std::string shrug = "Your loss \xF0\x9F\xA4\xB7\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F Many are waiting.";
    CHECK(real_emoji(displayable(shrug)) == shrug);
    // A private-use character in the text itself is never drawn as an emoji.
    CHECK(displayable("a " + emoji_stand_in(flag) + " b") == "a b");
  }
  // Without an atlas (a starter atlas, or sheets not fetched yet) they are dropped as before.
  CHECK(displayable(post) ==
        "FARM WORK IN THE NETHERLANDS \xE2\x80\x93 2.600 \xE2\x82\xAC/month NET!!");  // the dash of issue 26
}

TEST_CASE("every sequence of the content's table matches itself and has a stand-in in the private-use area") {
  const EmojiMatcher& m = content_emoji();
  REQUIRE(m.size() > 0);
  CHECK(kEmojiFirstCodepoint + m.size() - 1 <= kEmojiLastCodepoint);
  for (std::size_t i = 0; i < m.size(); ++i) {
    const std::string text = real_emoji(emoji_stand_in(i));
    std::size_t index = 0, bytes = 0;
    CAPTURE(i);
    CHECK(m.match(text, 0, index, bytes));
    CHECK(index == i);
    CHECK(bytes == text.size());
  }
}

TEST_CASE("the atlas's resampling averages with premultiplied alpha") {
  // 2x2: opaque red beside transparent black (twice), down to 1x1: half-transparent red, not dark red.
  const unsigned char from[] = {255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 0, 0, 0};
  unsigned char to[4] = {};
  resample_emoji(from, 2, 1, to, 4);
  CHECK(int(to[0]) == 255);
  CHECK(int(to[1]) == 0);
  CHECK(int(to[3]) == 128);
  // 2x2 up to 4x4 keeps each source pixel's colour in its quarter.
  unsigned char big[4 * 4 * 4] = {};
  resample_emoji(from, 2, 4, big, 16);
  CHECK(int(big[3]) == 255);        // top left: red
  CHECK(int(big[3 * 4 + 3]) == 0);  // top right: transparent
}
