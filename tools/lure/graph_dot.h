// Graphviz DOT for a scenario: nodes labelled with id and channel, endings coloured by outcome,
// choice texts on edges, conditional edges dashed, unreachable nodes and missing targets marked.
#pragma once

#include <string>

#include "lure/scenario.h"

namespace cli {

std::string scenario_to_dot(const lure::Scenario& scenario);

}  // namespace cli
