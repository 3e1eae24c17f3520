// Internal: resolves names (targets, variables, speakers, flags, visits) to indices after parsing.
#pragma once

#include "lure/scenario.h"

namespace lure {

// First definition wins for duplicate ids (the checker reports duplicates). Unknown names stay -1.
void link_scenario(Scenario& scenario);

}  // namespace lure
