// TextLayoutCache: see text_layout_cache.h.
#include "ui/text_layout_cache.h"

#include <imgui_internal.h>  // ImHashData

namespace lureproof {

ImGuiID TextLayoutCache::hash(const TextLayoutKey& key) {
  const float numbers[3] = {key.size, key.wrap, key.line_spacing};
  ImGuiID h = ImHashData(numbers, sizeof numbers);
  h = ImHashData(&key.font, sizeof key.font, h);
  h = ImHashData(&key.hyphenation, sizeof key.hyphenation, h);
  return ImHashData(key.text.data(), key.text.size(), h);
}

bool TextLayoutCache::same(const Entry& e, const TextLayoutKey& key) {
  return e.font == key.font && e.size == key.size && e.wrap == key.wrap && e.line_spacing == key.line_spacing &&
         e.hyphenation == key.hyphenation && e.text == key.text;
}

const TextBlock* TextLayoutCache::find(ImGuiID h, const TextLayoutKey& key) {
  for (int i = first_.GetInt(h); i > 0; i = entries_[size_t(i - 1)]->next_same) {
    Entry& e = *entries_[size_t(i - 1)];
    if (same(e, key)) {
      e.used = frame_;
      ++hits_;
      return &e.block;
    }
  }
  ++misses_;
  return nullptr;
}

const TextBlock& TextLayoutCache::keep(ImGuiID h, const TextLayoutKey& key, TextBlock block) {
  if (entries_.size() >= max_entries_) drop_unused_since(frame_);
  if (entries_.size() >= max_entries_) {  // one frame lays out more texts than the bound: not kept
    overflow_.push_back(std::move(block));
    return overflow_.back();
  }
  entries_.push_back(
      std::make_unique<Entry>(Entry{key.font, key.size, key.wrap, key.line_spacing, key.hyphenation,
                                    std::string(key.text), std::move(block), frame_, h, first_.GetInt(h)}));
  first_.SetInt(h, int(entries_.size()));
  return entries_.back()->block;
}

void TextLayoutCache::clear() {
  entries_.clear();
  first_.Clear();
  overflow_.clear();
}

void TextLayoutCache::drop_unused_since(long frame) {
  size_t kept = 0;
  for (size_t i = 0; i < entries_.size(); ++i)
    if (entries_[i]->used >= frame) {
      if (kept != i) entries_[kept] = std::move(entries_[i]);
      ++kept;
    }
  entries_.resize(kept);
  // The index again, over the entries left.
  first_.Clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    entries_[i]->next_same = first_.GetInt(entries_[i]->hash);
    first_.SetInt(entries_[i]->hash, int(i + 1));
  }
}

void TextLayoutCache::end_frame() {
  overflow_.clear();
  ++frame_;
  // A sweep every keep_frames frames: an entry unused since the last sweep goes (kept 1-2x keep_frames).
  if (frame_ % keep_frames_ == 0) drop_unused_since(frame_ - keep_frames_);
}

}  // namespace lureproof
