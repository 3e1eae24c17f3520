// The text layout cache (game/ui/text_layout_cache.h): a kept layout is returned as it was laid out,
// any change of what the layout depends on lays the text out again, and the cache stays bounded over
// a kiosk's days of frames (entries unused for a while are dropped; never more than its maximum).
#include <doctest/doctest.h>

#include "ui/text_layout_cache.h"

#include <string>

using namespace lureproof;

namespace {
int g_fonts[2];   // two distinct font addresses
int g_tables[2];  // two distinct hyphenation tables

// A layout that depends on its key (so a wrong hit shows) and counts how often it ran.
struct Layouts {
  int runs = 0;
  TextBlock operator()(const TextLayoutKey& key) {
    ++runs;
    TextBlock b;
    b.lines = {std::string(key.text), std::to_string(key.size)};
    b.widths = {key.wrap, key.line_spacing};
    b.line_h = key.size * key.line_spacing;
    b.size = ImVec2(key.wrap, b.line_h * 2.f);
    return b;
  }
};
TextLayoutKey key_of(std::string_view text) { return {&g_fonts[0], 24.f, 300.f, 1.f, &g_tables[0], text}; }
const TextBlock& get(TextLayoutCache& cache, Layouts& layouts, const TextLayoutKey& key) {
  return cache.get(key, [&] { return layouts(key); });
}
}  // namespace

TEST_CASE("a kept layout is returned as it was laid out, without laying the text out again") {
  TextLayoutCache cache;
  Layouts layouts;
  const TextBlock first = get(cache, layouts, key_of("Are you still there?"));
  // The same text from another buffer: found by its content, not its address.
  const std::string again = std::string("Are you ") + "still there?";
  const TextBlock& second = get(cache, layouts, key_of(again));
  CHECK(layouts.runs == 1);
  CHECK(cache.hits() == 1);
  CHECK(cache.misses() == 1);
  CHECK(second.lines == first.lines);
  CHECK(second.widths == first.widths);
  CHECK(second.line_h == first.line_h);
  CHECK(second.size.x == first.size.x);
  CHECK(second.size.y == first.size.y);
  CHECK(second.broken_word == first.broken_word);
}

TEST_CASE("any change of font, size, width, line spacing, hyphenation table or text lays it out again") {
  TextLayoutCache cache;
  Layouts layouts;
  const TextLayoutKey base = key_of("I'm still here");
  get(cache, layouts, base);
  TextLayoutKey k = base;
  k.font = &g_fonts[1];
  CHECK(get(cache, layouts, k).lines == layouts(k).lines);
  k = base;
  k.size = 24.5f;
  CHECK(get(cache, layouts, k).lines[1] == std::to_string(24.5f));
  k = base;
  k.wrap = 299.f;
  CHECK(get(cache, layouts, k).widths[0] == 299.f);
  k = base;
  k.line_spacing = 1.2f;
  CHECK(get(cache, layouts, k).widths[1] == 1.2f);
  k = base;
  k.hyphenation = &g_tables[1];
  get(cache, layouts, k);
  k = base;
  k.text = "I'm still here!";
  CHECK(get(cache, layouts, k).lines[0] == "I'm still here!");
  k.text = "";
  CHECK(get(cache, layouts, k).lines[0].empty());
  // Each of the 7 changes laid the text out (layouts(k) in the checks ran it 4 more times).
  CHECK(cache.misses() == 8);
  CHECK(cache.hits() == 0);
  CHECK(cache.size() == 8);
  get(cache, layouts, base);  // the first is still kept
  CHECK(cache.hits() == 1);
}

TEST_CASE("clear() forgets every layout (the fonts were rebuilt)") {
  TextLayoutCache cache;
  Layouts layouts;
  get(cache, layouts, key_of("a"));
  get(cache, layouts, key_of("b"));
  cache.clear();
  CHECK(cache.size() == 0);
  get(cache, layouts, key_of("a"));
  CHECK(layouts.runs == 3);
}

TEST_CASE("a layout no frame used for a while is dropped; one used every frame stays") {
  TextLayoutCache cache(10);
  Layouts layouts;
  get(cache, layouts, key_of("once"));
  for (int frame = 0; frame < 25; ++frame) {
    get(cache, layouts, key_of("every frame"));
    cache.end_frame();
  }
  CHECK(cache.size() == 1);
  get(cache, layouts, key_of("every frame"));
  CHECK(layouts.runs == 2);
  // Not dropped before keep_frames frames without use.
  get(cache, layouts, key_of("recent"));
  for (int frame = 0; frame < 9; ++frame) cache.end_frame();
  get(cache, layouts, key_of("recent"));
  CHECK(layouts.runs == 3);
}

TEST_CASE("ten days of a kiosk's countdown: the cache stays flat") {
  // One frame a second for 10 days, each with the card's texts and a new number (300..1 again and
  // again), as the idle-warning countdown draws.
  TextLayoutCache cache(120, 2048);
  Layouts layouts;
  size_t most = 0;
  for (long second = 0; second < 10L * 24 * 3600; ++second) {
    get(cache, layouts, key_of("Are you still there?"));
    get(cache, layouts, key_of("To protect your privacy, everything you did here will be cleared."));
    get(cache, layouts, key_of("I'm still here"));
    get(cache, layouts, key_of(std::to_string(300 - second % 300)));
    cache.end_frame();
    most = std::max(most, cache.size());
  }
  CHECK(most <= 3 + 2 * 120);
  CHECK(cache.hits() > cache.misses() * 2);
}

TEST_CASE("never more than max_entries layouts, even when one frame lays out more texts") {
  TextLayoutCache cache(1000, 16);
  Layouts layouts;
  for (int i = 0; i < 100; ++i) {
    get(cache, layouts, key_of("old " + std::to_string(i)));
    CHECK(cache.size() <= 16);
  }
  cache.end_frame();
  // The next frame's texts push the last frame's out first.
  for (int i = 0; i < 10; ++i) get(cache, layouts, key_of("new " + std::to_string(i)));
  for (int i = 0; i < 10; ++i) get(cache, layouts, key_of("new " + std::to_string(i)));
  CHECK(cache.size() <= 16);
  CHECK(cache.hits() == 10);
}
