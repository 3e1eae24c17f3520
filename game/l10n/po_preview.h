// lureproof --po: a scenario's translation read straight from its .po file, without a build. Native
// only; the page links po_preview_unavailable.cpp instead, so the web payload carries no .po reader.
#pragma once

#include <string>

#include "lure/l10n.h"

namespace lureproof {

// Reads the .po file at `path` and keeps its catalogue for the game's run. False with `error` set
// when it cannot be used; problems that still let it be used are printed to stderr. `language` is
// set from its Language header when empty.
bool load_po_preview(const std::string& path, std::string& language, std::string& error);
// Ties the kept catalogue to the scenario `scenario_id` (the --scenario) in `language`.
void attach_po_preview(const std::string& scenario_id, const std::string& language);
// The kept catalogue when it translates `scenario_id` into `language`, else nullptr.
const lure::Catalog* po_preview_catalog(const std::string& scenario_id, const std::string& language);

}  // namespace lureproof
