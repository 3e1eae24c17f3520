// Web speech: the Web Speech API with the device's own voices only (`localService`), so no text
// leaves the device; a language without one says nothing and the settings say why.
#include "platform/speech.h"

#include <emscripten.h>

namespace lureproof::platform::speech {

namespace {

// clang-format off
// The local voices for a language code ("ro" matches "ro-RO"); -1 while the browser has listed none
// yet (Chromium fills the list a moment after the page loads), for at most 3 s.
EM_JS(int, js_speech_voice, (const char* language), {
  var s = window['speechSynthesis'];
  if (!s) return 0;
  var all = s['getVoices']();
  if (!all.length) {
    var since = Module['speechAsked'] || (Module['speechAsked'] = Date.now());
    return Date.now() - since < 3000 ? -1 : 0;
  }
  var code = UTF8ToString(language);
  return all.some(function(v) { return v['localService'] && String(v['lang']).toLowerCase().split(/[-_]/)[0] == code; })
      ? 1 : 0;
});
EM_JS(void, js_speak, (const char* text, const char* language, float rate), {
  var s = window['speechSynthesis'];
  if (!s) return;
  var code = UTF8ToString(language);
  var local = s['getVoices']().filter(function(v) {
    return v['localService'] && String(v['lang']).toLowerCase().split(/[-_]/)[0] == code;
  });
  s['cancel']();
  Module['speechBusy'] = 0;
  if (!local.length) return;
  var u = new window['SpeechSynthesisUtterance'](UTF8ToString(text));
  u['voice'] = local.filter(function(v) { return v['default']; })[0] || local[0];
  u['lang'] = u['voice']['lang'];
  u['rate'] = rate;
  u['onend'] = u['onerror'] = function() { if (Module['speechNow'] === u) Module['speechBusy'] = 0; };
  Module['speechNow'] = u;  // kept, so its onend still fires
  Module['speechBusy'] = 1;
  s['speak'](u);
});
EM_JS(void, js_speech_stop, (), {
  Module['speechNow'] = null;
  Module['speechBusy'] = 0;
  if (window['speechSynthesis']) window['speechSynthesis']['cancel']();
});
EM_JS(int, js_speaking, (), { return Module['speechBusy'] ? 1 : 0; });
EM_JS(void, js_speech_enabled, (int on), {
  var log = document.getElementById('a11y-log');
  if (!log) return;
  log.dataset['readAloud'] = on ? '1' : '';
  log.setAttribute('aria-live', on ? 'off' : 'polite');
});
// clang-format on

}  // namespace

Voice voice_for(const std::string& language) {
  const int found = js_speech_voice(language.c_str());
  return found > 0 ? Voice::Available : found == 0 ? Voice::Missing : Voice::Unknown;
}

void speak(const std::string& text, const std::string& language, float rate) {
  js_speak(text.c_str(), language.c_str(), rate);
}

void stop() { js_speech_stop(); }

bool speaking() { return js_speaking() != 0; }

void set_enabled(bool on) { js_speech_enabled(on ? 1 : 0); }

}  // namespace lureproof::platform::speech
