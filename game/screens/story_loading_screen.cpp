// The story's loading note (fading in after a short delay, so a fast fetch shows no flash) or, when its
// text could not be fetched, the reason with "Try again"; "Back" returns to the story picker.
#include "screens/story_loading_screen.h"

#include "l10n/tr.h"
#include "ui/frame_demand.h"
#include "ui/ui_trace.h"

#include <algorithm>

namespace lureproof {

StoryLoadingResult draw_story_loading_screen(const UiContext& ui, bool failed) {
  StoryLoadingResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const auto [dl, o, sz, back] = begin_page("story-loading", theme);
  result.back = back;
  const char* loading = tr("Loading the story…");
  trace_title(loading);
  const float pad = theme.sp(space::l);
  const float w = std::min(sz.x - pad * 2, theme.sp(720.f));
  const float cx = o.x + sz.x * 0.5f;
  float y = o.y + sz.y * 0.4f;
  if (!failed) {
    const TraceQuiet heading_says_it;  // the mirror's heading already reads it
    text_centred(dl, theme.fonts().body, cx, y, with_alpha(p.text_muted, fade_in(ui, 0.3f)), loading, w);
    need_frame_in(0.1);  // look again soon: the story arrives without any input
  } else {
    const char* message = tr("The story could not be loaded. Check your connection and try again.");
    y += text_centred(dl, theme.fonts().body, cx, y, p.text, message, w) + pad;
    const float bw = std::min(w, theme.sp(420.f)), bh = theme.sp(72.f);
    result.retry = big_button("retry", tr("Try again"), ImVec2(cx - bw * 0.5f, y), ImVec2(bw, bh), ButtonKind::Primary,
                              theme, "retry");
  }
  end_screen();
  return result;
}

}  // namespace lureproof
