// Complex lines natively (complex_lines.h): platform::complex_text shapes and draws, the line image
// cache keeps what was drawn in one texture, and a bounded table keeps the widths the line breaker asks for.
#include "ui/complex_lines.h"

#include "journey/display_text.h"
#include "platform/complex_text.h"
#include "platform/platform.h"
#include "ui/line_image_cache.h"

#include <lure/l10n.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <unordered_map>

namespace lureproof {

namespace {
constexpr int kAtlasSize = 1024;               // 4 MB of RGBA: some hundred lines of a screen at once
constexpr size_t kMaxRememberedWidths = 8192;  // then forgotten all at once

struct State {
  std::string language;  // selected
  bool selected = false;
  bool right_to_left = false;
  bool loaded = false;  // the faces
  std::unordered_map<std::string, float> widths;
  std::unique_ptr<LineImageCache> cache;
  std::vector<const ImFont*> bold_fonts;
  bool bold_loaded = false;
  void* texture = nullptr;
  int frame = -1;
};
State& state() {
  static State s;
  return s;
}

bool bold(const ImFont* font) {
  const State& s = state();
  return s.bold_loaded && std::find(s.bold_fonts.begin(), s.bold_fonts.end(), font) != s.bold_fonts.end();
}

// A line's key in the tables: its text, then its weight and size.
std::string width_key(bool in_bold, float size, std::string_view line) {
  std::string key(line);
  key += in_bold ? '\x1e' : '\x1f';
  key += std::to_string(int(size * 64.f + 0.5f));
  return key;
}

bool has_arabic(std::string_view line) {
  // The Arabic block (journey/display_text.h), U+0600-06FF, is the UTF-8 lead bytes D8-DB.
  for (const char c : line)
    if (const auto b = static_cast<unsigned char>(c); b >= 0xD8 && b <= 0xDB) return true;
  return false;
}

// The text shaped for `line`: in a right-to-left UI a line without Arabic (an English tagline, a
// name, "9:41") reads left to right as a whole, so it goes in a left-to-right isolate (U+2066 ...
// U+2069): "Too good to be true?", not "?Too good to be true".
std::string_view shaped_text(std::string_view line, std::string& storage) {
  if (!state().right_to_left || has_arabic(line)) return line;
  storage = "\u2066";
  storage += line;
  storage += "\u2069";
  return storage;
}

bool faces_ready() { return state().loaded && platform::complex_text::ready(); }

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
  if (s.selected && s.language == language) return;
  s.selected = true;
  s.language = language;
  s.right_to_left = lure::language_right_to_left(language);
  s.widths.clear();
  s.cache.reset();  // its lines were drawn in the faces being replaced (the texture is kept)
  std::string error;
  // The faces' language is Arabic's (the only complex script here); the base direction the UI's.
  // The Arabic face: among the fonts natively, in Arabic's pack on the web (cmake/L10n.cmake).
  std::string arabic = assets_dir + "/l10n/ar/NotoSansArabic-Regular.ttf";
  if (std::FILE* in = std::fopen(arabic.c_str(), "rb")) std::fclose(in);
  else arabic = assets_dir + "/fonts/NotoSansArabic-Regular.ttf";
  s.loaded = platform::complex_text::load({arabic, assets_dir + "/fonts/NotoSans-Regular.ttf"},
                                          s.right_to_left ? language : std::string("ar"), s.right_to_left, error);
  set_arabic_supported(s.loaded);
  // The bold cuts (headings, names); without them bold lines are drawn in the regular faces.
  s.bold_loaded =
      s.loaded && platform::complex_text::load_bold(
                      {assets_dir + "/fonts/NotoSansArabic-Bold.ttf", assets_dir + "/fonts/NotoSans-Bold.ttf"}, error);
  static bool told = false;
  if (!s.loaded && !std::exchange(told, true))
    std::fprintf(stderr, "lureproof: %s: drawing Arabic without shaping\n", error.c_str());
}

bool complex_lines_active() { return state().right_to_left && faces_ready(); }
bool right_to_left_ui() { return state().right_to_left; }

bool draws_complex(std::string_view line) {
  if (!faces_ready()) return false;
  if (state().right_to_left) return true;
  // The Arabic block (journey/display_text.h), U+0600-06FF, is the UTF-8 lead bytes D8-DB.
  for (const char c : line)
    if (const auto b = static_cast<unsigned char>(c); b >= 0xD8 && b <= 0xDB) return true;
  return false;
}

void set_complex_bold_fonts(std::vector<const ImFont*> fonts) { state().bold_fonts = std::move(fonts); }

float complex_line_width(ImFont* font, float size, std::string_view line) {
  if (!faces_ready() || line.empty()) return 0.f;
  State& s = state();
  const bool in_bold = bold(font);
  std::string key = width_key(in_bold, size, line);
  if (auto it = s.widths.find(key); it != s.widths.end()) return it->second;
  if (s.widths.size() >= kMaxRememberedWidths) s.widths.clear();
  std::string storage;
  const float width = platform::complex_text::measure(shaped_text(line, storage), size, in_bold);
  s.widths.emplace(std::move(key), width);
  return width;
}

void measure_complex_paragraphs(float size, std::string_view text, ImFont* font) {
  if (!complex_lines_active()) return;
  const bool in_bold = bold(font);
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) platform::complex_text::measure(text.substr(begin, end - begin), size, in_bold);
    begin = end + 1;
  }
}

void draw_complex_line(ImDrawList* dl, ImFont* font, float size, std::string_view line, ImVec2 pos, ImU32 colour) {
  if (!faces_ready() || line.empty()) return;
  const bool in_bold = bold(font);
  const std::string bold_key = in_bold ? "\x1e" + std::string(line) : std::string();  // bold lines apart
  const CachedLine* cached = cache().get(in_bold ? std::string_view(bold_key) : line, size, [&] {
    static platform::complex_text::LineImage image;  // kept until the cache copied it
    std::string storage;
    image = platform::complex_text::render(shaped_text(line, storage), size, in_bold);
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
