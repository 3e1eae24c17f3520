// Source citations for the debrief and the review status for the operator screen (content_status.h).
#include "content/content_status.h"

namespace lureproof {

std::string cite_sources(const std::string& source_ids, const lure::ContentRegister& reg) {
  std::string out;
  for (const lure::ListedId& id : lure::split_id_list(source_ids)) {
    if (!out.empty()) out += "; ";
    const lure::SourceEntry* s = reg.find_source(id.id);
    if (!s || s->title.empty()) {
      out += id.id;
      continue;
    }
    out += s->title;
    if (s->year > 0) out += " (" + std::to_string(s->year) + ")";
  }
  return out;
}

ContentStatus content_status(const std::vector<const lure::Scenario*>& scenarios, const lure::ContentRegister& reg) {
  ContentStatus status;
  std::vector<std::string> used;
  for (const lure::Scenario* sc : scenarios) {
    const lure::Header& h = sc->header;
    status.scenarios.push_back({h.id, h.title, h.reviewed_by, h.reviewed_on, h.facts_checked});
    for (const std::string& id : lure::referenced_facts(*sc)) {
      bool seen = false;
      for (const std::string& u : used) seen = seen || u == id;
      if (!seen) used.push_back(id);
    }
  }
  status.facts_referenced = !used.empty();
  auto consider = [&](const lure::FactEntry& f) {
    if (!lure::is_iso_date(f.checked)) return;
    ++status.facts_counted;
    if (status.facts_last_checked.empty() || f.checked < status.facts_last_checked)
      status.facts_last_checked = f.checked;
  };
  for (const lure::FactEntry& f : reg.facts) {
    bool counts = !status.facts_referenced;
    for (const std::string& u : used) counts = counts || u == f.id;
    if (counts) consider(f);
  }
  return status;
}

}  // namespace lureproof
