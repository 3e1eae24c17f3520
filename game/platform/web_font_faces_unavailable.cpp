// A web edition that offers no language with a font of its own (web/kiosk.toml without Arabic): its
// language packs carry no fonts to register (web_font_faces.h; game/CMakeLists.txt).
#include "platform/web_font_faces.h"

namespace lureproof::platform::web_fonts {

void register_faces_in(const std::string&) {}
bool faces_loading(const std::string&) { return false; }

}  // namespace lureproof::platform::web_fonts
