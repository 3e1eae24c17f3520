// The operator's screens behind the hidden gesture (five taps in the top-left corner within 3 s):
// a PIN pad, then the content's review status and the statistics as bar charts (counts under 5 shown as "<5"), CSV export to a
// chosen folder, counter reset and leaving the kiosk — each with a confirmation. Also draws the
// config-warning banner on the attract screen. Drawing here; the logic lives in game/kiosk/.
#pragma once

#include "content/content_status.h"
#include "kiosk/kiosk_runtime.h"
#include "ui/widgets.h"

#include <string>
#include <vector>

namespace lureproof {

class OperatorScreen {
 public:
  explicit OperatorScreen(KioskRuntime& kiosk) : kiosk_(kiosk) {}

  enum class Action { None, Opened, ExitKiosk };
  // Once per frame, after every screen and overlay. `on_attract`: nobody is playing (banner shown).
  Action draw(const UiContext& ui, double now, bool on_attract);
  bool visible() const { return view_ != View::Closed; }
  // For `--screen operator` / `--screen operator-pin` (screenshots and tests; a visitor cannot pass
  // command-line options to a kiosk): opens the menu, or the PIN pad, without the gesture.
  void open_directly(bool unlocked) { view_ = unlocked ? View::Menu : View::Pin; }
  void close_directly() { close(); }  // the layout check moves on to another screen
  // The content's review status shown in the menu (when the facts were last checked, each story's review).
  void set_content_status(ContentStatus status) { content_ = std::move(status); }

 private:
  enum class View { Closed, Pin, Menu };
  enum class Confirm { None, Reset, Exit, Export };

  void draw_banner(const UiContext& ui);
  void draw_pin_pad(const UiContext& ui);
  Action draw_menu(const UiContext& ui, double now);
  float draw_statistics(const UiContext& ui, ImVec2 pos, float width);
  float draw_content_status(const UiContext& ui, ImVec2 pos, float width);
  void close();

  KioskRuntime& kiosk_;
  View view_ = View::Closed;
  Confirm confirm_ = Confirm::None;
  std::string message_;               // result of the last action, or the PIN pad's feedback
  std::vector<std::string> folders_;  // export candidates, listed when the export is chosen
  std::string chosen_folder_;
  double last_input_ = 0.0;  // the operator screen closes itself after 2 minutes untouched
  ContentStatus content_;
};

}  // namespace lureproof
