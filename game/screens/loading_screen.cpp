// The loading note: the app's background and one centred line, fading in after a short delay so a
// fast fetch shows no flash.
#include "screens/loading_screen.h"

#include "ui/frame_demand.h"

namespace lureproof {

void draw_loading_screen(const UiContext& ui) {
  const Theme& theme = ui.theme;
  begin_screen("loading", theme);
  const ImVec2 o = screen_min(), sz = screen_size();
  const float a = fade_in(ui, 0.3f);
  text_centred(ImGui::GetWindowDrawList(), theme.fonts().body, o.x + sz.x * 0.5f, o.y + sz.y * 0.45f,
               with_alpha(theme.palette().text_muted, a), "Loading…");
  end_screen();
  need_frame_in(0.1);  // look again soon: the pack arrives without any input
}

}  // namespace lureproof
