// EmojiAtlas: reading the sheets (stb_image), custom rectangle glyphs, painting and resampling.
#include "ui/emoji_atlas.h"

#include "journey/emoji_text.h"
#include "lure/file_source.h"

#include <stb/stb_image.h>

#include <dirent.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lureproof {

namespace {
constexpr int kColumns = 16;  // cells a row (scripts/build-steps/emoji.py)

std::vector<std::string> sheet_names(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".png") == 0)
        names.push_back(name.substr(0, name.size() - 4));
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}
}  // namespace

std::size_t EmojiAtlas::load(const std::string& dir) {
  const std::size_t table = content_emoji().size();
  for (const std::string& group : sheet_names(dir)) {
    if (!sheets_read_.insert(group).second) continue;
    lure::DiskFileSource files;
    const std::optional<std::string> png = files.read(dir + "/" + group + ".png");
    const std::optional<std::string> idx = files.read(dir + "/" + group + ".idx");
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = png && idx ? stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png->data()),
                                                               int(png->size()), &w, &h, &channels, 4)
                                       : nullptr;
    const int cell = w / kColumns;
    if (!pixels || cell <= 0 || w != cell * kColumns || h % cell != 0) {
      std::fprintf(stderr, "lureproof: warning: the emoji sheet %s/%s is unusable; its emoji are left out\n",
                   dir.c_str(), group.c_str());
      if (pixels) stbi_image_free(pixels);
      continue;
    }
    // The index: the table indices of the cells, in order, separated by spaces (no iostreams: the web
    // page would carry them).
    std::vector<std::size_t> indices;
    bool digits = false;
    for (char c : *idx) {
      if (c >= '0' && c <= '9') {
        if (!digits) indices.push_back(0);
        digits = true;
        indices.back() = std::min(table, indices.back() * 10 + std::size_t(c - '0'));  // table: out of range
      } else {
        digits = false;
      }
    }
    for (int k = 0; k < int(indices.size()) && k < kColumns * (h / cell); ++k) {
      const std::size_t index = indices[std::size_t(k)];
      if (index >= table) continue;  // a sheet of another build
      Cell& c = cells_[index];
      c.size = cell;
      c.rgba.resize(std::size_t(cell) * std::size_t(cell) * 4);
      const int x0 = (k % kColumns) * cell, y0 = (k / kColumns) * cell;
      for (int y = 0; y < cell; ++y)
        std::copy_n(pixels + (std::size_t(y0 + y) * std::size_t(w) + std::size_t(x0)) * 4, std::size_t(cell) * 4,
                    c.rgba.data() + std::size_t(y) * std::size_t(cell) * 4);
    }
    stbi_image_free(pixels);
  }
  return cells_.size();
}

void EmojiAtlas::add_glyphs(ImFontAtlas& atlas, ImFont* font, float pixels) {
  if (!font) return;
  // A little smaller than the line, its bottom a little below the baseline (Noto Sans' ascent is
  // 0.785 of the line), as phones draw them; a small gap after it.
  const int size = std::max(1, int(std::lround(pixels * 0.9f)));
  const float top = std::max(0.f, std::round(pixels * 0.785f - float(size) * 0.88f));
  const float advance = float(size) + std::round(pixels * 0.08f);
  for (const auto& [emoji, cell] : cells_) {
    const ImWchar code = ImWchar(kEmojiFirstCodepoint + char32_t(emoji));
    if (kEmojiFirstCodepoint + emoji > kEmojiLastCodepoint) break;
    const int rect =
        atlas.AddCustomRectFontGlyph(font, code, size, size, advance, ImVec2(std::round(pixels * 0.04f), top));
    glyphs_.push_back({rect, emoji, font});
  }
}

void EmojiAtlas::paint(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  std::vector<bool> drawn(content_emoji().size(), false);
  if (!glyphs_.empty()) atlas.GetTexDataAsRGBA32(&pixels, &width, &height);  // builds the atlas
  for (const Glyph& g : glyphs_) {
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(g.rect);
    if (!pixels || !r || !r->IsPacked()) continue;
    const Cell& cell = cells_[g.emoji];
    resample_emoji(cell.rgba.data(), cell.size, r->Width,
                   pixels + (std::size_t(r->Y) * std::size_t(width) + std::size_t(r->X)) * 4, width * 4);
    const ImFontGlyph* glyph = g.font->FindGlyphNoFallback(ImWchar(kEmojiFirstCodepoint + char32_t(g.emoji)));
    if (glyph) const_cast<ImFontGlyph*>(glyph)->Colored = 1;
    drawn[g.emoji] = glyph != nullptr;
  }
  glyphs_.clear();
  set_drawn_emoji(std::move(drawn));
}

void EmojiAtlas::skip() {
  glyphs_.clear();
  set_drawn_emoji({});
}

void resample_emoji(const unsigned char* rgba, int from, int to, unsigned char* out, int stride) {
  const double step = double(from) / double(to);
  for (int ty = 0; ty < to; ++ty) {
    const double y0 = ty * step, y1 = y0 + step;
    for (int tx = 0; tx < to; ++tx) {
      const double x0 = tx * step, x1 = x0 + step;
      double sum[4] = {0, 0, 0, 0}, area = 0;
      for (int sy = int(y0); sy < int(std::ceil(y1)) && sy < from; ++sy) {
        const double wy = std::min(y1, sy + 1.0) - std::max(y0, double(sy));
        for (int sx = int(x0); sx < int(std::ceil(x1)) && sx < from; ++sx) {
          const double wgt = wy * (std::min(x1, sx + 1.0) - std::max(x0, double(sx)));
          const unsigned char* p = rgba + (std::size_t(sy) * std::size_t(from) + std::size_t(sx)) * 4;
          const double a = p[3] / 255.0;
          for (int c = 0; c < 3; ++c) sum[c] += wgt * p[c] * a;  // premultiplied
          sum[3] += wgt * p[3];
          area += wgt;
        }
      }
      unsigned char* q = out + std::size_t(ty) * std::size_t(stride) + std::size_t(tx) * 4;
      const double alpha = area > 0 ? sum[3] / area : 0;
      for (int c = 0; c < 3; ++c)
        q[c] = alpha > 0 ? (unsigned char)std::clamp(std::lround(sum[c] / area / (alpha / 255.0)), 0L, 255L) : 0;
      q[3] = (unsigned char)std::clamp(std::lround(alpha), 0L, 255L);
    }
  }
}

}  // namespace lureproof
