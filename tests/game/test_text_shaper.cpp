// The native text shaper (game/platform/text_shaper.h, issue #21): its glyphs for an Arabic line are
// those of `hb-shape` on the same font, numbers and Latin names keep their order inside Arabic text
// (the Unicode bidirectional algorithm), letters join, marks sit on their base, it draws ink, and a
// line's pieces between spaces are as wide summed from its clusters (ClusterWidths) as shaped alone.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../support/hb_shape.h"
#include "platform/text_shaper.h"

using lureproof::platform::BaseDirection;
using lureproof::platform::ShapedLine;
using lureproof::platform::TextShaper;
using lureproof_test::HbGlyph;

namespace {

std::vector<unsigned char> read_font(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string kArabicFont = std::string(LUREPROOF_FONT_SOURCE_DIR) + "/NotoSansArabic-Regular.ttf";
const std::string kLatinFont = std::string(LUREPROOF_FONT_SOURCE_DIR) + "/NotoSans-Regular.ttf";

void add(TextShaper& shaper, const std::string& path) {
  std::string error;
  REQUIRE_MESSAGE(shaper.add_face(read_font(path), error), path << ": " << error);
}

// The glyphs of `line` that come from face `face`, left to right.
std::vector<unsigned> glyphs_of(const ShapedLine& line, int face) {
  std::vector<unsigned> ids;
  for (const auto& g : line.glyphs)
    if (g.face == face) ids.push_back(g.glyph);
  return ids;
}

}  // namespace

TEST_CASE("an Arabic line has the glyphs and positions hb-shape gives for the same font") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  // "Hello, and welcome" with a tanween mark, and a line of the help screen's kind.
  for (const std::string text : {"مرحبًا بكم", "اطلب المساعدة: اتصل بخط المساعدة"}) {
    CAPTURE(text);
    const std::vector<HbGlyph> expected = lureproof_test::hb_shape_arabic(LUREPROOF_HB_SHAPE, kArabicFont, text);
    const ShapedLine line = shaper.shape(text, 40.f, BaseDirection::Auto, "ar");
    CHECK(line.right_to_left);
    CHECK(line.missing == 0);
    REQUIRE(line.glyphs.size() == expected.size());
    float units = 0.f;
    for (const HbGlyph& g : expected) units += float(g.advance);
    const float scale = line.width / units;  // pixels per font unit
    CHECK(scale > 0.f);
    float pen = 0.f;
    for (size_t i = 0; i < expected.size(); ++i) {
      CAPTURE(i);
      CHECK(line.glyphs[i].glyph == expected[i].glyph);
      CHECK(line.glyphs[i].advance == doctest::Approx(float(expected[i].advance) * scale).epsilon(0.001));
      CHECK(line.glyphs[i].x == doctest::Approx(pen + float(expected[i].x_offset) * scale).epsilon(0.001));
      CHECK(line.glyphs[i].y == doctest::Approx(float(expected[i].y_offset) * scale).epsilon(0.001));
      pen += float(expected[i].advance) * scale;
    }
  }
}

TEST_CASE("letters join: a letter alone and inside a word are different glyphs") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  const ShapedLine alone = shaper.shape("ب", 40.f, BaseDirection::Auto, "ar");
  const ShapedLine joined = shaper.shape("ببب", 40.f, BaseDirection::Auto, "ar");
  REQUIRE(alone.glyphs.size() == 1);
  REQUIRE(joined.glyphs.size() == 3);
  // Visual order: final form on the left, initial on the right; all three differ from the isolated.
  for (const auto& g : joined.glyphs) CHECK(g.glyph != alone.glyphs[0].glyph);
  CHECK(joined.glyphs[0].glyph != joined.glyphs[2].glyph);
}

TEST_CASE("numbers and a Latin address inside Arabic text keep their own order") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  add(shaper, kLatinFont);
  // "Call 116111 now": digits keep their order between the Arabic words, the first word on the right.
  const std::string call = "اتصل بالرقم 116111 الآن";
  const ShapedLine line = shaper.shape(call, 32.f, BaseDirection::Auto, "ar");
  CHECK(line.right_to_left);
  CHECK(line.missing == 0);
  const auto cluster_x = [](const ShapedLine& shaped, unsigned byte) {
    for (const auto& g : shaped.glyphs)
      if (g.cluster == byte) return g.x;
    FAIL("no glyph for byte " << byte);
    return 0.f;
  };
  const unsigned number = unsigned(call.find("116111"));
  for (unsigned digit = number; digit + 1 < number + 6; ++digit)
    CHECK(cluster_x(line, digit) < cluster_x(line, digit + 1));
  CHECK(cluster_x(line, 0) > cluster_x(line, number + 5));                        // "اتصل" right of it
  CHECK(cluster_x(line, unsigned(call.find("الآن"))) < cluster_x(line, number));  // "الآن" left of it

  // A number with a space is two numbers to the bidirectional algorithm (in an Arabic sentence
  // "116 111" shows as "111 116"): a translation wraps it in an isolate (U+2066 ... U+2069), which
  // keeps it whole and left to right, and which no font needs to have.
  const std::string isolated = "اتصل بالرقم \u2066116 111\u2069 الآن";
  const ShapedLine phone = shaper.shape(isolated, 32.f, BaseDirection::Auto, "ar");
  CHECK(phone.missing == 0);
  const unsigned start = unsigned(isolated.find("116 111"));
  for (unsigned byte = start; byte + 1 < start + 7; ++byte) CHECK(cluster_x(phone, byte) < cluster_x(phone, byte + 1));
  const std::string plain = "اتصل بالرقم 116 111 الآن";
  const ShapedLine split = shaper.shape(plain, 32.f, BaseDirection::Auto, "ar");
  const unsigned first = unsigned(plain.find("116")), second = unsigned(plain.find("111"));
  CHECK(cluster_x(split, first) > cluster_x(split, second));  // what the isolate is for

  const std::string visit = "زوروا www.example.org اليوم";
  const ShapedLine url = shaper.shape(visit, 32.f, BaseDirection::Auto, "ar");
  CHECK(url.missing == 0);
  // The address comes from the Latin face (the Arabic one lacks Latin letters), left to right, the
  // same glyphs as on its own.
  const unsigned begin = unsigned(visit.find("www")), end = begin + 15;
  std::vector<unsigned> address;
  float previous = -1.f;
  for (const auto& g : url.glyphs)
    if (g.cluster >= begin && g.cluster < end) {
      CHECK(g.face == 1);
      CHECK(g.x > previous);
      previous = g.x;
      address.push_back(g.glyph);
    }
  const ShapedLine alone = shaper.shape("www.example.org", 32.f, BaseDirection::LeftToRight, "en");
  CHECK(address == glyphs_of(alone, 1));
  CHECK(cluster_x(url, 0) > previous);  // "زوروا" (first) right of the address
}

TEST_CASE("a mark sits on its letter without advancing") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  const ShapedLine line = shaper.shape("بَ", 40.f, BaseDirection::Auto, "ar");  // beh with fatha
  REQUIRE(line.glyphs.size() == 2);
  int marks = 0;
  for (const auto& g : line.glyphs)
    if (g.advance == 0.f) {
      ++marks;
      CHECK(g.y != 0.f);  // moved up onto the letter by the font's mark attachment
    }
  CHECK(marks == 1);
}

TEST_CASE("bad input: malformed UTF-8, characters no face has, no faces, an empty line") {
  TextShaper none;
  CHECK(none.shape("abc", 20.f, BaseDirection::Auto, "ar").glyphs.empty());
  std::string error;
  CHECK_FALSE(none.add_face({1, 2, 3}, error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(none.add_face({}, error));

  TextShaper shaper;
  add(shaper, kArabicFont);
  const ShapedLine broken = shaper.shape(std::string("\xD8\xA8\xFF\xC3", 4), 20.f, BaseDirection::Auto, "ar");
  CHECK(broken.glyphs.size() >= 1);
  const ShapedLine unknown = shaper.shape("ب 😀", 20.f, BaseDirection::Auto, "ar");  // no emoji in this face
  CHECK(unknown.missing == 1);
  const ShapedLine empty = shaper.shape("", 20.f, BaseDirection::RightToLeft, "ar");
  CHECK(empty.glyphs.empty());
  CHECK(empty.ascent > 0.f);
  CHECK(shaper.rasterise(empty, 20.f).height > 0);
}

TEST_CASE("the rasterised line has ink where its glyphs are, and none in its empty margin") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  add(shaper, kLatinFont);
  const ShapedLine line = shaper.shape("مرحبا Lureproof", 24.f, BaseDirection::Auto, "ar");
  const auto bitmap = shaper.rasterise(line, 24.f);
  REQUIRE(bitmap.width >= int(line.width));
  REQUIRE(bitmap.height >= int(line.ascent + line.descent));
  REQUIRE(bitmap.coverage.size() == size_t(bitmap.width) * size_t(bitmap.height));
  // Ink in the left half (the Latin word, drawn left of the Arabic one) and in the right half.
  long left = 0, right = 0;
  for (int y = 0; y < bitmap.height; ++y)
    for (int x = 0; x < bitmap.width; ++x)
      (x < bitmap.width / 2 ? left : right) += bitmap.coverage[size_t(y * bitmap.width + x)];
  CHECK(left > 0);
  CHECK(right > 0);
  // The one-pixel frame stays empty.
  for (int x = 0; x < bitmap.width; ++x) {
    CHECK(bitmap.coverage[size_t(x)] == 0);
    CHECK(bitmap.coverage[size_t((bitmap.height - 1) * bitmap.width + x)] == 0);
  }
  if (const char* dump = std::getenv("LUREPROOF_SHAPER_PGM")) {  // to look at: a greyscale PGM
    std::ofstream out(dump, std::ios::binary);
    out << "P5\n" << bitmap.width << " " << bitmap.height << "\n255\n";
    out.write(reinterpret_cast<const char*>(bitmap.coverage.data()), std::streamsize(bitmap.coverage.size()));
  }
}

TEST_CASE("a line's pieces between spaces are as wide read from its glyphs as shaped alone") {
  TextShaper shaper;
  add(shaper, kArabicFont);
  add(shaper, kLatinFont);
  // The longest Arabic message (assets/l10n/ar/permit-fee.po), an address and names in isolates
  // (U+2066 ... U+2069), numbers with a currency sign, and a bare web address with a phone number.
  const std::vector<std::string> lines = {
      "طلب المساعدة نجح. في كرواتيا يفتش مفتشو العمل في مفتشية الدولة أماكن العمل، وفي أنحاء الاتحاد الأوروبي "
      "ينظمون أيام عمل مشتركة مع الشرطة ويوروبول والهيئة الأوروبية للعمل. خط المساعدة المعروض في الشاشة التالية "
      "موجود لك أو لشخص تقلق عليه. في حالة الطوارئ، اتصل بـ 112.",
      "عقد العمل يأتي من \u2066lumiere-models-europe.com\u2069، لا من عنوان الوكالة الحقيقية.",
      "نصيحة «\u2066Be Safe\u2069» من منظمة الأمن والتعاون في أوروبا: لا تعطي الوثائق إلا للشرطة.",
      "أول مصروف جيب: 600 € ناقص الطيران 450 € ناقص الطعام 60 €.",
      "زوروا www.example.org/help اليوم أو اتصلوا بالرقم 116 000 مجانًا (24/7)."};
  int pieces = 0;
  for (const std::string& text : lines) {
    CAPTURE(text);
    const ShapedLine whole = shaper.shape(text, 24.f, BaseDirection::RightToLeft, "ar");
    const lureproof::platform::ClusterWidths widths(whole, text.size());
    CHECK(widths.width(0, text.size()) == doctest::Approx(whole.width).epsilon(1e-5));
    // Every line the breaker may make: from a word's start to a word's end, shaped alone as the
    // old measure did.
    std::vector<size_t> starts, ends;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) starts.push_back(i);
      if (text[i] != ' ' && (i + 1 == text.size() || text[i + 1] == ' ')) ends.push_back(i + 1);
    }
    REQUIRE(starts.size() >= 5);
    for (size_t begin : starts)
      for (size_t end : ends)
        if (end > begin) {
          const std::string piece = text.substr(begin, end - begin);
          CAPTURE(piece);
          const float alone = shaper.shape(piece, 24.f, BaseDirection::RightToLeft, "ar").width;
          CHECK(widths.width(begin, end) == doctest::Approx(alone).epsilon(1e-5));
          ++pieces;
        }
  }
  CHECK(pieces > 1000);
}

TEST_CASE("a piece ending inside an Arabic word is measured with the word's joined forms") {
  // The documented approximation of ClusterWidths: cut inside a word, the letters keep the forms they
  // have in the word; shaped alone, the last letter would take its final form. Pieces the line breaker
  // cuts inside a word are therefore shaped alone (complex_text_native.cpp).
  TextShaper shaper;
  add(shaper, kArabicFont);
  const std::string word = "ببببب";  // five behs: initial, medial x3, final
  const ShapedLine whole = shaper.shape(word, 40.f, BaseDirection::RightToLeft, "ar");
  const lureproof::platform::ClusterWidths widths(whole, word.size());
  const std::string two = word.substr(0, 4);  // two behs: initial and final when alone
  const ShapedLine alone = shaper.shape(two, 40.f, BaseDirection::RightToLeft, "ar");
  MESSAGE("two behs: " << widths.width(0, 4) << " px inside the word, " << alone.width << " px alone");
  CHECK(widths.width(0, 4) != doctest::Approx(alone.width));
}
