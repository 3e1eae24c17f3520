// TextLayoutCache: see text_layout_cache.h.
#include "ui/text_layout_cache.h"

#include <cstring>
#include <functional>

namespace lureproof {

namespace {
std::uint64_t bits(float f) {
  std::uint32_t b = 0;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
  h ^= w + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdull;
}
}  // namespace

std::uint64_t TextLayoutCache::hash(const TextLayoutKey& key) {
  std::uint64_t h = std::hash<std::string_view>{}(key.text);
  h = mix(h, reinterpret_cast<std::uintptr_t>(key.font));
  h = mix(h, reinterpret_cast<std::uintptr_t>(key.hyphenation));
  h = mix(h, bits(key.size) << 32 | bits(key.wrap));
  return mix(h, bits(key.line_spacing));
}

bool TextLayoutCache::same(const Entry& e, const TextLayoutKey& key) {
  return e.font == key.font && e.size == key.size && e.wrap == key.wrap && e.line_spacing == key.line_spacing &&
         e.hyphenation == key.hyphenation && e.text == key.text;
}

const TextBlock* TextLayoutCache::find(std::uint64_t h, const TextLayoutKey& key) {
  const auto [first, last] = entries_.equal_range(h);
  for (auto it = first; it != last; ++it)
    if (same(it->second, key)) {
      it->second.used = frame_;
      ++hits_;
      return &it->second.block;
    }
  ++misses_;
  return nullptr;
}

const TextBlock& TextLayoutCache::keep(std::uint64_t h, const TextLayoutKey& key, TextBlock block) {
  if (entries_.size() >= max_entries_) drop_unused_since(frame_);
  if (entries_.size() >= max_entries_) entries_.clear();  // one frame lays out more texts than the bound
  Entry e{key.font,         key.size, key.wrap, key.line_spacing, key.hyphenation, std::string(key.text),
          std::move(block), frame_};
  return entries_.emplace(h, std::move(e))->second.block;
}

void TextLayoutCache::drop_unused_since(long frame) {
  for (auto it = entries_.begin(); it != entries_.end();) it = it->second.used < frame ? entries_.erase(it) : ++it;
}

void TextLayoutCache::end_frame() {
  ++frame_;
  // A sweep every keep_frames frames: an entry unused since the last sweep goes (kept 1-2x keep_frames).
  if (frame_ % keep_frames_ == 0) drop_unused_since(frame_ - keep_frames_);
}

}  // namespace lureproof
