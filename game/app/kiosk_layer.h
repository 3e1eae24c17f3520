// Kiosk mode on top of the App: counts each visit (StatsObserver), shows "Are you still there?"
// and resets the Session when nobody answers, and opens the operator screen on the hidden gesture.
// main() attaches it; the kiosk logic it calls is plain C++ in game/kiosk/.
#pragma once

#include "app/app.h"
#include "kiosk/kiosk_runtime.h"
#include "kiosk/stats_observer.h"
#include "screens/operator_screen.h"

namespace lureproof {

class KioskLayer {
 public:
  KioskLayer(KioskRuntime& kiosk, App& app);
  void attach();  // registers the statistics observer and the overlay hook with the App
  bool exit_requested() const { return exit_; }
  void open_operator_directly(bool unlocked) { operator_.open_directly(unlocked); }

 private:
  void draw(const UiContext& ui);

  KioskRuntime& kiosk_;
  App& app_;
  StatsObserver observer_;
  OperatorScreen operator_;
  bool exit_ = false;
  std::size_t content_problems_seen_ = 0;  // App::content_problems() already sent to the kiosk
};

}  // namespace lureproof
