// Scenarios in the visitor's language: localized copies cached per (scenario, language) at stable
// addresses (a lure::Story keeps a pointer to its Scenario), with coverage and warnings as data.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lure/graph.h"
#include "lure/l10n.h"
#include "lure/story.h"

namespace lureproof {

class LocalizedScenarios {
 public:
  explicit LocalizedScenarios(std::string assets_dir) : assets_dir_(std::move(assets_dir)) {}

  // `source` in `language`, read from <assets>/l10n/<language>/<scenario-id>.mo on first use.
  // English, or a language without a usable catalogue, gives `source` itself (with a warning).
  // `source` must outlive this object.
  const lure::Scenario& get(const lure::Scenario& source, const std::string& language);
  // The story map (lure::graph_of) of get(source, language), cached with it: the debrief's node labels
  // and the texts of the choices not taken in that language.
  const lure::Graph& graph(const lure::Scenario& source, const std::string& language);
  // Coverage of the last get() for this pair (nullptr before; total == translated for English).
  const lure::L10nCoverage* coverage(const lure::Scenario& source, const std::string& language) const;
  // Drops the copies of `source` (every language): its text changed (a story's header replaced by the
  // whole story, ScenarioLibrary::load_whole), and so may its catalogues.
  void forget(const lure::Scenario& source);
  // Warnings collected so far (missing/broken catalogues, rejected translations); clears them.
  std::vector<lure::Diagnostic> take_warnings();

 private:
  struct Entry {
    lure::LocalizeResult result;
    bool is_source = false;
    std::unique_ptr<lure::Graph> graph;  // made on first use
  };
  std::string assets_dir_;
  std::map<std::pair<const lure::Scenario*, std::string>, std::unique_ptr<Entry>> cache_;
  std::vector<lure::Diagnostic> warnings_;
};

// The same story, continued in another language's copy of its scenario: saves `story` and
// restores it into `target` (same node, variables, flags, path; the current step's text comes
// from `target`). Empty (with the restore diagnostics in `problems`) if the save was refused.
std::optional<lure::Story> continue_in(const lure::Story& story, const lure::Scenario& target,
                                       std::vector<lure::Diagnostic>& problems);

}  // namespace lureproof
