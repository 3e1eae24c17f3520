// Laid-out texts kept between frames, so that the line breaker runs once for a text drawn in many
// frames (ui/text_layout.h's layout_text uses one). Bounded: an entry no frame used for `keep_frames`
// frames is dropped, and never more than `max_entries` are kept. Plain C++ (tests/game checks it).
#pragma once

#include "ui/text_layout.h"

#include <imgui.h>  // ImGuiStorage: the index (code the game has anyway, which keeps the web's wasm small)

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lureproof {

// Everything a layout depends on: the font (its glyphs' advances), the size, the text, the width it
// wraps in, the line spacing and the language's hyphenation table. A font rebuilt at the same address
// (new text size or scale, emoji arrived) is not told apart: the cache is cleared then (clear()).
struct TextLayoutKey {
  const void* font = nullptr;
  float size = 0.f;
  float wrap = 0.f;
  float line_spacing = 1.f;
  const void* hyphenation = nullptr;
  std::string_view text;
};

class TextLayoutCache {
 public:
  explicit TextLayoutCache(long keep_frames = 120, size_t max_entries = 2048)
      : keep_frames_(keep_frames > 0 ? keep_frames : 1), max_entries_(max_entries) {}

  // The block laid out for `key`: the one kept, or `layout()`'s, then kept. The reference stays valid
  // until the end of the frame (end_frame()) or clear(): entries live behind stable pointers, and
  // only end_frame() drops unused ones (or get(), those no call used this frame).
  template <class Layout>
  const TextBlock& get(const TextLayoutKey& key, Layout&& layout) {
    const ImGuiID h = hash(key);
    if (const TextBlock* kept = find(h, key)) return *kept;
    return keep(h, key, layout());
  }
  // The end of a UI frame: entries unused for keep_frames frames are dropped.
  void end_frame();
  void clear();

  size_t size() const { return entries_.size(); }
  long hits() const { return hits_; }
  long misses() const { return misses_; }

 private:
  struct Entry {
    const void* font;
    float size, wrap, line_spacing;
    const void* hyphenation;
    std::string text;
    TextBlock block;
    long used;      // the frame that last asked for it
    ImGuiID hash;   // of the key
    int next_same;  // index + 1 of the next entry with the same hash, 0 for none
  };
  static ImGuiID hash(const TextLayoutKey& key);
  static bool same(const Entry& e, const TextLayoutKey& key);
  const TextBlock* find(ImGuiID h, const TextLayoutKey& key);
  const TextBlock& keep(ImGuiID h, const TextLayoutKey& key, TextBlock block);
  void drop_unused_since(long frame);

  long keep_frames_;
  size_t max_entries_;
  std::vector<std::unique_ptr<Entry>> entries_;
  std::deque<TextBlock> overflow_;  // this frame's blocks beyond max_entries_ (not kept)
  ImGuiStorage first_;              // hash -> index + 1 of the first entry with that hash
  long frame_ = 0;
  long hits_ = 0, misses_ = 0;
};

}  // namespace lureproof
