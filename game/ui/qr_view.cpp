// QR drawing: encode once per text (cached), then one rectangle per dark module.
#include "ui/qr_view.h"

#include "ui/mirror.h"

#include <qrcodegen.h>

#include <vector>

namespace lureproof {

bool draw_qr(ImDrawList* dl, ImVec2 min, float size, const std::string& text) {
  static std::string cached_text;
  static std::vector<uint8_t> cached(qrcodegen_BUFFER_LEN_MAX);
  static bool cached_ok = false;
  if (text != cached_text) {
    std::vector<uint8_t> temp(qrcodegen_BUFFER_LEN_MAX);
    cached_ok = qrcodegen_encodeText(text.c_str(), temp.data(), cached.data(), qrcodegen_Ecc_MEDIUM,
                                     qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
    cached_text = text;
  }
  if (!cached_ok) return false;
  const int n = qrcodegen_getSize(cached.data());
  const int quiet = 4;
  const float module = size / float(n + quiet * 2);
  dl->AddRectFilled(min, ImVec2(min.x + size, min.y + size), IM_COL32(255, 255, 255, 255), module * 2);
  // A mirrored frame (ui/mirror.h) flips what is drawn here: the columns go in flipped, so the code
  // comes out as encoded (a mirrored QR code does not scan everywhere).
  const bool flip = ui::mirrored();
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x)
      if (qrcodegen_getModule(cached.data(), flip ? n - 1 - x : x, y)) {
        const ImVec2 a(min.x + (x + quiet) * module, min.y + (y + quiet) * module);
        dl->AddRectFilled(a, ImVec2(a.x + module + 0.5f, a.y + module + 0.5f), IM_COL32(0, 0, 0, 255));
      }
  return true;
}

}  // namespace lureproof
