// Measuring Arabic for the line breaker (issue #21): each paragraph is shaped once and the breaker's
// words, spaces and lines are read from its glyphs (complex_text_native.cpp). The lines and their widths
// must be those of shaping every piece alone (the old measure), and breaking must be faster; the
// CPU times of both are printed.
#include "platform/complex_text.h"
#include "platform/text_shaper.h"
#include "ui/complex_lines.h"
#include "ui/line_breaker.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace lureproof;

namespace {
const std::string kFonts = std::string(LUREPROOF_BUILD_ASSETS) + "/fonts/";
constexpr float kPixels = 24.f;

// The longest Arabic message (assets/l10n/ar/permit-fee.po), one with an address in an isolate, and
// one with a bare web address and numbers.
const std::vector<std::string> kTexts = {
    "طلب المساعدة نجح. في كرواتيا يفتش مفتشو العمل في مفتشية الدولة أماكن العمل، وفي أنحاء الاتحاد الأوروبي "
    "ينظمون أيام عمل مشتركة مع الشرطة ويوروبول والهيئة الأوروبية للعمل. خط المساعدة المعروض في الشاشة التالية "
    "موجود لك أو لشخص تقلق عليه. في حالة الطوارئ، اتصل بـ 112.",
    "عقد العمل يأتي من \u2066lumiere-models-europe.com\u2069، لا من عنوان الوكالة الحقيقية. أي أحد يستطيع "
    "تسجيل اسم يبدو شبه مطابق.",
    "زوروا www.example.org/help/arabic/contact-us-today اليوم\nأو اتصلوا بالرقم 116 000 مجانًا (24/7)."};

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The measure before the change: every piece shaped alone, with the same faces as the game's.
struct ShapeEveryPiece {
  platform::TextShaper shaper;
  ShapeEveryPiece() {
    for (const char* name : {"NotoSansArabic-Regular.ttf", "NotoSans-Regular.ttf"}) {
      std::ifstream in(kFonts + name, std::ios::binary);
      std::string error;
      REQUIRE_MESSAGE(shaper.add_face({std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}, error),
                      name << ": " << error);
    }
  }
  float operator()(std::string_view piece) const {
    return shaper.shape(piece, kPixels, platform::BaseDirection::RightToLeft, "ar").width;
  }
};

std::vector<TextLine> break_shaping_every_piece(const ShapeEveryPiece& old, std::string_view text, float wrap) {
  return break_lines(
      text, wrap, [&](std::string_view s) { return old(s); }, nullptr);
}

std::vector<TextLine> break_shaping_once(std::string_view text, float wrap) {
  measure_complex_paragraphs(kPixels, text);
  return break_lines(
      text, wrap, [](std::string_view s) { return platform::complex_text::measure(s, kPixels); }, nullptr);
}
}  // namespace

TEST_CASE("Arabic lines broken from one shaping per paragraph are those of shaping every piece") {
  select_complex_text("ar", LUREPROOF_BUILD_ASSETS);
  REQUIRE(complex_lines_active());
  const ShapeEveryPiece old;

  for (const std::string& text : kTexts) {
    CAPTURE(text);
    std::vector<float> wraps = {40.f, 60.f, 80.f};  // narrower than some words: cut inside them
    for (float wrap = 120.f; wrap <= 720.f; wrap += 40.f) wraps.push_back(wrap);
    for (const float wrap : wraps) {
      CAPTURE(wrap);
      const std::vector<TextLine> before = break_shaping_every_piece(old, text, wrap);
      const std::vector<TextLine> after = break_shaping_once(text, wrap);
      REQUIRE(before.size() >= 1);
      CHECK(line_texts(text, after) == line_texts(text, before));
      // Each line's width read from its paragraph equals the line shaped alone.
      for (const TextLine& line : after) {
        const std::string_view piece = std::string_view(text).substr(line.begin, line.end - line.begin);
        CHECK(platform::complex_text::measure(piece, kPixels) == doctest::Approx(old(piece)).epsilon(1e-5));
      }
    }
  }

  SUBCASE("breaking the longest message is faster") {
    // Every layout breaks a text not measured before (the message and a number): measure() remembers
    // the lines it shaped, and the old measure had the same texts in complex_lines.cpp's width table.
    constexpr int kRounds = 15, kLayouts = 20;  // a round: 20 layouts each way, interleaved
    std::vector<std::string> texts;
    for (int i = 0; i < kRounds * kLayouts; ++i) texts.push_back(kTexts[0] + " " + std::to_string(i));
    std::vector<double> before, after;
    for (int round = 0; round < kRounds; ++round) {
      double start = cpu_ms();
      for (int i = 0; i < kLayouts; ++i) break_shaping_every_piece(old, texts[size_t(round * kLayouts + i)], 300.f);
      before.push_back((cpu_ms() - start) / kLayouts);
      start = cpu_ms();
      for (int i = 0; i < kLayouts; ++i) break_shaping_once(texts[size_t(round * kLayouts + i)], 300.f);
      after.push_back((cpu_ms() - start) / kLayouts);
    }
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    MESSAGE("line breaking of the longest Arabic message ("
            << kTexts[0].size() << " bytes and a number, " << kPixels
            << " px, wrap 300 px), CPU ms per layout, min (median, max) of " << kRounds << " rounds of " << kLayouts
            << ": every piece shaped alone " << before.front() << " (" << before[kRounds / 2] << ", " << before.back()
            << "), one shaping per paragraph " << after.front() << " (" << after[kRounds / 2] << ", " << after.back()
            << ")");
    CHECK(after[kRounds / 2] < before[kRounds / 2]);
  }
  select_complex_text("en", LUREPROOF_BUILD_ASSETS);
}
