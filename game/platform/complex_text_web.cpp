// Complex text in the browser (complex_text.h): the page's own text engine shapes and orders each line
// (a 2D canvas with direction "rtl", fonts registered from the virtual file system as FontFace objects;
// docs/architecture.md "Right-to-left, shaped text"). Lines are drawn once each (ui/ caches them).
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/complex_text.h"
#include "platform/web_font_faces.h"

namespace lureproof::platform {

namespace {
// clang-format off
// The page's state, Module['complexText']: the faces by file path, the line's font, the canvas. (Browser
// names in brackets: Closure ADVANCED renames what its externs do not list.)
EM_JS(void, js_complex_init, (), {
  if (Module['complexText']) return;
  var state = { 'faces': {}, 'font': "", 'rtl': false, 'scale': 1, 'ctx': null };
  // Registers the font file at `path` (its bytes from the file system) as a FontFace, once; false if
  // there is no such file. The loop wakes when the browser has the face (Chromium: at once).
  state['register'] = function (path) {
    if (state['faces'][path]) return true;
    var bytes;
    try { bytes = FS.readFile(path); } catch (e) { return false; }
    var face = new window['FontFace']('lureproof-' + Object.keys(state['faces']).length, bytes);
    // ImGui's size of a face is its ascent minus descent (hhea): the em size is that size times this.
    var scale = 1;
    try {
      var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), tables = {};
      for (var i = 0, n = view.getUint16(4); i < n; i++)
        tables[String.fromCharCode.apply(null, bytes.subarray(12 + 16 * i, 16 + 16 * i))] = view.getUint32(20 + 16 * i);
      scale = view.getUint16(tables['head'] + 18) / (view.getInt16(tables['hhea'] + 4) - view.getInt16(tables['hhea'] + 6));
    } catch (e) { /* not a font: the face fails to load */ }
    state['faces'][path] = { 'face': face, 'scale': scale };
    document['fonts']['add'](face);
    var wake = function () { Module.wakeRequested = 1; };
    face['load']().then(wake, wake);
    return true;
  };
  // The 2D context with the line's font at `pixels` (ImGui's size of the last face), right to left for
  // a line with right-to-left letters: a line without any (a phone number such as "116 000", a URL, an
  // English title) keeps its own left-to-right order instead of the bidirectional algorithm's in a
  // right-to-left paragraph ("000 116").
  state['prepare'] = function (pixels, line) {
    var rtl = false;
    for (var i = 0; state['rtl'] && !rtl && i < line.length; i++) {
      var c = line.charCodeAt(i);  // Hebrew, Arabic, their presentation forms
      rtl = (c >= 0x590 && c <= 0x8FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }
    if (!state['ctx']) {
      var canvas = window['OffscreenCanvas'] ? new window['OffscreenCanvas'](256, 64) : document.createElement('canvas');
      state['ctx'] = canvas.getContext('2d', { 'willReadFrequently': true });
    }
    var ctx = state['ctx'], font = (pixels * state['scale']).toFixed(2) + 'px ' + state['font'];
    if (state['set'] !== font + rtl) {
      state['set'] = font + rtl;
      ctx['font'] = font;
      ctx['direction'] = rtl ? 'rtl' : 'ltr';
      ctx['textAlign'] = 'left';
      ctx['textBaseline'] = 'alphabetic';
    }
    return ctx;
  };
  Module['complexText'] = state;
});
// The page's direction follows the UI language's (Arabic: dir="rtl" beside the mirror's lang="ar"),
// for the accessible mirror and the text edition.
EM_JS(void, js_set_direction, (int right_to_left), {
  document.documentElement.dir = right_to_left ? 'rtl' : 'ltr';
});
EM_JS(int, js_register_face, (const char* path), {
  return Module['complexText']['register'](UTF8ToString(path)) ? 1 : 0;
});
// Every .ttf/.otf file in `dir` (a language pack's) becomes a face.
EM_JS(void, js_register_faces_in, (const char* dir_utf8), {
  var dir = UTF8ToString(dir_utf8), names = [];
  try { names = FS.readdir(dir); } catch (e) { return; }
  names.forEach(function (name) {
    if (/[.](ttf|otf)$/.test(name)) Module['complexText']['register'](dir + '/' + name);
  });
});
// 1 while a face registered from a file under `dir` is still loading.
EM_JS(int, js_faces_loading, (const char* dir_utf8), {
  var state = Module['complexText'], dir = UTF8ToString(dir_utf8) + '/';
  if (!state) return 0;
  return Object.keys(state['faces']).some(function (path) {
    return path.indexOf(dir) === 0 && state['faces'][path]['face']['status'] === 'loading';
  }) ? 1 : 0;
});
// The face registered from `path` joins the line's font (after those before; the last one sets the size).
EM_JS(int, js_use_face, (const char* path, int first, int right_to_left), {
  var state = Module['complexText'], f = state['faces'][UTF8ToString(path)];
  if (first) state['font'] = "";
  state['rtl'] = !!right_to_left;
  document.documentElement.dir = right_to_left ? 'rtl' : 'ltr';  // (as js_set_direction)
  if (!f) return 0;
  state['font'] += (state['font'] ? ', "' : '"') + f['face']['family'] + '"';
  state['scale'] = f['scale'];
  return 1;
});
// 1 when no face of the line's font is still loading.
EM_JS(int, js_faces_ready, (), {
  var state = Module['complexText'];
  return Object.keys(state['faces']).every(function (path) { return state['faces'][path]['face']['status'] !== 'loading'; }) ? 1 : 0;
});
EM_JS(float, js_measure, (const char* line, float pixels), {
  var text = UTF8ToString(line);
  return Module['complexText']['prepare'](pixels, text)['measureText'](text)['width'];
});
// Draws `line` white on a clear canvas and returns its coverage (alpha) as malloc'd bytes; `out` gets
// width and height (ints) and `metrics` the baseline, origin x and advance (floats).
EM_JS(unsigned char*, js_render, (const char* line_utf8, float pixels, int* out, float* metrics), {
  var state = Module['complexText'], line = UTF8ToString(line_utf8), ctx = state['prepare'](pixels, line);
  var m = ctx['measureText'](line), advance = m['width'];
  var left = Math.max(0, Math.ceil(m['actualBoundingBoxLeft'])) + 1;
  var ascent = Math.ceil(Math.max(m['fontBoundingBoxAscent'] || 0, m['actualBoundingBoxAscent'])) + 1;
  var descent = Math.ceil(Math.max(m['fontBoundingBoxDescent'] || 0, m['actualBoundingBoxDescent'])) + 1;
  var w = left + Math.ceil(Math.max(advance, m['actualBoundingBoxRight'])) + 1, h = ascent + descent;
  var canvas = ctx['canvas'];
  if (canvas['width'] < w || canvas['height'] < h) {  // (resizing resets the context's settings)
    canvas['width'] = Math.max(canvas['width'], w);
    canvas['height'] = Math.max(canvas['height'], h);
    state['set'] = "";
    ctx = state['prepare'](pixels, line);
  }
  ctx['clearRect'](0, 0, w, h);
  ctx['fillStyle'] = '#fff';
  ctx['fillText'](line, left, ascent);
  var rgba = ctx['getImageData'](0, 0, w, h)['data'];
  var coverage = _malloc(w * h);
  for (var i = 0; i < w * h; i++) HEAPU8[coverage + i] = rgba[i * 4 + 3];
  HEAP32[out >> 2] = w;
  HEAP32[(out >> 2) + 1] = h;
  HEAPF32[metrics >> 2] = ascent;
  HEAPF32[(metrics >> 2) + 1] = left;
  HEAPF32[(metrics >> 2) + 2] = advance;
  return coverage;
});
// clang-format on

bool g_loaded = false;

}  // namespace

namespace web_fonts {
void register_faces_in(const std::string& dir) {
  js_complex_init();
  js_register_faces_in(dir.c_str());
}
bool faces_loading(const std::string& dir) { return js_faces_loading(dir.c_str()) != 0; }
}  // namespace web_fonts

namespace complex_text {

bool load(const std::vector<std::string>& fonts, const std::string&, bool right_to_left, std::string& error) {
  js_complex_init();
  g_loaded = false;
  if (fonts.empty()) {
    error = "no font files";
    return false;
  }
  for (const std::string& path : fonts) {
    if (!js_register_face(path.c_str()) || !js_use_face(path.c_str(), &path == &fonts.front(), right_to_left)) {
      error = path + ": cannot read the font";
      return false;
    }
  }
  g_loaded = true;
  return true;
}

// No bold Arabic cut on the web yet (the ar pack carries the regular one): bold lines use the regular.
bool load_bold(const std::vector<std::string>&, std::string& error) {
  error = "no bold Arabic face on the web";
  return false;
}

bool ready() { return g_loaded && js_faces_ready(); }
void unload() {
  if (g_loaded) js_set_direction(0);
  g_loaded = false;
}

float measure(std::string_view line, float pixels, bool) {
  if (!ready()) return 0.f;
  return js_measure(std::string(line).c_str(), pixels);
}

LineImage render(std::string_view line, float pixels, bool) {
  LineImage image;
  if (!ready()) return image;
  int size[2] = {0, 0};
  float metrics[3] = {0.f, 0.f, 0.f};
  unsigned char* coverage = js_render(std::string(line).c_str(), pixels, size, metrics);
  if (!coverage) return image;
  image.width = size[0];
  image.height = size[1];
  image.baseline = metrics[0];
  image.origin_x = metrics[1];
  image.advance = metrics[2];
  image.coverage.assign(coverage, coverage + size_t(size[0]) * size_t(size[1]));
  std::free(coverage);
  return image;
}

}  // namespace complex_text
}  // namespace lureproof::platform
