// The browser's side of a language pack's fonts (web only, complex_text_web.cpp): a pack's .ttf files
// become FontFace objects as it is unpacked, and the pack counts as loaded once the browser has them.
#pragma once

#include <string>

namespace lureproof::platform::web_fonts {

// Registers every font file in `dir` (a language pack's unpacked files) with the page.
void register_faces_in(const std::string& dir);
// A face registered from `dir` is still loading.
bool faces_loading(const std::string& dir);

}  // namespace lureproof::platform::web_fonts
