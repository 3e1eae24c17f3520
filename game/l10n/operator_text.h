// Operator-configured texts (kiosk.toml: helplines, QR caption, teaser) in the visitor's language:
// the operator's own variant for that language, else the default through the UI catalogue, so the
// built-in English defaults (and the example file's texts) appear translated.
#pragma once

#include "kiosk/site_config.h"

#include <string>
#include <vector>

namespace lureproof {

// `text` for `language` (normally ui_language(): tr() translates with the current catalogue).
std::string operator_text(const LocalText& text, const std::string& language);
// Teaser lines for `language`: its own lines, else the default lines; empty = use the built-in teaser.
const std::vector<std::string>& operator_lines(const LocalLines& lines, const std::string& language);

}  // namespace lureproof
