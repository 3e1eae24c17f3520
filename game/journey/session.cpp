// Screen names for --screen, logs and scripts.
#include "journey/session.h"

namespace lureproof {

namespace {
const char* const kNames[] = {"attract", "language", "content-note", "stories",   "play",        "ending",
                              "debrief", "help",     "quiz-pre",     "quiz-post", "quiz-result", "check"};
}

const char* screen_name(Screen screen) { return kNames[int(screen)]; }

std::optional<Screen> screen_from_name(const std::string& name) {
  for (int i = 0; i < int(sizeof(kNames) / sizeof(kNames[0])); ++i)
    if (name == kNames[i]) return Screen(i);
  return std::nullopt;
}

}  // namespace lureproof
