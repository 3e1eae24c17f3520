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
  std::unique_ptr<TextShaper> bold;  // load_bold()
  std::string language;
  BaseDirection base = BaseDirection::Auto;
};
std::unique_ptr<Loaded> g_loaded;
}  // namespace

namespace {
bool add_faces(TextShaper& shaper, const std::vector<std::string>& fonts, std::string& error) {
  for (const std::string& path : fonts) {
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && bytes.empty()) {
      error = path + ": cannot read the font";
      return false;
    }
    if (!shaper.add_face(std::move(bytes), error)) {
      error = path + ": " + error;
      return false;
    }
  }
  if (fonts.empty()) error = "no font files";
  return !fonts.empty();
}
const TextShaper& shaper(bool bold) { return bold && g_loaded->bold ? *g_loaded->bold : g_loaded->shaper; }
}  // namespace

bool load(const std::vector<std::string>& fonts, const std::string& language, bool right_to_left, std::string& error) {
  auto loaded = std::make_unique<Loaded>();
  loaded->language = language;
  loaded->base = right_to_left ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
  if (!add_faces(loaded->shaper, fonts, error)) return false;
  g_loaded = std::move(loaded);
  return true;
}

bool load_bold(const std::vector<std::string>& fonts, std::string& error) {
  if (!g_loaded) {
    error = "no regular faces loaded";
    return false;
  }
  auto bold = std::make_unique<TextShaper>();
  if (!add_faces(*bold, fonts, error)) return false;
  g_loaded->bold = std::move(bold);
  return true;
}

bool ready() { return g_loaded != nullptr; }
void unload() { g_loaded.reset(); }

float measure(std::string_view line, float pixels, bool bold) {
  if (!g_loaded) return 0.f;
  return shaper(bold).shape(line, pixels, g_loaded->base, g_loaded->language).width;
}

LineImage render(std::string_view line, float pixels, bool bold) {
  LineImage image;
  if (!g_loaded) return image;
  const ShapedLine shaped = shaper(bold).shape(line, pixels, g_loaded->base, g_loaded->language);
  LineBitmap bitmap = shaper(bold).rasterise(shaped, pixels);
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
