// Complex text natively (complex_text.h): TextShaper over the font files, in the process's one thread
// that draws the UI. The last lines measured whole are remembered, so that the line breaker's words,
// spaces and lines inside them are read from their glyphs instead of being shaped again.
#include <cstdint>
#include <deque>
#include <fstream>
#include <iterator>
#include <memory>

#include "platform/complex_text.h"
#include "platform/text_shaper.h"

namespace lureproof::platform::complex_text {

namespace {
constexpr size_t kRememberedLines = 32;  // paragraphs of the text being broken into lines

// A line measured whole, known by where its caller keeps it: a view into the same bytes later is a
// piece of it (its bytes are compared, so memory used again for another text is not mistaken for it).
struct MeasuredLine {
  std::uintptr_t address = 0;
  std::string text;
  float pixels = 0.f;
  bool bold = false;  // shaped in the bold face
  ClusterWidths widths;
};

struct Loaded {
  TextShaper shaper;
  std::unique_ptr<TextShaper> bold;  // load_bold()
  std::string language;
  BaseDirection base = BaseDirection::Auto;
  std::deque<MeasuredLine> measured;  // most recent first
};
std::unique_ptr<Loaded> g_loaded;

// A place the line breaker may break at: the text's ends or next to a space. Shaping does not reach
// across a space (Arabic letters do not join over it), so a piece that starts and ends at such places
// (the lines a paragraph may be broken into, its words) is as wide inside its line as shaped alone
// (tests/game/test_text_shaper.cpp). A piece cut inside a word is not: it is shaped alone.
bool at_break(std::string_view text, size_t i) {
  return i == 0 || i >= text.size() || text[i - 1] == ' ' || text[i] == ' ';
}

// The width of `piece` read from a remembered line it lies in, at `pixels` in that weight; false when it lies in none
// or does not start and end at break places.
bool measured_piece(const Loaded& loaded, std::string_view piece, float pixels, bool bold, float& width) {
  const auto address = reinterpret_cast<std::uintptr_t>(piece.data());
  for (const MeasuredLine& line : loaded.measured) {
    if (line.pixels != pixels || line.bold != bold || address < line.address ||
        address - line.address > line.text.size())
      continue;
    const size_t begin = address - line.address, end = begin + piece.size();
    if (end > line.text.size() || line.text.compare(begin, piece.size(), piece) != 0) continue;
    if (!at_break(line.text, begin) || !at_break(line.text, end)) return false;
    width = line.widths.width(begin, end);
    return true;
  }
  return false;
}
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
  Loaded& loaded = *g_loaded;
  float width = 0.f;
  if (measured_piece(loaded, line, pixels, bold, width)) return width;
  const ShapedLine shaped = shaper(bold).shape(line, pixels, loaded.base, loaded.language);
  if (line.find(' ') != std::string_view::npos) {  // it has pieces: remember it
    if (loaded.measured.size() >= kRememberedLines) loaded.measured.pop_back();
    loaded.measured.push_front({reinterpret_cast<std::uintptr_t>(line.data()), std::string(line), pixels, bold,
                                ClusterWidths(shaped, line.size())});
  }
  return shaped.width;
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
