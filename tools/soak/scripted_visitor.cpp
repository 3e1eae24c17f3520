// play_one_visitor: see scripted_visitor.h. Every random decision comes from the seeded rng, so a
// failing run is reproduced with the same --seed.
#include "scripted_visitor.h"

#include "journey/feed.h"
#include "kiosk/session_check.h"

#include <algorithm>
#include <set>

namespace {

class Visit {
 public:
  explicit Visit(VisitorWorld& w) : w_(w) {}

  VisitOutcome run();

 private:
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(w_.rng) < p; }
  int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(w_.rng)); }
  double seconds(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(w_.rng); }

  void fail(const std::string& why) {
    if (out_.problem.empty()) out_.problem = why;
  }
  // The visitor thinks, then touches something (an action resets the idle timer).
  void act_after(double lo, double hi) {
    w_.now += seconds(lo, hi);
    if (w_.idle.update(w_.now) != IdleTimer::Phase::Active) fail("idle warning during a short pause");
    w_.idle.input(w_.now);
  }
  // Reading paced messages: time passes without input; answers a warning if one comes up.
  void read_step() {
    Session& s = w_.session;
    if (chance(0.5)) {
      w_.journey.skip_reveal(s);
      return;
    }
    for (int i = 0; i < 4000 && !s.reveal.done(); ++i) {
      w_.now += 0.25;
      w_.journey.update(s, 0.25);
      if (w_.idle.update(w_.now) == IdleTimer::Phase::Warning) press_still_here();
    }
    if (!s.reveal.done()) fail("reveal never finished");
  }
  void press_still_here() {
    w_.idle.input(w_.now);
    ++out_.still_here;
    if (w_.idle.update(w_.now) != IdleTimer::Phase::Active) fail("\"I'm still here\" did not dismiss the warning");
  }
  // Lets the warning come up, then continues before the countdown ends (WCAG 2.2.1 path).
  void dawdle() {
    w_.idle.input(w_.now);  // a last touch, then the visitor is distracted
    w_.now += w_.idle_timeout_s + seconds(0.5, w_.countdown_s - 0.5);
    if (w_.idle.update(w_.now) != IdleTimer::Phase::Warning) fail("no warning after the idle timeout");
    if (w_.idle.seconds_left() < 1 || w_.idle.seconds_left() > int(w_.countdown_s)) fail("bad countdown");
    press_still_here();
  }
  // Leaves for good: one-second ticks until the timer expires, then the app's reset.
  void walk_away() {
    w_.idle.input(w_.now);  // the last touch before leaving
    const double left_at = w_.now;
    bool warned = false;
    int first_count = -1;
    while (w_.idle.update(w_.now) != IdleTimer::Phase::Expired) {
      if (w_.idle.phase() == IdleTimer::Phase::Warning) {
        if (!warned) first_count = w_.idle.seconds_left();
        warned = true;
      }
      w_.now += 1.0;
      if (w_.now - left_at > 10000) return fail("the idle timer never expired");
    }
    if (!warned || first_count != int(w_.countdown_s)) fail("the countdown was not shown in full before the reset");
    if (w_.now - left_at < w_.idle_timeout_s + w_.countdown_s) fail("reset before timeout + countdown");
    out_.expected.duration_s = w_.now - started_;
    out_.expected.completed = false;
    out_.expected.flags_spotted.assign(spotted_.begin(), spotted_.end());  // spotted counts even unfinished
    out_.walked_away = true;
    w_.on_idle_reset();
    w_.idle.disarm();
    check_wiped();
  }
  void check_wiped() {
    const std::vector<std::string> left = session_leftovers(w_.session);
    if (!left.empty()) fail("after the reset the session still holds: " + left.front());
  }
  void mark_some() {
    Session& s = w_.session;
    const std::vector<FeedLine> feed = feed_of(*s.story);
    const int visible = std::min<int>(s.reveal.visible(), int(feed.size()));
    if (visible <= 0) return;
    const int marks = chance(0.6) ? pick(3) : 0;
    for (int m = 0; m < marks; ++m) {
      const FeedLine f = feed[size_t(pick(visible))];
      const lure::LineView& line = s.story->transcript()[size_t(f.node)].lines[size_t(f.line)];
      act_after(1, 8);
      w_.journey.mark(s, f.node, f.line, w_.now);
      for (const std::string& flag : line.flags) spotted_.insert(flag);
    }
  }

  VisitorWorld& w_;
  VisitOutcome out_;
  double started_ = 0;
  std::set<std::string> spotted_;
};

VisitOutcome Visit::run() {
  Journey& j = w_.journey;
  Session& s = w_.session;
  check_wiped();
  w_.now += seconds(1, 30);  // between visitors
  started_ = w_.now;
  j.touch_start(s, w_.now);
  w_.idle.arm(w_.now);
  if (j.needs_language_picker()) {
    if (chance(0.03)) return walk_away(), out_;
    const auto& langs = j.config().languages;
    act_after(1, 6);
    j.choose_language(s, langs[size_t(pick(int(langs.size())))], w_.now);
  }
  out_.expected.language = s.language;
  if (chance(0.3)) {  // the settings overlay: bigger text, high contrast, no motion, no sound
    act_after(1, 5);
    s.settings_open = true;
    s.settings.text_size = 1.5f;
    s.settings.high_contrast = chance(0.5);
    s.settings.reduced_motion = chance(0.5);
    s.settings.sound = chance(0.5);
    act_after(1, 5);
    s.settings_open = chance(0.2);  // sometimes left open when walking away
  }
  if (chance(0.2)) {  // a quiz card half answered (the quiz screen keeps it in the session)
    s.quiz.trust = 1 + pick(5);
    s.quiz.action = pick(3);
  }
  act_after(2, 12);
  j.accept_content_note(s, w_.now);
  if (chance(0.03)) return walk_away(), out_;

  const std::vector<int> offered = j.visible_scenarios(s);
  if (offered.empty()) return fail("no scenario offered"), out_;
  const int index = offered[size_t(pick(int(offered.size())))];
  act_after(2, 10);
  if (!j.start_scenario(s, index, w_.now)) return fail("start_scenario failed"), out_;
  out_.expected.scenario = j.library().scenario(index).header.id;

  for (int step = 0; step < 300 && !s.story->is_ended(); ++step) {
    read_step();
    mark_some();
    if (chance(0.05)) dawdle();
    if (chance(0.015)) return walk_away(), out_;
    if (s.story->is_stuck()) return walk_away(), out_;
    std::vector<size_t> enabled;
    for (size_t c = 0; c < s.story->choices().size(); ++c)
      if (s.story->choices()[c].enabled) enabled.push_back(c);
    if (enabled.empty()) return walk_away(), out_;
    act_after(2, 15);
    if (!j.choose(s, enabled[size_t(pick(int(enabled.size())))], w_.now)) return fail("a choice was refused"), out_;
  }
  if (!s.story->is_ended()) return walk_away(), out_;

  read_step();
  mark_some();
  act_after(2, 10);
  j.finish_play(s, w_.now);
  out_.expected.ending = lure::ending_class_name(s.story->ending());
  out_.expected.flags_spotted.assign(spotted_.begin(), spotted_.end());
  for (const std::string& id : s.story->flags_seen())
    if (!spotted_.count(id)) out_.expected.flags_missed.push_back(id);
  if (chance(0.15)) return walk_away(), out_;  // left on the ending screen
  act_after(5, 30);
  j.to_debrief(s, w_.now);
  if (chance(0.1)) return walk_away(), out_;
  act_after(5, 40);
  j.to_help(s, w_.now);
  if (chance(0.1)) return walk_away(), out_;
  act_after(3, 20);
  out_.expected.duration_s = w_.now - started_;
  out_.expected.completed = true;
  j.finish(s, w_.now);
  w_.idle.disarm();
  check_wiped();
  return out_;
}

}  // namespace

VisitOutcome play_one_visitor(VisitorWorld& w) { return Visit(w).run(); }
