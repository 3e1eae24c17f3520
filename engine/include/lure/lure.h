// Umbrella header for the Lureproof engine core.
#pragma once

#include "lure/checker.h"
#include "lure/content_register.h"
#include "lure/addresses.h"
#include "lure/coverage.h"
#include "lure/diagnostics.h"
#include "lure/expression.h"
#include "lure/file_source.h"
#include "lure/graph.h"
#include "lure/graph_layout.h"
#include "lure/line_tagger.h"
#include "lure/parser.h"
#include "lure/save.h"
#include "lure/scenario.h"
#include "lure/story.h"
#include "lure/twee.h"
#include "lure/value.h"
