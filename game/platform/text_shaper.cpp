// The native text shaper (text_shaper.h): FriBidi for the levels and the visual order of the runs,
// HarfBuzz for each run's glyphs, stb_truetype for their coverage.
#include "platform/text_shaper.h"

#include <fribidi.h>
#include <hb.h>

#include <algorithm>
#include <climits>
#include <cmath>

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <stb/stb_truetype.h>

namespace lureproof::platform {

struct TextShaper::Face {
  std::vector<unsigned char> bytes;
  stbtt_fontinfo info{};
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scaled to font units (HarfBuzz's default: the face's units per em)
  int units_per_em = 1000;
  int ascent = 0, descent = 0;  // font units; descent negative

  ~Face() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  bool has(char32_t c) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(font, c, &glyph) != 0;
  }
};

namespace {

struct Character {
  char32_t code = 0;
  unsigned byte = 0;  // offset in the text
};

// UTF-8 to code points with their byte offsets; a malformed or truncated sequence is one U+FFFD per
// byte it spoils.
std::vector<Character> decode(std::string_view text) {
  std::vector<Character> out;
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    bool ok = n > 0 && i + n <= text.size();
    for (int k = 1; ok && k < n; ++k) {
      const auto cont = static_cast<unsigned char>(text[i + k]);
      ok = (cont & 0xC0) == 0x80;
      c = (c << 6) | (cont & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (!ok || c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      out.push_back({0xFFFD, unsigned(i)});
      ++i;
      continue;
    }
    out.push_back({c, unsigned(i)});
    i += n;
  }
  return out;
}

bool is_mark(char32_t c) {
  const auto category = hb_unicode_general_category(hb_unicode_funcs_get_default(), c);
  return category == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
         category == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK || category == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

// Bidi controls, joiners and other invisible format characters: no face needs to have them.
bool is_format(char32_t c) {
  return hb_unicode_general_category(hb_unicode_funcs_get_default(), c) == HB_UNICODE_GENERAL_CATEGORY_FORMAT;
}

bool is_common(char32_t c) {
  const auto script = hb_unicode_script(hb_unicode_funcs_get_default(), c);
  return script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED;
}

// A stretch of the line with one level and one face, shaped as one HarfBuzz buffer.
struct Run {
  size_t first = 0, end = 0;  // characters
  int face = 0;
  FriBidiLevel level = 0;
  FriBidiStrIndex visual = 0;  // the leftmost visual position of its characters
};

}  // namespace

TextShaper::TextShaper() = default;
TextShaper::~TextShaper() = default;

bool TextShaper::add_face(std::vector<unsigned char> font, std::string& error) {
  auto face = std::make_unique<Face>();
  face->bytes = std::move(font);
  const int offset = face->bytes.empty() ? -1 : stbtt_GetFontOffsetForIndex(face->bytes.data(), 0);
  if (offset < 0 || !stbtt_InitFont(&face->info, face->bytes.data(), offset)) {
    error = "not a TrueType or OpenType font";
    return false;
  }
  face->blob = hb_blob_create(reinterpret_cast<const char*>(face->bytes.data()), unsigned(face->bytes.size()),
                              HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  face->face = hb_face_create(face->blob, 0);
  face->font = hb_font_create(face->face);
  face->units_per_em = std::max(1u, hb_face_get_upem(face->face));
  int gap = 0;
  stbtt_GetFontVMetrics(&face->info, &face->ascent, &face->descent, &gap);
  if (face->ascent - face->descent <= 0) {
    error = "the font has no vertical metrics";
    return false;
  }
  faces_.push_back(std::move(face));
  return true;
}

float TextShaper::em_pixels(float pixels) const {
  const Face& size_face = *faces_.back();
  return pixels * float(size_face.units_per_em) / float(size_face.ascent - size_face.descent);
}

ShapedLine TextShaper::shape(std::string_view text, float pixels, BaseDirection base,
                             const std::string& language) const {
  ShapedLine line;
  if (faces_.empty()) return line;
  const std::vector<Character> chars = decode(text);
  const auto len = FriBidiStrIndex(chars.size());

  // Levels (rules P2-I1 and L1) and the visual position of every character (L2).
  std::vector<FriBidiChar> codes(chars.size());
  for (size_t i = 0; i < chars.size(); ++i) codes[i] = chars[i].code;
  std::vector<FriBidiCharType> types(chars.size());
  std::vector<FriBidiBracketType> brackets(chars.size());
  std::vector<FriBidiLevel> levels(chars.size());
  std::vector<FriBidiStrIndex> visual_to_logical(chars.size());
  fribidi_get_bidi_types(codes.data(), len, types.data());
  fribidi_get_bracket_types(codes.data(), len, types.data(), brackets.data());
  FriBidiParType direction = base == BaseDirection::RightToLeft   ? FRIBIDI_PAR_RTL
                             : base == BaseDirection::LeftToRight ? FRIBIDI_PAR_LTR
                                                                  : FRIBIDI_PAR_ON;
  bool ordered = len == 0 || fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &direction,
                                                                 levels.data()) != 0;
  for (FriBidiStrIndex i = 0; i < len; ++i) visual_to_logical[i] = i;
  if (ordered && len > 0)
    ordered =
        fribidi_reorder_line(0, types.data(), len, 0, direction, levels.data(), nullptr, visual_to_logical.data()) != 0;
  if (!ordered) std::fill(levels.begin(), levels.end(), FriBidiLevel(0));  // out of memory: as written
  line.right_to_left = ordered && FRIBIDI_IS_RTL(direction);
  std::vector<FriBidiStrIndex> visual(chars.size());
  for (FriBidiStrIndex v = 0; v < len; ++v) visual[ordered ? visual_to_logical[v] : v] = v;

  // Runs of one level and one face: a mark or a format character stays with the character before it,
  // a space or punctuation with the face before it when that face has it, anything else takes the
  // first face that has it.
  std::vector<Run> runs;
  for (size_t i = 0; i < chars.size(); ++i) {
    const char32_t c = chars[i].code;
    const int previous = runs.empty() ? -1 : runs.back().face;
    int face = -1;
    if (previous >= 0 && (is_mark(c) || is_format(c) || (is_common(c) && faces_[previous]->has(c)))) face = previous;
    if (face < 0 && is_format(c)) face = 0;
    for (int f = 0; face < 0 && f < int(faces_.size()); ++f)
      if (faces_[f]->has(c)) face = f;
    if (face < 0) {
      ++line.missing;
      face = previous >= 0 ? previous : 0;
    }
    if (runs.empty() || runs.back().face != face || runs.back().level != levels[i])
      runs.push_back({i, i, face, levels[i], visual[i]});
    runs.back().end = i + 1;
    runs.back().visual = std::min(runs.back().visual, visual[i]);
  }
  std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.visual < b.visual; });

  const float em = em_pixels(pixels);
  hb_buffer_t* buffer = hb_buffer_create();
  const hb_language_t hb_language = hb_language_from_string(language.c_str(), -1);
  float pen = 0.f;
  for (const Run& run : runs) {
    const Face& face = *faces_[run.face];
    const float scale = em / float(face.units_per_em);
    hb_buffer_clear_contents(buffer);
    const unsigned begin = chars[run.first].byte;
    const unsigned end = run.end < chars.size() ? chars[run.end].byte : unsigned(text.size());
    hb_buffer_add_utf8(buffer, text.data(), int(text.size()), begin, int(end - begin));
    hb_buffer_set_direction(buffer, FRIBIDI_LEVEL_IS_RTL(run.level) ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    if (!language.empty()) hb_buffer_set_language(buffer, hb_language);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(face.font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer, &count);
    for (unsigned g = 0; g < count; ++g) {
      ShapedGlyph glyph;
      glyph.face = run.face;
      glyph.glyph = info[g].codepoint;
      glyph.cluster = info[g].cluster;
      glyph.x = pen + float(position[g].x_offset) * scale;
      glyph.y = float(position[g].y_offset) * scale;
      glyph.advance = float(position[g].x_advance) * scale;
      pen += glyph.advance;
      line.glyphs.push_back(glyph);
    }
    line.ascent = std::max(line.ascent, float(face.ascent) * scale);
    line.descent = std::max(line.descent, float(-face.descent) * scale);
  }
  hb_buffer_destroy(buffer);
  line.width = pen;
  if (runs.empty()) {  // an empty line still has the height of the size face
    const Face& face = *faces_.back();
    const float scale = em / float(face.units_per_em);
    line.ascent = float(face.ascent) * scale;
    line.descent = float(-face.descent) * scale;
  }
  return line;
}

ClusterWidths::ClusterWidths(const ShapedLine& line, size_t bytes) : before_(bytes + 1, 0.f) {
  for (const ShapedGlyph& glyph : line.glyphs)
    if (glyph.cluster < bytes) before_[glyph.cluster + 1] += glyph.advance;
  for (size_t i = 1; i < before_.size(); ++i) before_[i] += before_[i - 1];
}

float ClusterWidths::width(size_t begin, size_t end) const {
  if (before_.empty()) return 0.f;
  end = std::min(end, before_.size() - 1);
  begin = std::min(begin, end);
  return before_[end] - before_[begin];
}

LineBitmap TextShaper::rasterise(const ShapedLine& line, float pixels) const {
  LineBitmap bitmap;
  if (faces_.empty()) return bitmap;
  const float em = em_pixels(pixels);
  // Each glyph's ink box relative to the line's origin (left end, baseline), to size the bitmap.
  struct Ink {
    int x0, y0, x1, y1;  // pixels, y down, from the whole-pixel origin of the glyph
    int origin_x;        // whole pixels of the glyph's x
    float shift;         // and the fraction rendered as subpixel shift
    int origin_y;        // whole pixels of the glyph's y (down)
  };
  std::vector<Ink> inks;
  int left = 0, right = int(std::ceil(line.width)), top = -int(std::ceil(line.ascent)),
      bottom = int(std::ceil(line.descent));
  for (const ShapedGlyph& glyph : line.glyphs) {
    const Face& face = *faces_[size_t(glyph.face)];
    const float scale = em / float(face.units_per_em);
    Ink ink{};
    ink.origin_x = int(std::floor(glyph.x));
    ink.shift = glyph.x - float(ink.origin_x);
    ink.origin_y = int(std::lround(-glyph.y));
    stbtt_GetGlyphBitmapBoxSubpixel(&face.info, int(glyph.glyph), scale, scale, ink.shift, 0.f, &ink.x0, &ink.y0,
                                    &ink.x1, &ink.y1);
    left = std::min(left, ink.origin_x + ink.x0);
    right = std::max(right, ink.origin_x + ink.x1);
    top = std::min(top, ink.origin_y + ink.y0);
    bottom = std::max(bottom, ink.origin_y + ink.y1);
    inks.push_back(ink);
  }
  bitmap.width = right - left + 2;
  bitmap.height = bottom - top + 2;
  bitmap.origin_x = float(1 - left);
  bitmap.baseline = float(1 - top);
  bitmap.coverage.assign(size_t(bitmap.width) * size_t(bitmap.height), 0);
  std::vector<unsigned char> scratch;
  for (size_t i = 0; i < line.glyphs.size(); ++i) {
    const ShapedGlyph& glyph = line.glyphs[i];
    const Ink& ink = inks[i];
    const int w = ink.x1 - ink.x0, h = ink.y1 - ink.y0;
    if (w <= 0 || h <= 0) continue;
    const Face& face = *faces_[size_t(glyph.face)];
    const float scale = em / float(face.units_per_em);
    scratch.assign(size_t(w) * size_t(h), 0);
    stbtt_MakeGlyphBitmapSubpixel(&face.info, scratch.data(), w, h, w, scale, scale, ink.shift, 0.f, int(glyph.glyph));
    const int dx = 1 - left + ink.origin_x + ink.x0, dy = 1 - top + ink.origin_y + ink.y0;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        unsigned char& to = bitmap.coverage[size_t(dy + y) * size_t(bitmap.width) + size_t(dx + x)];
        to = std::max(to, scratch[size_t(y) * size_t(w) + size_t(x)]);  // joined strokes overlap: no seams
      }
  }
  return bitmap;
}

}  // namespace lureproof::platform
