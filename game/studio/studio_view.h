// The Studio screen (`lureproof --studio [DIR|FILE]`): toolbar, editor with diagnostics, map and
// watch, and the phone for play-from-here, over one StudioModel. App calls draw() once a frame.
#pragma once

#include "studio/editor_view.h"
#include "studio/ending_preview.h"
#include "studio/phone_preview.h"
#include "studio/studio_model.h"
#include "studio/studio_panels.h"
#include "ui/separate_function.h"
#include "ui/widgets.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lureproof {

class Studio {
 public:
  // Opens a folder of .lure files (or one file and its folder).
  bool open(const std::string& dir_or_file, std::string& error);
  LUREPROOF_SEPARATE_FUNCTION void draw(const UiContext& ui);
  StudioModel& model() { return model_; }
  // The open file changed on disk since the last look: draw a frame to take it in.
  bool disk_changed() const { return model_.disk_changed(); }
  // "Preview this ending": while open, the App draws its ending screen or debrief instead of the
  // Studio (game/app/studio_preview.cpp), and close() comes back.
  EndingPreview* ending_preview() { return preview_.is_open() ? &preview_ : nullptr; }

 private:
  void draw_toolbar(const Theme& theme, double now);
  void draw_endings_menu(const Theme& theme);
  void preview_ending(const std::string& id);
  void draw_bars(const Theme& theme);
  void handle_keys();
  void play(bool from_cursor);
  void save();
  void request_open(const std::string& path);  // asks first when there are unsaved edits
  void open_now(const std::string& path);

  StudioModel model_;
  EditorView editor_;
  GraphPanel graph_;
  PhonePreview phone_;
  EndingPreview preview_;
  std::vector<EndingRoute> endings_;            // the open story's, for the menu
  const lure::Scenario* endings_of_ = nullptr;  // the parse they were found in
  std::string pending_open_;
  std::uint64_t seed_ = 1;
};

}  // namespace lureproof
