// Reading the build's list of languages with complete catalogues (complete_languages.h).
#include "kiosk/complete_languages.h"

#include <lure/file_source.h>
#include <lure/l10n.h>

#include <algorithm>

namespace lureproof {

namespace {
// The first two tab-separated columns of a line ("" when it has fewer).
std::pair<std::string_view, std::string_view> first_columns(std::string_view line) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return {line, {}};
  std::string_view rest = line.substr(tab + 1);
  return {line.substr(0, tab), rest.substr(0, rest.find('\t'))};
}
}  // namespace

std::vector<std::string> parse_complete_languages(std::string_view tsv) {
  std::vector<std::string> listed{"en"};
  for (std::size_t start = 0; start < tsv.size();) {
    std::size_t end = std::min(tsv.find('\n', start), tsv.size());
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto [code, status] = first_columns(line);
    const bool plausible = !code.empty() && code.size() <= 8 &&
                           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (plausible && status == "complete" && std::find(listed.begin(), listed.end(), code) == listed.end())
      listed.emplace_back(code);
  }
  // The picker's order: lure::planned_languages() first, then any other code as listed.
  const std::vector<std::string>& order = lure::planned_languages();
  auto rank = [&](const std::string& code) {
    return std::size_t(std::find(order.begin(), order.end(), code) - order.begin());
  };
  std::stable_sort(listed.begin() + 1, listed.end(),
                   [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  return listed;
}

std::vector<std::string> load_complete_languages(const std::string& assets_dir) {
  const std::optional<std::string> text = lure::DiskFileSource().read(assets_dir + "/l10n/languages.tsv");
  if (!text) return {"en"};
  // A language being translated may be complete before it is switched on (shipped): not offered yet.
  std::vector<std::string> codes = parse_complete_languages(*text);
  const std::vector<std::string>& shipped = lure::shipped_languages();
  codes.erase(std::remove_if(
                  codes.begin(), codes.end(),
                  [&](const std::string& c) { return std::find(shipped.begin(), shipped.end(), c) == shipped.end(); }),
              codes.end());
  return codes;
}

}  // namespace lureproof
