// Everything about the current visitor in one value: screen, language, scenario, story state, marks,
// settings. A kiosk reset replaces it whole (`session = Session{}`), so nothing of a visitor survives.
#pragma once

#include "journey/reveal.h"
#include "journey/settings.h"
#include "quiz/quiz_run.h"

#include <lure/story.h>

#include <optional>
#include <string>
#include <vector>

namespace lureproof {

enum class Screen {
  Attract,
  Language,
  ContentNote,
  Stories,
  Play,
  Ending,
  Debrief,
  Help,
  QuizPre,
  QuizPost,
  QuizResult,
  Check
};

const char* screen_name(Screen screen);  // "attract", "content-note", ...
std::optional<Screen> screen_from_name(const std::string& name);

// A message the visitor marked as suspicious: where it is in the transcript and what the mark meant.
struct Mark {
  int node = -1;                   // index into Story::transcript()
  int line = -1;                   // index into that node's lines
  bool correct = false;            // the message carries at least one red flag
  std::vector<std::string> flags;  // the red-flag ids it carries (empty for a wrong mark)
};

struct Session {
  Screen screen = Screen::Attract;
  double started_at = -1.0;   // seconds (app clock) when the visitor touched "start"; -1 = idle
  double screen_since = 0.0;  // when the current screen appeared (animations)
  std::string language;       // chosen language code ("" until chosen)
  int scenario = -1;          // index into the ScenarioLibrary
  std::optional<lure::Story> story;
  Reveal reveal;  // paced reveal of the current step's messages
  std::vector<Mark> marks;
  QuizRun quiz;               // pre/post quiz: planned cards and answers (game/quiz)
  int check_choice = -1;      // "What would you check?": index into the offered checks, -1 = none yet
  bool check_done = false;    // the check step was answered or skipped (it is asked once)
  std::string last_feedback;  // the gentle answer or the flag label shown after a mark
  double feedback_since = -1.0;
  Settings settings;
  bool settings_open = false;
  bool ending_reported = false;
};

}  // namespace lureproof
