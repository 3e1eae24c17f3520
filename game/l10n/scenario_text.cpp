// LocalizedScenarios and continue_in(): the game's glue between the engine's catalogues,
// localize() and save/restore.
#include "l10n/scenario_text.h"

#include "l10n/hyphenation.h"
#include "l10n/po_preview.h"
#include "l10n/tr.h"
#include "lure/save.h"

namespace lureproof {

const lure::Scenario& LocalizedScenarios::get(const lure::Scenario& source, const std::string& language) {
  auto key = std::make_pair(&source, language);
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    auto entry = std::make_unique<Entry>();
    if (language.empty() || language == "en" || language == source.header.language) {
      entry->is_source = true;
      entry->result.coverage = lure::l10n_coverage(source, lure::Catalog());
      entry->result.coverage.translated = entry->result.coverage.total;
      entry->result.coverage.missing.clear();
    } else {
      // lureproof --po: the translation read from a .po file replaces the scenario's .mo.
      const lure::Catalog* given = po_preview_catalog(source.header.id, language);
      lure::Catalog loaded;
      if (!given) {
        loaded = lure::load_catalog(catalog_path(assets_dir_, language, source.header.id), warnings_);
        add_story_hyphenation(language, assets_dir_, source.header.id);  // the web's: with the story's pack
      }
      const lure::Catalog& catalog = given ? *given : loaded;
      entry->is_source = catalog.empty();
      entry->result = lure::localize(source, catalog);
      warnings_.insert(warnings_.end(), entry->result.coverage.warnings.begin(), entry->result.coverage.warnings.end());
      if (entry->is_source) entry->result.scenario = lure::Scenario();  // not needed: use source
    }
    it = cache_.emplace(key, std::move(entry)).first;
  }
  return it->second->is_source ? source : it->second->result.scenario;
}

const lure::Graph& LocalizedScenarios::graph(const lure::Scenario& source, const std::string& language) {
  const lure::Scenario& scenario = get(source, language);
  Entry& entry = *cache_.at(std::make_pair(&source, language));
  if (!entry.graph) entry.graph = std::make_unique<lure::Graph>(lure::graph_of(scenario));
  return *entry.graph;
}

const lure::L10nCoverage* LocalizedScenarios::coverage(const lure::Scenario& source,
                                                       const std::string& language) const {
  auto it = cache_.find(std::make_pair(&source, language));
  return it == cache_.end() ? nullptr : &it->second->result.coverage;
}

void LocalizedScenarios::forget(const lure::Scenario& source) {
  for (auto it = cache_.begin(); it != cache_.end();)
    it = it->first.first == &source ? cache_.erase(it) : std::next(it);
}

std::vector<lure::Diagnostic> LocalizedScenarios::take_warnings() {
  std::vector<lure::Diagnostic> out;
  out.swap(warnings_);
  return out;
}

std::optional<lure::Story> continue_in(const lure::Story& story, const lure::Scenario& target,
                                       std::vector<lure::Diagnostic>& problems) {
  lure::RestoreResult r = lure::restore(target, lure::save(story));
  problems.insert(problems.end(), r.diagnostics.begin(), r.diagnostics.end());
  return std::move(r.story);
}

}  // namespace lureproof
