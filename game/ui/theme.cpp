// Palette, type scale and font loading (Noto Sans subset to Latin, Latin Extended, Greek, Cyrillic;
// the content's colour emoji, ui/emoji_atlas.h).
#include "ui/theme.h"

#include "journey/display_text.h"
#include "lure/file_source.h"
#include "ui/complex_lines.h"
#include "ui/text_layout.h"

#include <imgui_internal.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace lureproof {

float Theme::scale_for(int width_px, int height_px, float text_size) {
  // The short side sets the scale; very wide screens get a little more so text stays readable.
  const float short_side = float(std::min(width_px, height_px));
  const float long_side = float(std::max(width_px, height_px));
  float s = std::max(short_side / 800.f, long_side / 1600.f);
  s = std::clamp(s, 0.8f, 3.f);
  return s * std::clamp(text_size, 1.f, 2.f);
}

namespace {
// Glyph ranges ({first, last, ..., 0}) of the given ranges plus every character of `text`: what
// ImFontGlyphRangesBuilder does, without walking all 64K code points in its bit set.
void build_ranges(const ImWchar* base, const std::string& text, ImVector<ImWchar>& out) {
  std::vector<unsigned> chars;
  for (const ImWchar* r = base; r && r[0]; r += 2)
    for (unsigned c = r[0]; c <= r[1]; ++c) chars.push_back(c);
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    unsigned int c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    if (c > 0 && c <= IM_UNICODE_CODEPOINT_MAX) chars.push_back(c);
  }
  std::sort(chars.begin(), chars.end());
  out.clear();
  for (size_t i = 0; i < chars.size(); ++i) {
    if (!out.empty() && (chars[i] == unsigned(out.back()) || chars[i] == unsigned(out.back()) + 1)) {
      out.back() = ImWchar(chars[i]);
      continue;
    }
    out.push_back(ImWchar(chars[i]));
    out.push_back(ImWchar(chars[i]));
  }
  out.push_back(0);
}

// Reads a whole font file into `out`; false when it is missing, unreadable or empty.
bool read_font_file(const std::string& path, std::string& out) {
  std::optional<std::string> data = lure::DiskFileSource().read(path);
  if (data && !data->empty()) out = std::move(*data);
  return data && !out.empty();
}
}  // namespace

bool Theme::load_fonts(const std::string& assets_dir, float ui_scale, std::string& error, float text_size,
                       bool starter) {
  scale_ = ui_scale;
  text_size_ = std::clamp(text_size, 1.f, 2.f);
  const float ts = scale_ * text_size_;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  clear_text_layouts();  // laid out with the fonts just freed
  const std::string dir = assets_dir + "/fonts";
  auto fallback = [&](std::string message) {
    error = std::move(message);
    io.Fonts->Clear();
    fonts_.small = fonts_.body = fonts_.body_bold = fonts_.heading = fonts_.title = io.Fonts->AddFontDefault();
    emoji_.skip();
    return false;
  };
  // Each file is read once and lent to every size of its face (a rebuild reuses what was read).
  if ((regular_ttf_.empty() && !read_font_file(dir + "/NotoSans-Regular.ttf", regular_ttf_)) ||
      (bold_ttf_.empty() && !read_font_file(dir + "/NotoSans-Bold.ttf", bold_ttf_)))
    return fallback("fonts not found in " + dir + "; using the built-in font");
  // Horizontal oversampling sharpens small text at fractional positions; big glyphs gain nothing
  // from it but atlas space and build time (the atlas is built before the first frame).
  ImFontConfig config;
  config.OversampleH = ts > 2.f ? 1 : 2;
  config.OversampleV = 1;
  config.FontDataOwnedByAtlas = false;
  ImFontConfig large = config;
  large.OversampleH = 1;
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // no unused rows to convert and upload
  const ImWchar* ranges = reinterpret_cast<const ImWchar*>(supported_glyph_ranges());
  starter_glyphs_ = starter;
  if (starter) {
    // The first screen in English: Basic Latin, no-break space, middle dot, dashes, quotes, bullet,
    // ellipsis, euro, and the starter text (the language names in their own scripts): about a third
    // of the supported glyphs. App checks the first frame against it (missing_glyphs). Without
    // U+FFFD (the replacement character, in the whole atlas): ImGui indexes each face up to its
    // highest character, and 64K entries per face were a third of the starter atlas's build time.
    static const ImWchar kStarter[] = {0x0020, 0x007E, 0x00A0, 0x00A0, 0x00B7, 0x00B7,
                                       0x2010, 0x2027, 0x20AC, 0x20AC, 0};
    build_ranges(kStarter, starter_text_, starter_ranges_);
    ranges = starter_ranges_.Data;
  }
  // The attract title shows only the taglines: its glyphs are exactly theirs (and '?', ImGui's
  // fallback), which keeps the biggest font's share of the atlas small. Rebuilt here because the
  // atlas, cleared above, no longer points at the previous ranges.
  build_ranges(nullptr, "? " + title_text_, title_ranges_);
  // Sizes are capped so the atlas stays within a 4096-pixel texture on 4K screens at 200 % text.
  auto size = [&](float points, float cap) { return std::min(points * ts, cap); };
  // A named config spares ImGui formatting a name for each face (cold printf code in the browser).
  auto add = [&](std::string& ttf, const char* name, float pixels, ImFontConfig cfg, const ImWchar* glyphs) {
    ImStrncpy(cfg.Name, name, IM_ARRAYSIZE(cfg.Name));
    return io.Fonts->AddFontFromMemoryTTF(ttf.data(), int(ttf.size()), pixels, &cfg, glyphs);
  };
  // Each font supplement's letters go into the face added just before (ImGui's merge mode); a starter
  // atlas has none of them.
  auto merge_supplements = [&](bool bold, float pixels, ImFontConfig cfg) {
    if (starter) return;
    cfg.MergeMode = true;
    for (auto& s : supplements_) add(bold ? s->bold_ttf : s->regular_ttf, "supplement", pixels, cfg, s->ranges.Data);
  };
  fonts_.small = add(regular_ttf_, "small", size(19.f, 80.f), config, ranges);
  merge_supplements(false, size(19.f, 80.f), config);
  fonts_.body = add(regular_ttf_, "body", size(24.f, 96.f), config, ranges);
  merge_supplements(false, size(24.f, 96.f), config);
  fonts_.body_bold = add(bold_ttf_, "body bold", size(24.f, 96.f), config, ranges);
  merge_supplements(true, size(24.f, 96.f), config);
  fonts_.heading = add(bold_ttf_, "heading", size(36.f, 120.f), large, ranges);
  merge_supplements(true, size(36.f, 120.f), large);
  fonts_.title =
      add(bold_ttf_, "title", std::min(72.f * scale_ * std::min(text_size_, 1.3f), 200.f), large, title_ranges_.Data);
  if (!fonts_.small || !fonts_.body || !fonts_.body_bold || !fonts_.heading || !fonts_.title)
    return fallback("could not read the fonts in " + dir);
  set_complex_bold_fonts({fonts_.body_bold, fonts_.heading, fonts_.title});  // Arabic in bold
  // Colour emoji for the text faces (not the title's taglines); a starter atlas has none.
  if (starter) {
    emoji_.skip();
  } else if (emoji_.load(dir + "/emoji") > 0) {
    emoji_.add_glyphs(*io.Fonts, fonts_.small, size(19.f, 80.f));
    emoji_.add_glyphs(*io.Fonts, fonts_.body, size(24.f, 96.f));
    emoji_.add_glyphs(*io.Fonts, fonts_.body_bold, size(24.f, 96.f));
    emoji_.add_glyphs(*io.Fonts, fonts_.heading, size(36.f, 120.f));
    emoji_.paint(*io.Fonts);
  } else {
    emoji_.skip();
  }
  io.FontDefault = fonts_.body;
  return true;
}

bool Theme::add_font_supplement(const std::string& dir) {
  for (const auto& s : supplements_)
    if (s->dir == dir) return false;
  std::string regular, bold;
  const std::optional<std::string> text = lure::DiskFileSource().read(dir + "/font-supplement.txt");
  if (!text || text->empty() || !read_font_file(dir + "/font-supplement-Regular.ttf", regular) ||
      !read_font_file(dir + "/font-supplement-Bold.ttf", bold))
    return false;
  FontSupplement& s = *supplements_.emplace_back(std::make_unique<FontSupplement>());
  s.dir = dir;
  s.regular_ttf = std::move(regular);
  s.bold_ttf = std::move(bold);
  build_ranges(nullptr, *text, s.ranges);
  add_supported_glyphs(*text);
  return true;
}

std::string Theme::missing_glyphs(const std::vector<std::string>& texts) const {
  std::string missing;
  const ImFont* faces[] = {fonts_.small, fonts_.body, fonts_.body_bold, fonts_.heading, fonts_.title};
  for (const std::string& text : texts) {
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
      unsigned int c = 0;
      const char* from = s;
      s += ImTextCharFromUtf8(&c, s, end);
      if (c < 0x20 || c == 0x200D || c == 0xFE0F) continue;  // controls, joiners, emoji selectors
      bool drawable = false;
      for (const ImFont* face : faces)
        if (face && face->FindGlyphNoFallback(ImWchar(c))) drawable = true;
      if (!drawable && missing.find(std::string(from, s)) == std::string::npos) missing.append(from, s);
    }
  }
  return missing;
}

const CodeColours& code_colours() {
  static const CodeColours c = {
      IM_COL32(18, 22, 34, 255),     // background
      IM_COL32(28, 33, 48, 255),     // gutter
      IM_COL32(50, 60, 90, 255),     // gutter_line: the caret's line
      IM_COL32(140, 148, 170, 255),  // line_number
      IM_COL32(235, 238, 248, 255),  // line_number_current
      IM_COL32(255, 255, 255, 255),  // caret
      IM_COL32(224, 228, 240, 255),  // text
      IM_COL32(140, 150, 172, 255),  // comment
      IM_COL32(255, 196, 87, 255),   // header_key
      IM_COL32(200, 150, 255, 255),  // keyword
      IM_COL32(120, 200, 255, 255),  // node_id
      IM_COL32(110, 220, 200, 255),  // channel
      IM_COL32(255, 138, 128, 255),  // ending
      IM_COL32(230, 184, 130, 255),  // property
      IM_COL32(130, 220, 150, 255),  // speaker
      IM_COL32(255, 222, 110, 255),  // choice
      IM_COL32(160, 170, 200, 255),  // tag
      IM_COL32(245, 160, 215, 255),  // condition
      IM_COL32(185, 230, 110, 255),  // variable
  };
  return c;
}

void Theme::apply_style(bool high_contrast) {
  high_contrast_ = high_contrast;
  Palette& p = palette_;
  if (high_contrast) {
    const ImU32 black = IM_COL32(0, 0, 0, 255), white = IM_COL32(255, 255, 255, 255),
                yellow = IM_COL32(255, 221, 0, 255);
    p = {};
    p.background_top = p.background_bottom = black;
    p.text = white;
    p.text_muted = IM_COL32(235, 235, 235, 255);
    p.accent = yellow;
    p.accent_text = black;
    p.warning = IM_COL32(255, 170, 170, 255);
    p.card = black;
    p.card_border = white;
    p.surface = black;
    p.surface_text = white;
    p.surface_muted = IM_COL32(230, 230, 230, 255);
    p.bubble_in = black;
    p.bubble_in_text = white;
    p.bubble_out = IM_COL32(0, 0, 0, 255);
    p.bubble_out_text = yellow;
    p.app_bar = black;
    p.app_bar_text = yellow;
    p.success = IM_COL32(120, 255, 140, 255);
    p.danger = IM_COL32(255, 140, 140, 255);
    p.flag = IM_COL32(255, 120, 120, 255);
    p.focus = IM_COL32(0, 230, 255, 255);
    p.button = yellow;
    p.button_text = black;
    p.button_secondary = black;
    p.button_secondary_text = white;
    p.disabled = IM_COL32(60, 60, 60, 255);
    p.disabled_text = IM_COL32(220, 220, 220, 255);
    p.scrim = IM_COL32(0, 0, 0, 235);
  } else {
    p.background_top = IM_COL32(18, 32, 58, 255);
    p.background_bottom = IM_COL32(36, 22, 64, 255);
    p.text = IM_COL32(245, 246, 250, 255);
    p.text_muted = IM_COL32(196, 204, 224, 255);
    p.accent = IM_COL32(255, 196, 87, 255);
    p.accent_text = IM_COL32(28, 24, 40, 255);
    p.warning = IM_COL32(255, 138, 128, 255);
    p.card = IM_COL32(255, 255, 255, 22);
    p.card_border = IM_COL32(255, 255, 255, 60);
    p.surface = IM_COL32(248, 248, 251, 255);
    p.surface_text = IM_COL32(24, 26, 36, 255);
    p.surface_muted = IM_COL32(92, 98, 116, 255);
    p.bubble_in = IM_COL32(233, 236, 244, 255);
    p.bubble_in_text = IM_COL32(20, 24, 36, 255);
    p.bubble_out = IM_COL32(40, 92, 160, 255);
    p.bubble_out_text = IM_COL32(255, 255, 255, 255);
    p.app_bar = IM_COL32(40, 92, 160, 255);
    p.app_bar_text = IM_COL32(255, 255, 255, 255);
    p.success = IM_COL32(120, 220, 160, 255);
    p.danger = IM_COL32(255, 138, 128, 255);
    p.flag = IM_COL32(214, 58, 58, 255);
    p.focus = IM_COL32(120, 200, 255, 255);
    p.button = IM_COL32(255, 196, 87, 255);
    p.button_text = IM_COL32(28, 24, 40, 255);
    p.button_secondary = IM_COL32(255, 255, 255, 28);
    p.button_secondary_text = IM_COL32(245, 246, 250, 255);
    p.disabled = IM_COL32(255, 255, 255, 14);
    p.disabled_text = IM_COL32(170, 176, 196, 255);
    p.scrim = IM_COL32(8, 12, 24, 215);
  }
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowBorderSize = 0.f;
  style.WindowPadding = ImVec2(0, 0);
  style.FrameRounding = 14.f;
  style.FramePadding = ImVec2(20.f, 14.f);
  style.ItemSpacing = ImVec2(16.f, 16.f);
  style.ScrollbarSize = 10.f;
  style.ScrollbarRounding = 6.f;
  style.ScaleAllSizes(scale_);
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.text);
  c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(p.card_border);
  c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.accent);
  c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(p.accent);
  c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(p.accent);
  c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0);  // widgets draw their own focus ring
}

}  // namespace lureproof
