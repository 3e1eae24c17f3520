// Scripted visitors for the real frame loop. Installed as the App's input hook, they run before
// every ImGui::NewFrame, look at the targets the UI traced in the last frame and act through input
// only: taps on those targets (languages, stories, choices, red-flag marks, Back, settings, quiz
// answers), drags to scroll, and idles (the App's clock jumps ahead, so "Are you still there?" and
// the idle reset happen in the kiosk layer for real). Beside that they keep their own tally of what
// was played — from their taps and what the screens then showed, never from the statistics — so
// the soak can compare it with the counters. Every random decision comes from the seeded rng.
#pragma once

#include "app/app.h"
#include "kiosk/operator_gesture.h"
#include "kiosk/statistics.h"

#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <utility>

using namespace lureproof;

class SoakVisitors {
 public:
  struct Setup {
    long sessions = 1000;
    std::uint64_t seed = 1;
    double idle_timeout_s = 60, countdown_s = 20;
    std::function<void(long visits)> visit_ended;  // after the tally took in visit number `visits`
  };

  SoakVisitors(App& app, const OperatorGesture& gesture, Setup setup);
  void before_frame(const UiTrace& last);  // the App's input hook
  bool done() const { return visits_ >= setup_.sessions || problems_ > 20; }

  const Statistics& expected() const { return expected_; }
  long visits() const { return visits_; }
  long completed() const { return completed_; }
  long walked_away() const { return walked_away_; }
  long still_here() const { return still_here_; }
  long taps() const { return taps_; }
  long missed_taps() const { return missed_taps_; }  // a target moved away under the finger
  long frames() const { return frames_; }
  long problems() const { return problems_; }

 private:
  enum class Effect {
    None,
    Start,
    Language,
    Back,
    Ready,
    Story,
    Mark,
    Choice,
    SeeWhatHappened,
    Finish,
    StillHere,
    Other
  };

  void problem(const std::string& why);
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng_)); }
  double seconds(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }

  void check_targets(const UiTrace& last);
  void check_effect();   // the last tap's result, in the Session the screens draw from
  void follow_visits();  // notices a visit starting or ending, closes the tally of one
  void decide(const UiTrace& last);
  void decide_play(const UiTrace& last);
  void decide_quiz(const UiTrace& last);
  void decide_settings(const UiTrace& last);
  // Taps the visible target `label` (or drags its list towards it when scrolled out of view);
  // returns false when there is no such target at all.
  bool tap(const UiTrace& last, const std::string& label, Effect effect = Effect::Other, std::string arg = "");
  bool tap_any(const UiTrace& last, const std::string& prefix, Effect effect);
  bool warm_up_language(const UiTrace& last);
  bool warm_up_story(const UiTrace& last);
  void walk_away();
  void dawdle();

  App& app_;
  const OperatorGesture& gesture_;
  Setup setup_;
  std::mt19937_64 rng_;

  // The tap or drag in progress.
  int tap_phase_ = -1;  // 0: finger down, 1: lifted (the click), 2: settle frame
  ImVec2 tap_pos_;
  Effect effect_ = Effect::None;
  std::string effect_arg_;
  Screen effect_from_ = Screen::Attract;
  int effect_steps_ = 0;
  int drag_frame_ = -1;
  UiTarget drag_target_;

  // The visit in progress and its tally.
  double started_at_ = -1.0;
  bool finish_tapped_ = false;
  bool walking_away_ = false;
  int stalls_ = 0;       // decisions in a row that found nothing to tap
  int wait_frames_ = 0;  // frames the idle overlay or the reset may take to come
  long visit_frames_ = 0;
  SessionSummary visit_;
  std::set<std::string> spotted_;
  std::set<std::pair<int, int>> marked_;
  bool quiz_counted_ = false;
  bool ending_counted_ = false;
  bool largest_text_seen_ = false;
  std::set<std::string> started_;  // "<language>/story:<id>" combinations begun so far
  std::set<std::string> overlap_reported_;

  Statistics expected_;
  long visits_ = 0, completed_ = 0, walked_away_ = 0, still_here_ = 0, taps_ = 0, missed_taps_ = 0, frames_ = 0,
       problems_ = 0;
};
