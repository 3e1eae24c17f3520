// App without the Studio: the web visitor's page (lureproof.js). The web Studio is a page of its own,
// lureproof-studio.js with app_studio.cpp (docs/web.md), so the visitor downloads none of its code.
#include "app/app.h"

namespace lureproof {

void StudioDeleter::operator()(Studio*) const {}  // there is never one to delete

bool App::open_studio(std::string& error) {
  error = "the Studio is not part of this page: open the page with ?studio=1";
  return false;
}

bool App::studio_disk_changed() const { return false; }

void App::studio_frame() {}

bool App::studio_stories_fetched(const UiContext&) { return true; }

}  // namespace lureproof
