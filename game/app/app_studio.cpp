// App: the Studio instead of the visitor's screens (--studio). The web visitor's page links
// app_studio_unavailable.cpp instead: the web Studio is a page of its own (lureproof-studio.js).
#include "app/app.h"
#include "app/studio_preview.h"

#include "platform/platform.h"
#include "screens/story_loading_screen.h"
#include "studio/studio_view.h"

#include <cstdio>
#include <filesystem>

namespace lureproof {

void StudioDeleter::operator()(Studio* studio) const { delete studio; }

bool App::open_studio(std::string& error) {
  studio_.reset(new Studio());
  // The web edition's bundled stories are headers until fetched: the Studio opens them then.
  studio_fetching_ = mode_.studio_path.empty() && platform::stories_on_demand();
  return studio_fetching_ ||
         studio_->open(mode_.studio_path.empty() ? assets_dir_ + "/scenarios" : mode_.studio_path, error);
}

bool App::studio_disk_changed() const { return studio_ && studio_->disk_changed(); }

void App::studio_frame() {
  advance_clock();
  const UiContext ui = ui_context();
  if (studio_fetching_ && !studio_stories_fetched(ui)) return;
  // "Preview this ending": the visitor's ending and debrief screens until the author goes back.
  if (EndingPreview* preview = studio_->ending_preview())
    draw_studio_preview(ui, *preview, studio_->model().content_register(), config_);
  else studio_->draw(ui);
}

bool App::studio_stories_fetched(const UiContext& ui) {
  // Every bundled story whole (the Studio edits and plays files), in English: the Studio's language.
  const std::string dir = assets_dir_ + "/scenarios";
  bool loading = false;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".lure")
      loading |= platform::story_pack(assets_dir_, it->path().stem().string(), "en") == platform::LanguagePack::Loading;
  if (loading) {
    draw_story_loading_screen(ui, false);
    return false;
  }
  studio_fetching_ = false;
  std::string error;
  if (!studio_->open(dir, error)) std::fprintf(stderr, "lureproof: %s\n", error.c_str());
  return true;
}

}  // namespace lureproof
