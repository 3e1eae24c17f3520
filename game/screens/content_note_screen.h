// The content note before any story: a sensitive topic, you can stop at any time, nothing about
// you is kept. One button to go on.
#pragma once

#include "ui/widgets.h"

struct ContentNoteResult {
  bool accepted = false;
  bool back = false;
};

ContentNoteResult draw_content_note_screen(const UiContext& ui);
