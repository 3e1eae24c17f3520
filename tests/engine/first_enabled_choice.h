// Takes the first enabled choice of a story: the malformed corpus test and the parser fuzzer
// (tests/fuzz) play stories this way.
#pragma once

#include <cstddef>

#include "lure/story.h"

namespace lure_test {

// Returns false when no choice is enabled (or the story would not take it).
inline bool choose_first_enabled(lure::Story& story) {
    for (std::size_t i = 0; i < story.choices().size(); ++i)
        if (story.choices()[i].enabled) return story.choose(i);
    return false;
}

}  // namespace lure_test
