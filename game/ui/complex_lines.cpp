// Complex lines natively (complex_lines.h): platform::complex_text shapes and draws, the line image
// cache keeps what was drawn in one texture, and a bounded table keeps the widths the line breaker asks for.
#include "ui/complex_lines.h"

#include "journey/display_text.h"
#include "platform/complex_text.h"
#include "platform/platform.h"
#include "ui/line_image_cache.h"

#include <lure/l10n.h>

#include <cstdio>
#include <memory>
#include <unordered_map>

namespace lureproof {

namespace {
constexpr int kAtlasSize = 1024;               // 4 MB of RGBA: some hundred lines of a screen at once
constexpr size_t kMaxRememberedWidths = 8192;  // then forgotten all at once

struct State {
  bool right_to_left = false;
  bool active = false;
  std::unordered_map<std::string, float> widths;
  std::unique_ptr<LineImageCache> cache;
  void* texture = nullptr;
  int frame = -1;
};
State& state() {
  static State s;
  return s;
}

std::string width_key(float size, std::string_view line) {
  std::string key(line);
  key += '\x1f';
  key += std::to_string(int(size * 64.f + 0.5f));
  return key;
}

LineImageCache& cache() {
  State& s = state();
  if (!s.texture) {  // one texture for the process's life
    const std::vector<unsigned char> clear(size_t(kAtlasSize) * kAtlasSize * 4, 0);
    s.texture = platform::create_texture_rgba(clear.data(), kAtlasSize, kAtlasSize);
  }
  if (!s.cache) {
    s.cache = std::make_unique<LineImageCache>(kAtlasSize, kAtlasSize,
                                               [](int x, int y, const unsigned char* rgba, int w, int h) {
                                                 platform::update_texture_rgba(state().texture, x, y, rgba, w, h);
                                               });
  }
  if (const int frame = ImGui::GetFrameCount(); frame != s.frame) {
    s.frame = frame;
    s.cache->begin_frame();
  }
  return *s.cache;
}
}  // namespace

void select_complex_text(const std::string& language, const std::string& assets_dir) {
  State& s = state();
  s.right_to_left = lure::language_right_to_left(language);
  s.widths.clear();
  s.cache.reset();  // its lines were drawn in the faces being replaced (the texture is kept)
  if (!s.right_to_left) {
    platform::complex_text::unload();
    s.active = false;
    set_arabic_supported(false);
    return;
  }
  std::string error;
  // The Arabic face: among the fonts natively, in the language's pack on the web (cmake/L10n.cmake).
  std::string arabic = assets_dir + "/l10n/" + language + "/NotoSansArabic-Regular.ttf";
  if (std::FILE* in = std::fopen(arabic.c_str(), "rb")) std::fclose(in);
  else arabic = assets_dir + "/fonts/NotoSansArabic-Regular.ttf";
  s.active = platform::complex_text::load({arabic, assets_dir + "/fonts/NotoSans-Regular.ttf"}, language, true, error);
  set_arabic_supported(s.active);
  if (!s.active) std::fprintf(stderr, "lureproof: %s: drawing %s without shaping\n", error.c_str(), language.c_str());
}

bool complex_lines_active() { return state().active && platform::complex_text::ready(); }
bool right_to_left_ui() { return state().right_to_left; }

float complex_line_width(float size, std::string_view line) {
  if (!complex_lines_active() || line.empty()) return 0.f;
  State& s = state();
  std::string key = width_key(size, line);
  if (auto it = s.widths.find(key); it != s.widths.end()) return it->second;
  if (s.widths.size() >= kMaxRememberedWidths) s.widths.clear();
  const float width = platform::complex_text::measure(line, size);
  s.widths.emplace(std::move(key), width);
  return width;
}

void draw_complex_line(ImDrawList* dl, ImFont* font, float size, std::string_view line, ImVec2 pos, ImU32 colour) {
  if (!complex_lines_active() || line.empty()) return;
  const CachedLine* cached = cache().get(line, size, [&] {
    static platform::complex_text::LineImage image;  // kept until the cache copied it
    image = platform::complex_text::render(line, size);
    return LineCoverage{image.width,    image.height,  image.baseline,
                        image.origin_x, image.advance, image.coverage.empty() ? nullptr : image.coverage.data()};
  });
  if (!cached) return;
  // ImGui puts the baseline of `font` at pos.y + its ascent; the line image's baseline goes there.
  const float baseline = pos.y + font->Ascent * size / font->FontSize;
  const ImVec2 min(pos.x - cached->origin_x, baseline - cached->baseline);
  const ImVec2 max(min.x + float(cached->width), min.y + float(cached->height));
  const float atlas = float(kAtlasSize);
  dl->AddImage(state().texture, min, max, ImVec2(float(cached->x) / atlas, float(cached->y) / atlas),
               ImVec2(float(cached->x + cached->width) / atlas, float(cached->y + cached->height) / atlas), colour);
}

const LineImageCache* complex_line_cache() { return state().cache.get(); }

}  // namespace lureproof
