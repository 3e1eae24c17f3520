// The line image atlas (line_image_cache.h): shelves of rounded-up heights, filled left to right.
#include "ui/line_image_cache.h"

#include <utility>

namespace lureproof {

namespace {
constexpr int kShelfStep = 4;  // shelf heights are multiples of this, so an emptied shelf fits its like
constexpr int kGap = 1;        // pixels between lines, so filtering never reads a neighbour

std::string key_of(std::string_view text, float pixels) {
  std::string key(text);
  key += '\x1f';
  key += std::to_string(int(pixels * 64.f + 0.5f));
  return key;
}
}  // namespace

LineImageCache::LineImageCache(int width, int height, Upload upload)
    : width_(width), height_(height), upload_(std::move(upload)) {}

void LineImageCache::empty_shelf(int shelf) {
  for (auto it = lines_.begin(); it != lines_.end();)
    if (it->second.shelf == shelf) {
      it = lines_.erase(it);
      ++evicted_;
    } else {
      ++it;
    }
  shelves_[size_t(shelf)].used = 0;
}

int LineImageCache::place(int width, int height) {
  const int shelf_height = (height + kShelfStep - 1) / kShelfStep * kShelfStep;
  // The lowest shelf that fits it and has room (a shelf no more than half again as tall).
  int best = -1;
  for (size_t i = 0; i < shelves_.size(); ++i) {
    const Shelf& s = shelves_[i];
    if (s.height < shelf_height || s.height > shelf_height + shelf_height / 2 || s.used + width > width_) continue;
    if (best < 0 || s.height < shelves_[size_t(best)].height) best = int(i);
  }
  if (best >= 0) return best;
  const int top = shelves_.empty() ? 0 : shelves_.back().y + shelves_.back().height + kGap;
  if (top + shelf_height <= height_) {
    shelves_.push_back({top, shelf_height, 0, frame_});
    return int(shelves_.size() - 1);
  }
  // Full: empty the least recently used shelf tall enough that no line of this frame is on.
  int oldest = -1;
  for (size_t i = 0; i < shelves_.size(); ++i) {
    const Shelf& s = shelves_[i];
    if (s.height < shelf_height || s.last_frame == frame_) continue;
    if (oldest < 0 || s.last_frame < shelves_[size_t(oldest)].last_frame) oldest = int(i);
  }
  if (oldest >= 0) {
    empty_shelf(oldest);
    return oldest;
  }
  // No shelf is tall enough: start again from an empty atlas, unless a line of this frame is on it.
  for (const Shelf& s : shelves_)
    if (s.last_frame == frame_) return -1;
  evicted_ += lines_.size();
  lines_.clear();
  shelves_.clear();
  if (shelf_height > height_) return -1;
  shelves_.push_back({0, shelf_height, 0, frame_});
  return 0;
}

const CachedLine* LineImageCache::get(std::string_view text, float pixels, const Render& render) {
  const std::string key = key_of(text, pixels);
  if (auto it = lines_.find(key); it != lines_.end()) {
    shelves_[size_t(it->second.shelf)].last_frame = frame_;
    return &it->second.line;
  }
  ++rendered_;
  const LineCoverage image = render();
  if (image.width <= 0 || image.height <= 0 || !image.coverage) return nullptr;
  if (image.width + kGap > width_ || image.height > height_) return nullptr;
  const int shelf = place(image.width + kGap, image.height);
  if (shelf < 0) return nullptr;
  Shelf& s = shelves_[size_t(shelf)];
  CachedLine line{s.used, s.y, image.width, image.height, image.baseline, image.origin_x, image.advance};
  s.used += image.width + kGap;
  s.last_frame = frame_;
  std::vector<unsigned char> rgba(size_t(image.width) * size_t(image.height) * 4, 255);
  for (size_t i = 0; i < size_t(image.width) * size_t(image.height); ++i) rgba[i * 4 + 3] = image.coverage[i];
  if (upload_) upload_(line.x, line.y, rgba.data(), line.width, line.height);
  return &lines_.emplace(key, Entry{line, shelf}).first->second.line;
}

}  // namespace lureproof
