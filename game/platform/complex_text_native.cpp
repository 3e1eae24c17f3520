// Complex text natively (complex_text.h): TextShaper over the font files, in the process's one thread
// that draws the UI.
#include <fstream>
#include <iterator>
#include <memory>

#include "platform/complex_text.h"
#include "platform/text_shaper.h"

namespace lureproof::platform::complex_text {

namespace {
struct Loaded {
  TextShaper shaper;
  std::string language;
  BaseDirection base = BaseDirection::Auto;
};
std::unique_ptr<Loaded> g_loaded;
}  // namespace

bool load(const std::vector<std::string>& fonts, const std::string& language, bool right_to_left, std::string& error) {
  auto loaded = std::make_unique<Loaded>();
  loaded->language = language;
  loaded->base = right_to_left ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
  for (const std::string& path : fonts) {
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && bytes.empty()) {
      error = path + ": cannot read the font";
      return false;
    }
    if (!loaded->shaper.add_face(std::move(bytes), error)) {
      error = path + ": " + error;
      return false;
    }
  }
  if (fonts.empty()) {
    error = "no font files";
    return false;
  }
  g_loaded = std::move(loaded);
  return true;
}

bool ready() { return g_loaded != nullptr; }
void unload() { g_loaded.reset(); }

float measure(std::string_view line, float pixels) {
  if (!g_loaded) return 0.f;
  return g_loaded->shaper.shape(line, pixels, g_loaded->base, g_loaded->language).width;
}

LineImage render(std::string_view line, float pixels) {
  LineImage image;
  if (!g_loaded) return image;
  const ShapedLine shaped = g_loaded->shaper.shape(line, pixels, g_loaded->base, g_loaded->language);
  LineBitmap bitmap = g_loaded->shaper.rasterise(shaped, pixels);
  image.width = bitmap.width;
  image.height = bitmap.height;
  image.baseline = bitmap.baseline;
  image.origin_x = bitmap.origin_x;
  image.advance = shaped.width;
  image.coverage = std::move(bitmap.coverage);
  for (const ShapedGlyph& glyph : shaped.glyphs) image.glyphs.push_back(glyph.glyph);
  return image;
}

}  // namespace lureproof::platform::complex_text
