// The page's stand-in for po_preview.cpp: the browser edition has no --po (it reads no .po files).
#include "l10n/po_preview.h"

std::unique_ptr<lure::Catalog> read_po_preview(const std::string& path, std::string&, std::string& error) {
  error = "--po " + path + ": previewing a .po file needs the native build (or lure play --po)";
  return nullptr;
}
