// lureproof --po: a scenario's translation read straight from its .po file, without a build. Native
// only; the page links po_preview_unavailable.cpp instead, so the web payload carries no .po reader.
#pragma once

#include <memory>
#include <string>

#include "lure/l10n.h"

// The catalogue of the .po file at `path`, or nullptr with `error` set. Problems that still let it
// be used are printed to stderr. `language` is set from its Language header when empty.
std::unique_ptr<lure::Catalog> read_po_preview(const std::string& path, std::string& language, std::string& error);
