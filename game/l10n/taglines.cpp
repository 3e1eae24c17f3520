// Taglines per language: parsing taglines.tsv, choosing the enabled ones, and the cycle timing.
#include "l10n/taglines.h"

#include "l10n/tr.h"
#include "lure/file_source.h"

#include <algorithm>
#include <cmath>

namespace lureproof {

const char* const kAttractTagline = N_("Too good to be true?");

std::map<std::string, std::string> parse_taglines(std::string_view tsv) {
  std::map<std::string, std::string> out;
  std::size_t start = 0;
  while (start < tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string_view::npos || tab > 16 || tab + 1 >= line.size()) continue;
    out[std::string(line.substr(0, tab))] = std::string(line.substr(tab + 1));
  }
  return out;
}

std::map<std::string, std::string> load_taglines(const std::string& assets_dir) {
  // fopen (DiskFileSource) rather than <fstream>: iostreams would bring locales into the web build.
  const std::optional<std::string> text = lure::DiskFileSource().read(assets_dir + "/l10n/taglines.tsv");
  return text ? parse_taglines(*text) : std::map<std::string, std::string>{};
}

std::vector<Tagline> taglines_for(const std::map<std::string, std::string>& all,
                                  const std::vector<std::string>& enabled) {
  std::vector<Tagline> out;
  for (const std::string& code : enabled) {
    if (code == "en") out.push_back({code, kAttractTagline});
    else if (auto it = all.find(code); it != all.end()) out.push_back({code, it->second});
  }
  if (out.empty()) out.push_back({"en", kAttractTagline});
  return out;
}

TaglineFrame tagline_frame(double clock, int count, bool reduced_motion) {
  TaglineFrame f;
  if (count <= 1 || !(clock >= 0.0)) return f;  // one tagline, or a strange clock: stay put
  const double per = reduced_motion ? kTaglineCalmPeriod : kTaglinePeriod;
  f.index = int(std::fmod(std::floor(clock / per), double(count)));
  const double since = std::fmod(clock, per);
  f.next_change_in = per - since;
  if (!reduced_motion && since < kTaglineFade) {
    f.alpha = std::clamp(float(since / kTaglineFade), 0.f, 1.f);
    f.next_change_in = kTaglineFade - since;
  }
  return f;
}

}  // namespace lureproof
