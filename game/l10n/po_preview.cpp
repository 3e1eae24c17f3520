// lureproof --po: reads a .po file with the engine's reader (Catalog::load_po); nothing is run.
#include "l10n/po_preview.h"

#include <cstdio>
#include <memory>

#include "lure/file_source.h"

namespace lureproof {

namespace {
struct PoPreview {
  std::unique_ptr<lure::Catalog> catalog;
  std::string scenario_id, language;
};
PoPreview& preview() {
  static PoPreview p;
  return p;
}
}  // namespace

bool load_po_preview(const std::string& path, std::string& language, std::string& error) {
  const std::optional<std::string> text = lure::DiskFileSource().read(path);
  if (!text) {
    error = "cannot read the translation " + path;
    return false;
  }
  auto catalog = std::make_unique<lure::Catalog>();
  std::vector<lure::Diagnostic> warnings;
  const bool read = catalog->load_po(*text, path, warnings);
  for (const lure::Diagnostic& d : warnings)
    std::fprintf(stderr, "lureproof: %s\n", lure::format_diagnostic(d).c_str());
  if (!read) {
    error = path + " is not a readable .po file (lure l10n check shows why)";
    return false;
  }
  if (language.empty()) language = catalog->language();
  if (language.empty()) {
    error = path + " has no Language header: give --lang CODE too";
    return false;
  }
  preview().catalog = std::move(catalog);
  return true;
}

void attach_po_preview(const std::string& scenario_id, const std::string& language) {
  preview().scenario_id = scenario_id;
  preview().language = language;
}

const lure::Catalog* po_preview_catalog(const std::string& scenario_id, const std::string& language) {
  const PoPreview& p = preview();
  return p.catalog && p.scenario_id == scenario_id && p.language == language ? p.catalog.get() : nullptr;
}

}  // namespace lureproof
