// Lines of complex text (platform/complex_text.h) drawn once into one RGBA texture and reused: white
// with the coverage in alpha, so ImGui tints each by its vertex colour. Shelf-packed, keyed by text and
// size; when full, the least recently used shelf tall enough (and not used this frame) is emptied, or
// else the whole atlas, so memory stays fixed.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lureproof {

struct CachedLine {
  int x = 0, y = 0, width = 0, height = 0;  // its pixels in the atlas
  float baseline = 0.f;                     // from its top
  float origin_x = 0.f;                     // from its left edge to where the line's advance starts
  float advance = 0.f;
};

// What a line looks like before it is cached (complex_text::render's image, without the glyph ids).
struct LineCoverage {
  int width = 0, height = 0;
  float baseline = 0.f, origin_x = 0.f, advance = 0.f;
  const unsigned char* coverage = nullptr;  // width x height, 0..255
};

class LineImageCache {
 public:
  // Copies `width` x `height` RGBA pixels to (x, y) of the atlas texture.
  using Upload = std::function<void(int x, int y, const unsigned char* rgba, int width, int height)>;
  using Render = std::function<LineCoverage()>;

  LineImageCache(int width, int height, Upload upload);

  // Starts a frame: lines used from now on are kept until the next begin_frame.
  void begin_frame() { ++frame_; }
  // The line `text` at `pixels`: from the atlas, else rendered by `render` and packed. nullptr when it
  // is empty, taller or wider than the atlas, or when every shelf it could go in is used this frame.
  const CachedLine* get(std::string_view text, float pixels, const Render& render);

  int width() const { return width_; }
  int height() const { return height_; }
  size_t lines() const { return lines_.size(); }
  size_t evicted() const { return evicted_; }    // lines dropped to make room, since construction
  size_t rendered() const { return rendered_; }  // render calls (a miss each)
  // Bytes of pixels the atlas holds: width x height x 4, whatever was drawn.
  size_t atlas_bytes() const { return size_t(width_) * size_t(height_) * 4; }

 private:
  struct Shelf {
    int y = 0, height = 0, used = 0;  // used: pixels from the left taken
    std::uint64_t last_frame = 0;
  };
  struct Entry {
    CachedLine line;
    int shelf = 0;
  };
  int place(int width, int height);  // a shelf with room, or -1
  void empty_shelf(int shelf);

  int width_, height_;
  Upload upload_;
  std::vector<Shelf> shelves_;
  std::unordered_map<std::string, Entry> lines_;
  std::uint64_t frame_ = 1;
  size_t evicted_ = 0, rendered_ = 0;
};

}  // namespace lureproof
