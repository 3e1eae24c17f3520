// The page's stand-in for po_preview.cpp: the browser edition has no --po (it reads no .po files).
#include "l10n/po_preview.h"

namespace lureproof {

bool load_po_preview(const std::string&, std::string&, std::string& error) {
  error = "--po needs the native build (or lure play --po)";
  return false;
}
void attach_po_preview(const std::string&, const std::string&) {}
const lure::Catalog* po_preview_catalog(const std::string&, const std::string&) { return nullptr; }

}  // namespace lureproof
