// resolve_run_mode: every decision about the kind of run, from the Options, in one place.
#include "app/run_mode.h"

namespace lureproof {

RunMode resolve_run_mode(const Options& o) {
  RunMode m;
  m.studio = o.studio;
  m.studio_path = o.studio_path;
  m.scripted = o.frames > 0 || !o.script_path.empty() || !o.layout_check_dir.empty();
  m.soak = o.input_from_program;
  m.deterministic = m.scripted || m.soak;
  if (!o.screen.empty()) {
    m.operator_screen = o.screen == "operator" || o.screen == "operator-pin";
    m.operator_unlocked = o.screen == "operator";
    m.start_settings = o.screen == "settings";
    if (m.operator_screen) m.start_screen = Screen::Attract;  // the operator screen is drawn over attract
    else if (m.start_settings) m.start_screen = Screen::Stories;
    else m.start_screen = screen_from_name(o.screen);
    if (!m.start_screen) m.unknown_screen = o.screen;
    m.ending = o.ending;
  }
  m.jump = !o.screen.empty() || !o.scenario_path.empty() || !o.layout_check_dir.empty();
  m.attract_first = !m.jump && !m.studio;
  return m;
}

}  // namespace lureproof
