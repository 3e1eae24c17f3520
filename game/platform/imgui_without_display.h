// Dear ImGui without a window or GL context: the context, a display size and a font atlas that is
// rasterised but never uploaded. Shared by the headless platform (tools/soak) and the web's text
// edition (platform_sdl.cpp, when the page has no WebGL2 or asks for text); also the ImGui context
// settings every platform shares.
#pragma once

struct ImFont;
struct ImFontAtlas;

namespace lureproof {

namespace platform {
// Creates ImGui's context as every platform does: nothing written to disk, keyboard and gamepad
// navigation on (platform_sdl.cpp adds its backends, no_display::create_context a display size).
void create_imgui_context();
}  // namespace platform

namespace platform::no_display {

// Creates ImGui's context for a display of `width` x `height` points (no backends, nothing stored).
void create_context(int width, int height);
// Builds the font atlas (the GL backend's work minus the upload) and gives it a texture id; an atlas
// holding only a metrics font has nothing to rasterise.
void build_font_atlas();
// A non-null texture id that is never drawn (ImGui images such as avatars).
void* fake_texture();
// A font with metrics only (every character as wide as '?', nothing to draw), added to `atlas`: the
// web's text edition lays out its frames without the font files, which only the canvas fetches.
ImFont* metrics_font(ImFontAtlas* atlas, float size);

}  // namespace platform::no_display

}  // namespace lureproof
