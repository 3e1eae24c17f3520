// Glyph coverage: every character of every shipped catalogue (translations and English sources; the
// scenarios, the quiz bank and the UI) and of the attract taglines
// must be in both subset fonts and in the ImGui glyph ranges, except emoji, which come from the colour
// emoji sheets (scripts/build-steps/emoji.py fails the build for one the emoji font lacks).
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

#include <sstream>

#include "l10n/glyph_ranges.h"
#include "l10n_test_helpers.h"

using namespace lureproof;

using namespace l10n_test;

namespace {

struct Font {
    std::string bytes;
    stbtt_fontinfo info{};
    bool ok = false;
    explicit Font(const std::string& path) : bytes(read_file(path)) {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        ok = !bytes.empty() && stbtt_InitFont(&info, data, stbtt_GetFontOffsetForIndex(data, 0)) != 0;
    }
    bool has(std::uint32_t cp) const { return stbtt_FindGlyphIndex(&info, int(cp)) != 0; }
};

std::vector<std::uint32_t> decode(const std::string& s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (int k = 1; k < len && i + std::size_t(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + std::size_t(k)]) & 0x3Fu);
        out.push_back(cp);
        i += std::size_t(len);
    }
    return out;
}

// Pictographs the text fonts need not carry (game/journey/emoji_text.h draws them): emoji, flags,
// variation selectors, joiners, skin tones, keycaps.
bool dropped_on_purpose(std::uint32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D || cp == 0x20E3 || (cp >= 0xE0000 && cp <= 0xE007F) ||
           cp == 0x2B50 || cp == 0x23F0 || cp == 0x231B || (cp >= 0x2300 && cp <= 0x23FF);
}

// In an Arabic catalogue: the Arabic block, drawn shaped (game/platform/text_shaper.h) with Noto Sans
// Arabic; and the bidirectional controls (ZWNJ, ZWJ, LRM, RLM, the isolates), which FriBidi consumes.
bool arabic_block(std::uint32_t cp) { return cp >= 0x0600 && cp <= 0x06FF; }
bool bidi_control(std::uint32_t cp) { return (cp >= 0x200C && cp <= 0x200F) || (cp >= 0x2066 && cp <= 0x2069); }

std::string hex(std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", cp);
    return buf;
}

}  // namespace

TEST_CASE("the subset fonts and the ImGui ranges carry every catalogue glyph") {
    Font regular(std::string(LURE_BUILD_ASSETS) + "/fonts/NotoSans-Regular.ttf");
    Font bold(std::string(LURE_BUILD_ASSETS) + "/fonts/NotoSans-Bold.ttf");
    REQUIRE(regular.ok);
    REQUIRE(bold.ok);
    // A right-to-left language's letters are drawn by the shaper (platform::complex_text) with the
    // build's Noto Sans Arabic cut, not by ImGui (docs/architecture.md, right-to-left text).
    Font arabic(std::string(LURE_BUILD_ASSETS) + "/fonts/NotoSansArabic-Regular.ttf");
    REQUIRE(arabic.ok);
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(LURE_SOURCE_ASSETS) + "/l10n"))
        if (e.path().extension() == ".po" || e.path().extension() == ".pot") files.push_back(e.path().string());
    REQUIRE_FALSE(files.empty());
    std::set<std::uint32_t> checked, checked_shaped;
    std::string problems;
    for (const std::string& file : files) {
        for (const PoEntry& e : read_po(file)) {
            std::string all = e.msgid + e.msgid_plural;
            for (const auto& s : e.msgstr) all += s;
            if (e.msgid.empty()) continue;  // header
            const std::string lang = std::filesystem::path(file).parent_path().filename().string();
            const bool right_to_left = lure::language_right_to_left(lang);
            for (std::uint32_t cp : decode(all)) {
                if (cp < 0x20 || dropped_on_purpose(cp)) continue;
                if (right_to_left && bidi_control(cp)) continue;
                if (right_to_left && arabic_block(cp)) {
                    if (checked_shaped.insert(cp).second && !arabic.has(cp))
                        problems += "\n" + hex(cp) + " missing from the Arabic font (" + file + ")";
                    continue;
                }
                if (!checked.insert(cp).second) continue;
                if (!regular.has(cp) || !bold.has(cp))
                    problems +=
                        "\n" + hex(cp) + " missing from the subset font (first in " + file + " " + e.context + ")";
                if (!font_has_glyph(cp))
                    problems += "\n" + hex(cp) + " missing from the ImGui glyph ranges (" + file + ")";
            }
        }
    }
    // A right-to-left language's endonym is drawn shaped, in the Arabic face; a language without one
    // shows its code, in the UI's.
    for (const std::string& lang : lure::planned_languages())  // a kiosk may enable any of them
        for (std::uint32_t cp : decode(lure::language_endonym(lang)))
            if (!(regular.has(cp) && bold.has(cp) && font_has_glyph(cp)) &&
                !(lure::language_right_to_left(lang) && arabic.has(cp)))
                problems += "\nendonym " + lang + " " + hex(cp);
    // The attract taglines of every language (build's l10n/taglines.tsv), drawn in the title font.
    const std::string taglines = read_file(std::string(LURE_BUILD_ASSETS) + "/l10n/taglines.tsv");
    CHECK(taglines.size() > 100);
    std::istringstream tagline_lines(taglines);
    for (std::string line; std::getline(tagline_lines, line);) {
        const bool arabic_line = line.rfind("ar\t", 0) == 0;  // shaped, like the Arabic catalogues
        for (std::uint32_t cp : decode(line))
            if (arabic_line && (bidi_control(cp) || arabic_block(cp))) {
                if (!bidi_control(cp) && !arabic.has(cp)) problems += "\ntagline ar " + hex(cp);
            } else if (cp >= 0x20 && (!regular.has(cp) || !bold.has(cp) || !font_has_glyph(cp))) {
                problems += "\ntagline " + hex(cp);
            }
    }
    CHECK_MESSAGE(problems.empty(), problems);
    MESSAGE(checked.size() << " distinct code points checked");
}

TEST_CASE("the ImGui ranges are exactly what the fonts carry") {
    Font regular(std::string(LURE_BUILD_ASSETS) + "/fonts/NotoSans-Regular.ttf");
    REQUIRE(regular.ok);
    int count = 0;
    for (const std::uint16_t* r = font_glyph_ranges(); r[0]; r += 2) {
        CHECK(r[0] <= r[1]);
        for (std::uint32_t cp = r[0]; cp <= r[1]; ++cp, ++count) CHECK_MESSAGE(regular.has(cp), hex(cp));
    }
    CHECK(count > 95);  // Basic Latin at least
    for (std::uint32_t cp = 0x20; cp < 0x7F; ++cp) CHECK(font_has_glyph(cp));
}

TEST_CASE("a glyph the font lacks is detected") {
    Font regular(std::string(LURE_BUILD_ASSETS) + "/fonts/NotoSans-Regular.ttf");
    REQUIRE(regular.ok);
    CHECK_FALSE(regular.has(0x4E2D));  // 中: not in Noto Sans
    CHECK_FALSE(font_has_glyph(0x4E2D));
    CHECK_FALSE(dropped_on_purpose(0x4E2D));
}
