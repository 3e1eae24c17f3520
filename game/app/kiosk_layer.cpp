// KioskLayer: the per-frame glue between ImGui input, the idle timer, the overlays and the App.
#include "app/kiosk_layer.h"

#include "kiosk/session_check.h"
#include "screens/idle_overlay.h"
#include "ui/frame_demand.h"

#include <imgui.h>

namespace lureproof {

namespace {
bool any_input() {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsAnyMouseDown() || io.MouseWheel != 0.f || io.MouseWheelH != 0.f || io.InputQueueCharacters.Size > 0)
    return true;
  for (bool down : io.KeysDown)
    if (down) return true;
  for (float v : io.NavInputs)  // a gamepad visitor is present too
    if (v > 0.f) return true;
  return false;
}
}  // namespace

KioskLayer::KioskLayer(KioskRuntime& kiosk, App& app)
    : kiosk_(kiosk), app_(app), observer_([&kiosk](const SessionSummary& v) { kiosk.record_visit(v); }),
      operator_(kiosk) {}

void KioskLayer::attach() {
  app_.add_observer(&observer_);
  app_.set_overlay_hook([this](const UiContext& ui) { draw(ui); });
  app_.set_cover_hook([this] { return kiosk_.idle().phase() == IdleTimer::Phase::Warning; });
  app_.set_layout_hook([this](const std::string& screen) {
    operator_.close_directly();
    kiosk_.idle().disarm();
    if (screen == "operator" || screen == "operator-pin") operator_.open_directly(screen == "operator");
    // "Are you still there?": the visitor stopped touching longer ago than the timeout.
    if (screen == "idle") kiosk_.idle().arm(app_.clock() - kiosk_.config().idle_timeout_s - 1.0);
  });
}

void KioskLayer::draw(const UiContext& ui) {
  const double now = app_.clock();
  // Content that failed to load reaches kiosk.log, the attract-screen banner and the operator screen.
  const std::vector<std::string>& problems = app_.content_problems();
  for (; content_problems_seen_ < problems.size(); ++content_problems_seen_)
    kiosk_.report_problem(problems[content_problems_seen_]);
  IdleTimer& idle = kiosk_.idle();
  // Armed whenever the Session holds anything of a visitor, even settings changed on attract.
  const bool visitor_present = !session_leftovers(app_.session()).empty();
  if (!visitor_present || operator_.visible()) idle.disarm();
  else if (!idle.armed()) idle.arm(now);
  if (any_input() || app_.mirror_input()) idle.input(now);
  switch (idle.update(now)) {
    case IdleTimer::Phase::Warning:
      if (draw_idle_overlay(ui, idle.seconds_left(), kiosk_.config().idle_countdown_s)) idle.input(now);
      break;
    case IdleTimer::Phase::Expired:
      kiosk_.note_idle_reset();
      app_.reset_session();  // the Session is replaced whole; the observer counts the visit
      idle.disarm();
      break;
    case IdleTimer::Phase::Active: break;
  }
  // Event-driven rendering: the idle timer must fire while nothing is drawn, and the countdown moves
  // once a second (one frame per tick: the number and the ring change together).
  if (idle.phase() == IdleTimer::Phase::Warning) need_frame_in(idle.seconds_to_next_tick(now) + 0.01, true);
  else if (idle.armed()) need_frame_in(idle.seconds_to_warning(now));
  const bool on_attract = app_.session().screen == Screen::Attract;
  if (operator_.visible()) operator_.set_content_status(app_.content_status());
  switch (operator_.draw(ui, now, on_attract)) {
    case OperatorScreen::Action::Opened:
      // The taps of the gesture may have started a visit: drop it uncounted and start clean.
      observer_.discard();
      app_.reset_session();
      idle.disarm();
      break;
    case OperatorScreen::Action::ExitKiosk: exit_ = true; break;
    case OperatorScreen::Action::None: break;
  }
  if (operator_.visible()) need_frame_in(1.0);  // the PIN lockout countdown, closing after 2 minutes
}

}  // namespace lureproof
