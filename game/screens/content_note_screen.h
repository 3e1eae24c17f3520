// The content note before any story: a sensitive topic, you can stop at any time, nothing about
// you is kept. One button to go on.
#pragma once

#include "ui/separate_function.h"
#include "ui/widgets.h"

namespace lureproof {

struct ContentNoteResult {
  bool accepted = false;
  bool back = false;
};

LUREPROOF_SEPARATE_FUNCTION ContentNoteResult draw_content_note_screen(const UiContext& ui);

}  // namespace lureproof
