// The line image cache (game/ui/line_image_cache.h): lines packed on shelves without overlap, found
// again without drawing them twice, the least recently used shelf emptied when the atlas is full (never
// one drawn this frame), and the number of lines bounded by the atlas whatever the text.
#include "ui/line_image_cache.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace lureproof;

namespace {
struct Atlas {
  int width, height;
  std::vector<int> owner;  // which upload last wrote each pixel (-1 none)
  int uploads = 0;
  bool outside = false;  // an upload reached past the atlas
  Atlas(int w, int h) : width(w), height(h), owner(size_t(w * h), -1) {}
  LineImageCache::Upload upload() {
    return [this](int x, int y, const unsigned char* rgba, int w, int h) {
      if (x < 0 || y < 0 || x + w > width || y + h > height) outside = true;
      for (int j = 0; j < h && !outside; ++j)
        for (int i = 0; i < w; ++i) {
          owner[size_t((y + j) * width + x + i)] = uploads;
          CHECK(rgba[size_t(j * w + i) * 4] == 255);  // white, the coverage in alpha
        }
      ++uploads;
    };
  }
};

// A render callback drawing a w x h line of coverage `value`.
struct Line {
  std::vector<unsigned char> pixels;
  int w, h;
  Line(int width, int height, unsigned char value = 200) : pixels(size_t(width * height), value), w(width), h(height) {}
  LineImageCache::Render render(int* calls = nullptr) {
    return [this, calls] {
      if (calls) ++*calls;
      return LineCoverage{w, h, float(h) * 0.8f, 1.f, float(w - 2), pixels.data()};
    };
  }
};

bool overlap(const CachedLine& a, const CachedLine& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
}  // namespace

TEST_CASE("lines of a size share a shelf; a taller one opens the next shelf") {
  Atlas atlas(256, 128);
  LineImageCache cache(atlas.width, atlas.height, atlas.upload());
  Line a(100, 20), b(80, 18), tall(50, 40);
  const CachedLine first = *cache.get("a", 20.f, a.render());
  const CachedLine second = *cache.get("b", 20.f, b.render());
  const CachedLine third = *cache.get("tall", 32.f, tall.render());
  CHECK(first.x == 0);
  CHECK(first.y == 0);
  CHECK(second.y == first.y);  // same shelf (20 and 18 round to the same height)
  CHECK(second.x >= first.x + first.width);
  CHECK(third.y >= first.y + 20);  // below the first shelf
  CHECK_FALSE(overlap(first, second));
  CHECK_FALSE(overlap(first, third));
  CHECK_FALSE(overlap(second, third));
  CHECK(first.baseline == doctest::Approx(16.f));
  CHECK(first.advance == doctest::Approx(98.f));
  CHECK(atlas.uploads == 3);
  CHECK_FALSE(atlas.outside);
  // The pixels of `a` are where the cache says.
  CHECK(atlas.owner[size_t(first.y * atlas.width + first.x)] == 0);
  CHECK(atlas.owner[size_t((first.y + 19) * atlas.width + first.x + 99)] == 0);
}

TEST_CASE("a line drawn once is found again by its text and size") {
  Atlas atlas(256, 128);
  LineImageCache cache(atlas.width, atlas.height, atlas.upload());
  Line a(60, 20);
  int calls = 0;
  const CachedLine first = *cache.get("مرحبا", 20.f, a.render(&calls));
  cache.begin_frame();
  const CachedLine again = *cache.get("مرحبا", 20.f, a.render(&calls));
  CHECK(calls == 1);
  CHECK(again.x == first.x);
  CHECK(again.y == first.y);
  cache.get("مرحبا", 24.f, a.render(&calls));  // another size is another image
  cache.get("مرحبا!", 20.f, a.render(&calls));
  CHECK(calls == 3);
  CHECK(cache.lines() == 3);
  CHECK(cache.rendered() == 3);
}

TEST_CASE("a full atlas empties its least recently used shelf, never one drawn this frame") {
  Atlas atlas(64, 50);  // two shelves of 24 pixels (and a gap), two 30-pixel lines on each
  LineImageCache cache(atlas.width, atlas.height, atlas.upload());
  Line line(30, 24);
  int calls = 0;
  cache.get("1", 20.f, line.render(&calls));
  cache.get("2", 20.f, line.render(&calls));
  const CachedLine third = *cache.get("3", 20.f, line.render(&calls));
  cache.get("4", 20.f, line.render(&calls));
  CHECK(cache.lines() == 4);
  // All four are on screen this frame: a fifth cannot be placed, and nothing is dropped for it.
  CHECK(cache.get("5", 20.f, line.render(&calls)) == nullptr);
  CHECK(cache.lines() == 4);
  CHECK(cache.evicted() == 0);
  // Next frame only the second shelf's lines are used: the first shelf (lines 1 and 2) makes room.
  cache.begin_frame();
  cache.get("3", 20.f, line.render(&calls));
  const CachedLine* fifth = cache.get("5", 20.f, line.render(&calls));
  REQUIRE(fifth != nullptr);
  CHECK(fifth->y != third.y);
  CHECK(cache.evicted() == 2);
  CHECK(cache.lines() == 3);  // 3, 4 and 5
  const int before = calls;
  cache.get("1", 20.f, line.render(&calls));  // dropped: drawn again (into the free half of the shelf)
  CHECK(calls == before + 1);
  cache.get("4", 20.f, line.render(&calls));  // kept
  CHECK(calls == before + 1);
  CHECK_FALSE(atlas.outside);
}

TEST_CASE("the atlas bounds the lines held, whatever is drawn") {
  Atlas atlas(128, 64);
  LineImageCache cache(atlas.width, atlas.height, atlas.upload());
  std::vector<Line> sizes{Line(40, 14), Line(70, 22), Line(25, 9), Line(127, 30)};
  size_t most = 0;
  for (int frame = 0; frame < 2000; ++frame) {
    cache.begin_frame();
    Line& line = sizes[size_t(frame * 7 % 4)];
    const CachedLine* placed = cache.get("line " + std::to_string(frame), 20.f, line.render());
    REQUIRE(placed != nullptr);  // one line a frame always fits
    CHECK(placed->x + placed->width <= atlas.width);
    CHECK(placed->y + placed->height <= atlas.height);
    most = std::max(most, cache.lines());
  }
  CHECK_FALSE(atlas.outside);
  CHECK(most <= size_t(128 / 26 + 1) * size_t(64 / 10));  // no more than the atlas can hold
  CHECK(cache.evicted() + cache.lines() == 2000);
  CHECK(cache.atlas_bytes() == 128 * 64 * 4);
  // Too wide or empty: not cached.
  Line wide(200, 10);
  CHECK(cache.get("wide", 20.f, wide.render()) == nullptr);
  CHECK(cache.get("empty", 20.f, [] { return LineCoverage{}; }) == nullptr);
}
