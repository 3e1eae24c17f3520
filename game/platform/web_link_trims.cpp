// Web only: library entry points replaced at link time (-Wl,--wrap=..., game/CMakeLists.txt)
// so the linker drops what the originals drag into the page. Measured together: 30 KB brotli of wasm
// and 3.7 KB of JS glue. Nothing here runs natively.
// - eglGetProcAddress (behind SDL_GL_GetProcAddress): emscripten's version names every WebGL function,
//   which keeps all of them in the page. ImGui's WebGL2 backend calls GL directly, never by name.
// - SDL_ConvertSurface: SDL's only way into its software blitters (~200 KB of raw code). Only custom
//   cursors and window icons convert surfaces; the game uses neither (ImGui's cursors are system ones).
// - SDL_RLESurface / SDL_UnRLESurface: SDL's run-length-encoded surfaces and their blitters (4 KB
//   brotli), reached through SDL_FreeSurface and SDL_LockSurface. Only SDL_RLESurface sets a surface's
//   SDL_RLEACCEL flag, and every call of SDL_UnRLESurface waits for that flag: refused, no surface is
//   ever encoded, and a blit falls back to SDL's plain path (SDL_blit.c).
// - ImFontAtlas::AddFontDefault: ImGui's built-in ProggyClean font is 12 KB of base85 text. The game
//   always loads its own fonts (ui/theme.cpp); should it ever fall back, it gets Noto Sans when the page
//   fetched it, else (the text edition, which draws nothing and fetches no fonts) a metrics-only font.
#include "platform/imgui_without_display.h"
#include "platform/platform.h"

#include <SDL.h>
#include <imgui.h>

#include <cstdio>
#include <string>

namespace lureproof {

extern "C" {

void* __wrap_eglGetProcAddress(const char* name) {
  std::fprintf(stderr, "lureproof: %s is not available by name in the web build\n", name ? name : "(null)");
  return nullptr;
}

SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, Uint32) {
  SDL_SetError("surface conversion is not part of the web build");
  return nullptr;
}

int __wrap_SDL_RLESurface(SDL_Surface*) { return -1; }  // "could not encode": the surface stays plain

void __wrap_SDL_UnRLESurface(SDL_Surface*, int) {}  // never encoded: nothing to decode

// ImFontAtlas::AddFontDefault(const ImFontConfig*), by its mangled name.
ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas, const ImFontConfig* config) {
  ImFontConfig c = config ? *config : ImFontConfig();
  const std::string path = platform::default_assets_dir(nullptr) + "/fonts/NotoSans-Regular.ttf";
  const float size = c.SizePixels > 0.f ? c.SizePixels : 16.f;
  ImFont* font = atlas->AddFontFromFileTTF(path.c_str(), size, &c);  // null without the file (NDEBUG: no assert)
  return font ? font : platform::no_display::metrics_font(atlas, size);
}

}  // extern "C"

}  // namespace lureproof
