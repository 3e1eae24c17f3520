// Avatar drawing and a small cache of decoded avatar images (decoded once, kept for the process).
#include "ui/avatar.h"

#include "platform/platform.h"
#include "journey/display_text.h"
#include "ui/mirror.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"

#include <stb/stb_image.h>

#include <cstdio>
#include <map>

namespace lureproof {

namespace {

struct Image {
  ImTextureID texture = nullptr;
};

// Decoded once per path; a file that cannot be read is reported once and then shows initials.
ImTextureID avatar_texture(const std::string& path, const std::string& character) {
  static std::map<std::string, Image> cache;
  auto it = cache.find(path);
  if (it != cache.end()) return it->second.texture;
  Image img;
  int w = 0, h = 0, n = 0;
  if (unsigned char* pixels = stbi_load(path.c_str(), &w, &h, &n, 4)) {
    img.texture = platform::create_texture_rgba(pixels, w, h);
    stbi_image_free(pixels);
    if (!img.texture)
      std::fprintf(stderr,
                   "lureproof: warning: avatar image '%s' of character '%s' (%dx%d) could not be uploaded; "
                   "showing initials\n",
                   path.c_str(), character.c_str(), w, h);
  } else {
    std::fprintf(stderr,
                 "lureproof: warning: avatar image '%s' of character '%s' could not be read (%s); showing "
                 "initials\n",
                 path.c_str(), character.c_str(), stbi_failure_reason());
  }
  cache[path] = img;
  return img.texture;
}

int hex(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

}  // namespace

ImU32 character_colour(const lure::Character* c) {
  if (c && c->colour.size() == 7 && c->colour[0] == '#') {
    int v[6];
    bool ok = true;
    for (int i = 0; i < 6; ++i) ok = ok && (v[i] = hex(c->colour[size_t(i + 1)])) >= 0;
    if (ok) return IM_COL32(v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5], 255);
  }
  return IM_COL32(92, 107, 122, 255);
}

void draw_avatar(ImDrawList* dl, ImVec2 c, float r, const lure::Character* who, const Theme& theme,
                 const std::string& base_dir) {
  if (who && !who->avatar.empty()) {
    const std::string path = who->avatar[0] == '/' ? who->avatar : base_dir + "/" + who->avatar;
    if (ImTextureID tex = avatar_texture(path, who->id)) {
      // A photo reads the same in a mirrored frame (ui/mirror.h flips back only plain image quads).
      const bool flip = ui::mirrored();
      dl->AddImageRounded(tex, ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), ImVec2(flip ? 1.f : 0.f, 0.f),
                          ImVec2(flip ? 0.f : 1.f, 1.f), IM_COL32_WHITE, r);
      return;
    }
  }
  const ImU32 bg = character_colour(who);
  dl->AddCircleFilled(c, r, bg, 40);
  if (theme.high_contrast()) dl->AddCircle(c, r, theme.palette().card_border, 40, theme.sp(2.f));
  std::string initials = who ? who->initials : "";
  if (initials.empty() && who && !who->name.empty()) initials = first_character(who->name);
  ImFont* f = theme.fonts().body_bold;
  const float size = r * 0.9f;
  const ImVec2 ts(text_width(f, size, initials), size);
  draw_line(dl, f, size, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32(255, 255, 255, 255), initials);
  const UiBox circle{ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), {}};
  if (tracing_layout())
    trace_text_box(dl, initials, wrapped_lines(f, size, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), initials),
                   &circle);
}

}  // namespace lureproof
