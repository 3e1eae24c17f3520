// The web build has no layout check (it runs natively, tests/ui/layout_check.cmake): a walk that
// refuses to start, so the page carries none of it.
#include "app/layout_walk.h"

namespace lureproof {

std::string LayoutCell::name() const { return screen; }
const std::vector<std::string>& layout_screens() {
  static const std::vector<std::string> none;
  return none;
}
std::vector<LayoutCell> layout_matrix(const std::vector<std::string>&) { return {}; }
LayoutWalk::LayoutWalk(std::string out_dir, std::string language, const std::string&)
    : out_dir_(std::move(out_dir)), language_(std::move(language)) {}
bool LayoutWalk::valid(std::string& error) const {
  error = "--layout-check runs in the native build only";
  return false;
}
const LayoutCell* LayoutWalk::cell_to_open() { return nullptr; }
std::string LayoutWalk::frame_drawn(const UiTrace&, ImVec2) { return {}; }
int LayoutWalk::finish() const { return 1; }

}  // namespace lureproof
