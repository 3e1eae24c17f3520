// App: opening a picked story. Natively every story is whole and starts at once; the web edition has
// only its header until then and fetches its text first (platform::story_pack), showing the story's
// loading screen, or its failure with "Try again" (screens/story_loading_screen.h).
#include "app/app.h"

#include "platform/platform.h"
#include "screens/story_loading_screen.h"
#include "ui/frame_demand.h"

#include <cstdio>

namespace lureproof {

void App::open_story(int library_index) {
  story_unusable_ = false;
  if (library_.whole(library_index)) {
    journey_.start_scenario(session_, library_index, clock_);
    return;
  }
  story_opening_ = library_index;  // the next frame shows its loading screen
  story_opening_since_ = clock_;
  platform::story_pack(assets_dir_, library_.scenario(library_index).header.id, session_.language);  // on its way now
  need_frame_in(0.0);
}

void App::open_story_when_fetched(const UiContext& ui) {
  const int index = story_opening_;
  const std::string story = library_.scenario(index).header.id;
  const platform::LanguagePack state = platform::story_pack(assets_dir_, story, session_.language);
  if (state == platform::LanguagePack::Ready && !story_unusable_) {
    // Its copies in other languages were made of the header: the whole story gets its own.
    if (localized_) localized_->forget(library_.scenario(index));
    const std::size_t known = library_.problems().size();
    if (library_.load_whole(index)) {
      story_opening_ = -1;
      journey_.start_scenario(session_, index, clock_);
      return;
    }
    story_unusable_ = true;  // a pack that does not hold the story: say so, as for a failed fetch
    for (std::size_t i = known; i < library_.problems().size(); ++i) {
      std::string line = library_.problems()[i];  // "FILE: not loaded\n  FILE:LINE:COL: error ...": one line
      std::fprintf(stderr, "lureproof: warning: %s\n", line.c_str());
      for (std::size_t at; (at = line.find("\n  ")) != std::string::npos;) line.replace(at, 3, ": ");
      content_problems_.push_back("warning: scenario " + line);
    }
  }
  const UiContext own{ui.theme, clock_ - story_opening_since_, ui.clock, ui.reduced_motion};  // fades in from the pick
  const StoryLoadingResult r =
      draw_story_loading_screen(own, state == platform::LanguagePack::Failed || story_unusable_);
  if (r.retry) {
    story_unusable_ = false;
    platform::retry_story_pack(story, session_.language);
  }
  if (r.back) story_opening_ = -1;
}

}  // namespace lureproof
