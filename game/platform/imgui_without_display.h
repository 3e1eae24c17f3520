// Dear ImGui without a window or GL context: the context, a display size and a font atlas that is
// rasterised but never uploaded. Shared by the headless platform (tools/soak) and the web's text
// edition (platform_sdl.cpp, when the page has no WebGL2 or asks for text).
#pragma once

namespace platform::no_display {

// Creates ImGui's context for a display of `width` x `height` points (no backends, nothing stored).
void create_context(int width, int height);
// Builds the font atlas (the GL backend's work minus the upload) and gives it a texture id.
void build_font_atlas();
// A non-null texture id that is never drawn (ImGui images such as avatars).
void* fake_texture();

}  // namespace platform::no_display
