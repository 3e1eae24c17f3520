// The visual design shared by every screen: palette (normal and high contrast), type scale, spacing
// tokens and fonts. Screens take colours, fonts and sizes from here so settings apply everywhere.
#pragma once

#include "ui/emoji_atlas.h"

#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

namespace lureproof {

struct Palette {
  ImU32 background_top, background_bottom;
  ImU32 text, text_muted, accent, accent_text, warning, card, card_border;
  // Surfaces and states added for the journey.
  ImU32 surface, surface_text, surface_muted;  // the phone screen and light cards
  ImU32 bubble_in, bubble_in_text, bubble_out, bubble_out_text;
  ImU32 app_bar, app_bar_text;
  ImU32 success, danger, flag, focus;
  ImU32 button, button_text, button_secondary, button_secondary_text, disabled, disabled_text;
  ImU32 scrim;  // behind overlays
};

// The Studio editor's colours: a code editor stays dark (in either contrast mode), and each kind of
// .lure syntax has a colour of at least 4.5:1 (WCAG AA) against the background (tests/ui checks).
struct CodeColours {
  ImU32 background, gutter, gutter_line, line_number, line_number_current, caret;
  ImU32 text, comment, header_key, keyword, node_id, channel, ending, property, speaker, choice, tag, condition,
      variable;
};
const CodeColours& code_colours();

struct Fonts {
  ImFont* small = nullptr;      // timestamps, captions
  ImFont* body = nullptr;       // messages, buttons
  ImFont* body_bold = nullptr;  // emphasis, names
  ImFont* heading = nullptr;    // screen headings
  ImFont* title = nullptr;      // the attract title
};

// Spacing tokens in points at 1x; multiply by Theme::scale() (see Theme::sp).
namespace space {
constexpr float xs = 4.f, s = 8.f, m = 16.f, l = 24.f, xl = 40.f, xxl = 64.f;
constexpr float touch = 56.f;   // minimum touch target (>= 48 at 1x)
constexpr float radius = 18.f;  // cards and buttons
}  // namespace space

class Theme {
 public:
  // Loads the subset Noto Sans faces from `assets_dir`/fonts at sizes for `ui_scale` (the layout
  // scale) times `text_size` (the visitor's 100-200 % setting). Returns false (and a message) when
  // no font file could be read; ImGui's default font is used then.
  // `starter`: the text faces hold only the first screen's glyphs (Basic Latin, common punctuation
  // and the starter text), which rasterises several times faster; load again without it for the rest.
  bool load_fonts(const std::string& assets_dir, float ui_scale, std::string& error, float text_size = 1.f,
                  bool starter = false);
  void apply_style(bool high_contrast);
  // The text the title font must be able to draw (every tagline in use); set before load_fonts.
  void set_title_text(std::string text) { title_text_ = std::move(text); }
  // Text a starter atlas must draw besides Basic Latin (the language names on the attract screen).
  void set_starter_text(std::string text) { starter_text_ = std::move(text); }
  // Whether the loaded atlas is a starter one (see load_fonts).
  bool starter_glyphs() const { return starter_glyphs_; }
  // A font supplement: the letters of one language that the base fonts lack, in the web edition's
  // language pack (`dir` = <assets>/l10n/<lang>: font-supplement.txt and its two faces, written by
  // scripts/build-steps/l10n-glyphs.py supplement). Read once and merged into every text face by each
  // full load_fonts from then on; its letters count as supported (journey/display_text.h). Returns true
  // when one was added (load the fonts again), false when `dir` has none (natively never: the fonts
  // carry every language), it was added before, or a file is missing or empty.
  bool add_font_supplement(const std::string& dir);
  // The characters of `texts` that no loaded face can draw (the first frame's check of a starter atlas).
  std::string missing_glyphs(const std::vector<std::string>& texts) const;

  float scale() const { return scale_; }  // layout scale (spacing, shapes)
  float text_scale() const { return scale_ * text_size_; }
  float sp(float points) const { return points * scale_; }
  bool high_contrast() const { return high_contrast_; }
  const Fonts& fonts() const { return fonts_; }
  const Palette& palette() const { return palette_; }

  // Layout scale for a framebuffer: keeps text readable from 360x640 portrait to 3840x2160.
  static float scale_for(int width_px, int height_px, float text_size = 1.f);

 private:
  float scale_ = 1.f;
  float text_size_ = 1.f;
  bool high_contrast_ = false;
  Fonts fonts_;
  Palette palette_{};
  std::string title_text_;
  std::string starter_text_;
  bool starter_glyphs_ = false;
  ImVector<ImWchar> title_ranges_;      // the title font's glyphs; the atlas points here until rebuilt
  ImVector<ImWchar> starter_ranges_;    // the text faces' glyphs in a starter atlas, likewise
  std::string regular_ttf_, bold_ttf_;  // read once; the atlas borrows them (not owned by it)
  EmojiAtlas emoji_;                    // the emoji sheets, read as they arrive
  struct FontSupplement {
    std::string dir, regular_ttf, bold_ttf;  // the atlas borrows the faces
    ImVector<ImWchar> ranges;                // its letters, as glyph ranges
  };
  std::vector<std::unique_ptr<FontSupplement>> supplements_;  // the atlas points into them: never moved
};

}  // namespace lureproof
