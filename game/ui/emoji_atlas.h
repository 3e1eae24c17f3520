// Colour emoji in the Dear ImGui atlas: the sheets of scripts/build-steps/emoji.py (<assets>/fonts/emoji/
// <group>.png, cells in the order of <group>.idx), each emoji a custom rectangle glyph of every text
// face at that face's size (its stand-in code point, journey/emoji_text.h), painted in colour after
// the atlas is built and marked Colored so the text colour does not tint it.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lureproof {

class EmojiAtlas {
 public:
  // Reads the sheets in `dir` not read before (the web adds them as their packs arrive); returns the
  // number of emoji available. A missing directory means none; an unreadable sheet is skipped.
  std::size_t load(const std::string& dir);
  // Before the atlas is built: one glyph per emoji for `font`, whose text is `pixels` high.
  void add_glyphs(ImFontAtlas& atlas, ImFont* font, float pixels);
  // After add_glyphs for every face: builds the atlas (RGBA), paints the emoji, marks them Colored
  // and tells displayable() which emoji it may use (set_drawn_emoji).
  void paint(ImFontAtlas& atlas);
  // No emoji in this atlas (a starter atlas, or the built-in font): displayable() drops them.
  void skip();

 private:
  struct Cell {
    int size = 0;
    std::vector<unsigned char> rgba;  // size x size, straight alpha
  };
  struct Glyph {
    int rect = 0;
    std::size_t emoji = 0;
    ImFont* font = nullptr;
  };
  std::map<std::size_t, Cell> cells_;  // by index in content_emoji_sequences()
  std::set<std::string> sheets_read_;
  std::vector<Glyph> glyphs_;  // of the atlas being built
};

// Resamples a square straight-alpha RGBA image of `from` pixels to `to` pixels (area average with
// premultiplied alpha, so transparent pixels do not darken the edges). Writes `to` x `to` pixels
// at `out` with `stride` bytes between rows.
void resample_emoji(const unsigned char* rgba, int from, int to, unsigned char* out, int stride);

}  // namespace lureproof
