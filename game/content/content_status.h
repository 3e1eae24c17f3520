// What the screens show about the content's evidence: a flag's sources as "title (year)" for the
// debrief, and the review status for the operator screen (each scenario's `reviewed:` and
// `facts-checked:` headers, and when the facts the stories state were last checked).
#pragma once

#include <string>
#include <vector>

#include "lure/content_register.h"

namespace lureproof {

// "Global Report on Trafficking in Persons 2020 (2020); ILO indicators of forced labour (2012)": the
// register title and year of each id in a flag's `source:`; an id the register lacks is shown as written.
std::string cite_sources(const std::string& source_ids, const lure::ContentRegister& reg);

struct ScenarioReview {
  std::string id, title;
  std::string reviewed_by, reviewed_on;  // "" = not reviewed
  std::string facts_checked;             // "" = not given
};

struct ContentStatus {
  std::vector<ScenarioReview> scenarios;
  // The oldest `checked` date among the facts the scenarios refer to (#fact:), so every fact the
  // visitor can read was checked on or after it; among all facts when no scenario refers to one;
  // "" when there are none.
  std::string facts_last_checked;
  int facts_counted = 0;          // how many facts that date was taken over
  bool facts_referenced = false;  // true: over the referenced facts; false: over the whole file
};

ContentStatus content_status(const std::vector<const lure::Scenario*>& scenarios, const lure::ContentRegister& reg);

}  // namespace lureproof
