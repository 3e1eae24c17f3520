// Web half of the accessibility bridge: mirrors the game into the page's DOM (web/index.html has the
// #a11y-* elements and the JS side in window.LureproofA11y). Updates are sent only when they change.
#include "platform/accessibility.h"

#include <emscripten.h>

#include <nlohmann/json.hpp>

namespace lureproof {

namespace {

// clang-format off
EM_JS(void, js_set_language, (const char* code), {
  if (window.LureproofA11y) window.LureproofA11y.setLanguage(UTF8ToString(code));
});
EM_JS(void, js_set_reading, (float text_size, int high_contrast), {
  if (window.LureproofA11y) window.LureproofA11y.setReading(text_size, high_contrast);
});
EM_JS(void, js_publish, (const char* json), {
  if (window.LureproofA11y) window.LureproofA11y.publish(JSON.parse(UTF8ToString(json)));
});
EM_JS(char*, js_take_activated, (), {
  var ids = window.LureproofA11y ? window.LureproofA11y.takeActivated() : [];
  var s = JSON.stringify(ids);
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(char*, js_take_dropped, (), {
  var path = window.LureproofA11y ? window.LureproofA11y.takeDropped() : "";
  var n = lengthBytesUTF8(path) + 1;
  var p = _malloc(n);
  stringToUTF8(path, p, n);
  return p;
});
EM_JS(void, js_show_diagnostics, (const char* json), {
  if (window.LureproofA11y) window.LureproofA11y.showDiagnostics(JSON.parse(UTF8ToString(json)));
});
// clang-format on

std::string g_last_language;
std::string g_last_published;

std::string take_js_string(char* p) {
  std::string s = p ? p : "";
  free(p);
  return s;
}

}  // namespace

namespace platform::a11y {

bool available() { return true; }

void set_language(const std::string& language_code) {
  if (language_code == g_last_language) return;
  g_last_language = language_code;
  js_set_language(language_code.c_str());
}

void set_reading(float text_size, bool high_contrast) {
  static float last_size = 0.f;
  static int last_contrast = -1;
  if (text_size == last_size && int(high_contrast) == last_contrast) return;
  last_size = text_size;
  last_contrast = int(high_contrast);
  js_set_reading(text_size, last_contrast);
}

void publish(const std::string& title, const std::vector<Message>& messages, const std::vector<Action>& actions) {
  nlohmann::json j;
  j["title"] = title;
  j["messages"] = nlohmann::json::array();
  for (const Message& m : messages) j["messages"].push_back({{"id", m.id}, {"speaker", m.speaker}, {"text", m.text}});
  j["actions"] = nlohmann::json::array();
  for (const Action& a : actions)
    j["actions"].push_back({{"id", a.id}, {"label", a.label}, {"enabled", a.enabled}, {"note", a.note}, {"lang", a.lang},
                                {"pressed", a.pressed}});
  std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text == g_last_published) return;
  g_last_published = std::move(text);
  js_publish(g_last_published.c_str());
}

std::vector<std::string> take_activated() {
  nlohmann::json j = nlohmann::json::parse(take_js_string(js_take_activated()), nullptr, false);
  std::vector<std::string> ids;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) ids.push_back(v.get<std::string>());
  return ids;
}

std::string take_dropped_file() { return take_js_string(js_take_dropped()); }

void show_diagnostics(const std::string& file_name, const std::vector<std::string>& lines) {
  nlohmann::json j{{"file", file_name}, {"lines", lines}};
  js_show_diagnostics(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace platform::a11y

}  // namespace lureproof
