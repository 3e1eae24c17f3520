// One line of text shaped and put in visual order natively, for scripts Dear ImGui cannot draw (Arabic,
// issue #21; docs/architecture.md "Right-to-left, shaped text"): FriBidi resolves the bidirectional
// levels and the order of the runs, HarfBuzz shapes each run with the first face that has its
// characters, and stb_truetype rasterises the glyphs by glyph id. No SDL, GL or ImGui.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lureproof::platform {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

struct ShapedGlyph {
  int face = 0;          // index of the face it comes from (in the order of add_face)
  unsigned glyph = 0;    // glyph id in that face (0: the face's missing-glyph box)
  unsigned cluster = 0;  // byte offset in the line of the first character it stands for
  float x = 0.f;         // where its origin is drawn: pixels from the line's left end
  float y = 0.f;         // and above the baseline (a mark's offset)
  float advance = 0.f;   // pixels
};

struct ShapedLine {
  std::vector<ShapedGlyph> glyphs;    // from left to right as drawn
  float width = 0.f;                  // sum of the advances
  float ascent = 0.f, descent = 0.f;  // above and below the baseline, the largest of the faces used
  bool right_to_left = false;         // the paragraph's resolved base direction
  int missing = 0;                    // characters no face has (drawn as the first face's box)
};

// The widths of pieces of one shaped line, read from its glyphs instead of shaping each piece again
// (the line breaker measures many words, spaces and lines of one paragraph). A piece is as wide as the
// glyphs whose cluster (first character) lies inside it: a ligature or a letter with its marks counts
// where it starts. Exact for a piece whose shaping does not reach across its ends, as at spaces:
// Arabic letters do not join across a space. A piece that ends inside a word is measured with the
// letter forms of the whole word (a medial form where, shaped alone, a final one would be).
class ClusterWidths {
 public:
  ClusterWidths() = default;
  ClusterWidths(const ShapedLine& line, size_t bytes);  // `bytes`: the length of the text shaped
  // The width of the text's bytes [begin, end) (clamped to the text).
  float width(size_t begin, size_t end) const;

 private:
  std::vector<float> before_;  // before_[i]: the advances of the glyphs whose cluster is before byte i
};

struct LineBitmap {
  int width = 0, height = 0;
  float baseline = 0.f;                 // pixels from the top
  float origin_x = 0.f;                 // pixels from the left edge to where the line starts (ink may
                                        // reach left of it: a swash, a mark)
  std::vector<unsigned char> coverage;  // width x height, 0..255
};

class TextShaper {
 public:
  TextShaper();
  ~TextShaper();
  TextShaper(const TextShaper&) = delete;
  TextShaper& operator=(const TextShaper&) = delete;

  // Adds a face (the bytes of a TrueType/OpenType font), most preferred first: e.g. Noto Sans Arabic,
  // then the UI's Noto Sans for Latin and digits. The last face added sets the size: `pixels` means
  // what it means to Dear ImGui for that face (ascent minus descent), and every face is drawn at the
  // same em size. False, with `error`, when the bytes are not a font.
  bool add_face(std::vector<unsigned char> font, std::string& error);
  int faces() const { return int(faces_.size()); }

  // Shapes one line of UTF-8 (no newline; malformed bytes become U+FFFD) at `pixels`. `language` is a
  // BCP 47 tag such as "ar" (it selects language-specific forms). Without faces, an empty line.
  ShapedLine shape(std::string_view text, float pixels, BaseDirection base, const std::string& language) const;
  // The coverage of `line` drawn at `pixels` (as shaped): its advances and all its ink, plus a pixel.
  LineBitmap rasterise(const ShapedLine& line, float pixels) const;

 private:
  struct Face;
  std::vector<std::unique_ptr<Face>> faces_;
  float em_pixels(float pixels) const;
};

}  // namespace lureproof::platform
