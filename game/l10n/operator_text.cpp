// operator_text(): per-language variant first, then the default through tr().
#include "l10n/operator_text.h"

#include "l10n/tr.h"

namespace lureproof {

std::string operator_text(const LocalText& text, const std::string& language) {
  if (const std::string* own = text.variant(language)) return *own;
  return text.value.empty() ? std::string() : std::string(tr(text.value.c_str()));
}

const std::vector<std::string>& operator_lines(const LocalLines& lines, const std::string& language) {
  if (const std::vector<std::string>* own = lines.variant(language); own && !own->empty()) return *own;
  return lines.value;
}

}  // namespace lureproof
