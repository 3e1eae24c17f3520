// Web only: the GL state ImGui's OpenGL3 backend reads before every frame it draws (to restore it after)
// answered without a round trip to the browser's GPU process. WebGL answers some of those reads (viewport,
// scissor box, blend functions and equations) synchronously, and the first such read of a frame waits
// until the GPU process has finished all earlier work: with SwiftShader the last frame's rasterisation
// and, at start-up, compiling the shaders (0.2-0.8 s in one main-thread task here, the second frame's).
// The game is the only user of its WebGL context, so those values are the ones it last set: the setters
// are wrapped at link time (-Wl,--wrap=..., game/CMakeLists.txt) to keep them, and glGetIntegerv answers
// from them; every other query, and one asked before its state was ever set, goes to WebGL as before.
// The scissor setter also clips every box to the one platform::redraw_only asked for (clip_drawing).
#include "platform/platform.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstring>

namespace lureproof {

extern "C" {
void __real_glGetIntegerv(GLenum pname, GLint* data);
void __real_glViewport(GLint x, GLint y, GLsizei width, GLsizei height);
void __real_glScissor(GLint x, GLint y, GLsizei width, GLsizei height);
void __real_glBlendFunc(GLenum src, GLenum dst);
void __real_glBlendFuncSeparate(GLenum src_rgb, GLenum dst_rgb, GLenum src_alpha, GLenum dst_alpha);
void __real_glBlendEquation(GLenum mode);
void __real_glBlendEquationSeparate(GLenum mode_rgb, GLenum mode_alpha);
}

namespace {
struct KnownState {
  bool viewport_set = false, scissor_set = false;
  GLint viewport[4] = {}, scissor[4] = {};
  // GL's initial values (OpenGL ES 3.0, section 4.1.7).
  GLint blend_src_rgb = GL_ONE, blend_dst_rgb = GL_ZERO, blend_src_alpha = GL_ONE, blend_dst_alpha = GL_ZERO;
  GLint equation_rgb = GL_FUNC_ADD, equation_alpha = GL_FUNC_ADD;
};
bool g_clip_on = false;
GLint g_clip[4] = {};
KnownState& known() {
  static KnownState state;
  return state;
}
void set4(GLint* to, GLint a, GLint b, GLint c, GLint d) {
  to[0] = a;
  to[1] = b;
  to[2] = c;
  to[3] = d;
}
}  // namespace

extern "C" {
void __wrap_glViewport(GLint x, GLint y, GLsizei width, GLsizei height) {
  set4(known().viewport, x, y, width, height);
  known().viewport_set = true;
  __real_glViewport(x, y, width, height);
}
void __wrap_glScissor(GLint x, GLint y, GLsizei width, GLsizei height) {
  set4(known().scissor, x, y, width, height);
  known().scissor_set = true;
  if (g_clip_on) {  // platform::redraw_only: within the clip box only
    const GLint x0 = std::max(x, g_clip[0]), y0 = std::max(y, g_clip[1]);
    const GLint x1 = std::min(x + width, g_clip[0] + g_clip[2]), y1 = std::min(y + height, g_clip[1] + g_clip[3]);
    __real_glScissor(x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0));
    return;
  }
  __real_glScissor(x, y, width, height);
}
void __wrap_glBlendFunc(GLenum src, GLenum dst) {
  KnownState& k = known();
  k.blend_src_rgb = k.blend_src_alpha = GLint(src);
  k.blend_dst_rgb = k.blend_dst_alpha = GLint(dst);
  __real_glBlendFunc(src, dst);
}
void __wrap_glBlendFuncSeparate(GLenum src_rgb, GLenum dst_rgb, GLenum src_alpha, GLenum dst_alpha) {
  KnownState& k = known();
  k.blend_src_rgb = GLint(src_rgb);
  k.blend_dst_rgb = GLint(dst_rgb);
  k.blend_src_alpha = GLint(src_alpha);
  k.blend_dst_alpha = GLint(dst_alpha);
  __real_glBlendFuncSeparate(src_rgb, dst_rgb, src_alpha, dst_alpha);
}
void __wrap_glBlendEquation(GLenum mode) {
  known().equation_rgb = known().equation_alpha = GLint(mode);
  __real_glBlendEquation(mode);
}
void __wrap_glBlendEquationSeparate(GLenum mode_rgb, GLenum mode_alpha) {
  known().equation_rgb = GLint(mode_rgb);
  known().equation_alpha = GLint(mode_alpha);
  __real_glBlendEquationSeparate(mode_rgb, mode_alpha);
}
void __wrap_glGetIntegerv(GLenum pname, GLint* data) {
  const KnownState& k = known();
  switch (pname) {
    case GL_VIEWPORT:
      if (!k.viewport_set) break;
      std::memcpy(data, k.viewport, sizeof k.viewport);
      return;
    case GL_SCISSOR_BOX:
      if (!k.scissor_set) break;
      std::memcpy(data, k.scissor, sizeof k.scissor);
      return;
    case GL_BLEND_SRC_RGB: *data = k.blend_src_rgb; return;
    case GL_BLEND_DST_RGB: *data = k.blend_dst_rgb; return;
    case GL_BLEND_SRC_ALPHA: *data = k.blend_src_alpha; return;
    case GL_BLEND_DST_ALPHA: *data = k.blend_dst_alpha; return;
    case GL_BLEND_EQUATION_RGB: *data = k.equation_rgb; return;
    case GL_BLEND_EQUATION_ALPHA: *data = k.equation_alpha; return;
    default: break;
  }
  __real_glGetIntegerv(pname, data);
}
}

// platform::detail::clip_drawing (platform.h): glScissor above keeps every scissor box inside `box`.
namespace platform::detail {
void clip_drawing(const int* box) {
  g_clip_on = box != nullptr;
  if (box) set4(g_clip, box[0], box[1], box[2], box[3]);
}
}  // namespace platform::detail

}  // namespace lureproof
