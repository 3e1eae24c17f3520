// A QR code for a URL (Nayuki's qrcodegen from Debian), drawn as squares on a white card with
// the quiet zone the standard asks for.
#pragma once

#include <imgui.h>

#include <string>

namespace lureproof {

// Draws the code for `text` filling the square at `min` with side `size`; false if it cannot be encoded.
bool draw_qr(ImDrawList* dl, ImVec2 min, float size, const std::string& text);

}  // namespace lureproof
