// SoakVisitors: see soak_visitors.h. One decision per settled frame; a tap takes three frames
// (finger down, lifted = the click, a frame for the next screen to draw), a drag twelve.
#include "soak_visitors.h"

#include "journey/flag_tally.h"
#include "kiosk/session_check.h"
#include "script/script_driver.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdlib>

using namespace lureproof;

namespace {

const UiTarget* find(const UiTrace& trace, const std::string& label, bool visible) {
  for (const UiTarget& t : trace.targets)
    if (t.label == label && t.visible() == visible) return &t;
  return nullptr;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

SoakVisitors::SoakVisitors(App& app, const OperatorGesture& gesture, Setup setup)
    : app_(app), gesture_(gesture), setup_(std::move(setup)), rng_(setup_.seed) {}

void SoakVisitors::problem(const std::string& why) {
  if (++problems_ <= 20)
    std::fprintf(stderr, "soak: visit %ld, screen %s, frame %ld: %s\n", visits_ + 1, screen_name(app_.session().screen),
                 frames_, why.c_str());
}

// ---- the frame hook ----

void SoakVisitors::before_frame(const UiTrace& last) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // the finger is away unless a tap or drag says otherwise
  io.MouseDown[0] = false;
  ++frames_;
  ++visit_frames_;
  bool settle = false;
  if (tap_phase_ == 1) {  // the last frame was the click: look at what it did, let the screen redraw
    check_effect();
    tap_phase_ = -1;
    settle = true;
  }
  follow_visits();
  check_targets(last);
  if (tap_phase_ == 0) {  // lift the finger where it went down
    io.MousePos = tap_pos_;
    tap_phase_ = 1;
    return;
  }
  if (drag_frame_ >= 0) {
    drag_frame(drag_target_, drag_frame_);  // touch down, move, lift, settle
    if (++drag_frame_ >= 12) drag_frame_ = -1;
    return;
  }
  if (!settle && !done()) decide(last);
}

// ---- checks ----

void SoakVisitors::check_targets(const UiTrace& last) {
  // No button may share a point with the operator's hidden corner: a visitor's tap there would count
  // towards the gesture, and the gesture's taps would press it.
  for (const UiTarget& t : last.targets) {
    if (t.label == "operator-corner") continue;
    const float x0 = std::max(t.min.x, t.clip_min.x), y0 = std::max(t.min.y, t.clip_min.y);
    const float x1 = std::min(t.max.x, t.clip_max.x), y1 = std::min(t.max.y, t.clip_max.y);
    if (!gesture_.overlaps(x0, y0, x1, y1)) continue;
    const std::string key = std::string(screen_name(app_.session().screen)) + "/" + t.label;
    if (overlap_reported_.insert(key).second)
      problem("target '" + t.label + "' overlaps the operator corner (" + std::to_string(int(x0)) + "," +
              std::to_string(int(y0)) + ")-(" + std::to_string(int(x1)) + "," + std::to_string(int(y1)) + ")");
  }
}

void SoakVisitors::check_effect() {
  const Session& s = app_.session();
  bool ok = true;
  switch (effect_) {
    case Effect::Start: ok = s.started_at >= 0; break;
    case Effect::Language:
      ok = s.screen == Screen::ContentNote && s.language == effect_arg_;
      if (ok) visit_.language = effect_arg_;
      break;
    case Effect::Back: ok = s.screen != effect_from_ || s.started_at < 0; break;
    case Effect::Ready: ok = s.screen == Screen::Stories; break;
    case Effect::Story:
      ok = (s.screen == Screen::Play || s.screen == Screen::QuizPre) && s.story;
      if (ok && s.story->scenario().header.id != effect_arg_)
        problem("tapped story:" + effect_arg_ + " but " + s.story->scenario().header.id + " started");
      if (ok) {
        started_.insert(s.language + "/story:" + effect_arg_);
        visit_.scenario = effect_arg_;
        visit_.ending = "none";
        visit_.flags_spotted.clear();
        visit_.flags_missed.clear();
        spotted_.clear();
        marked_.clear();
        ending_counted_ = false;
      }
      break;
    case Effect::Mark: ok = s.marks.size() > size_t(effect_steps_); break;  // follow_visits tallies it
    case Effect::Choice: ok = s.story && s.story->steps() > effect_steps_; break;
    case Effect::SeeWhatHappened: ok = s.screen == Screen::Ending; break;  // follow_visits tallies it
    case Effect::Finish:
      ok = s.started_at < 0 && s.screen == Screen::Attract;
      finish_tapped_ = ok;
      break;
    case Effect::StillHere: ok = true; break;  // checked on the next decision (the overlay is gone)
    case Effect::None:
    case Effect::Other: break;
  }
  if (!ok) {
    ++missed_taps_;
    if (std::getenv("LUREPROOF_SOAK_VERBOSE"))
      std::fprintf(stderr, "soak: tap with effect %d (%s) on %s had no effect\n", int(effect_), effect_arg_.c_str(),
                   screen_name(effect_from_));
  }
  effect_ = Effect::None;
}

void SoakVisitors::follow_visits() {
  const Session& s = app_.session();
  if (started_at_ < 0 && s.started_at >= 0) {  // a visit began (a touch on the attract screen)
    started_at_ = s.started_at;
    visit_ = SessionSummary{};
    spotted_.clear();
    marked_.clear();
    quiz_counted_ = false;
    ending_counted_ = false;
    finish_tapped_ = false;
    visit_frames_ = 0;
    return;
  }
  if (started_at_ < 0) return;
  if (s.started_at != started_at_) {  // it ended: "Finish", Back from the first screen, or the idle reset
    visit_.duration_s = app_.clock() - started_at_;  // the App's clock is still the ending frame's
    visit_.completed = finish_tapped_;
    visit_.flags_spotted.assign(spotted_.begin(), spotted_.end());
    expected_.add(visit_);
    ++visits_;
    completed_ += finish_tapped_;
    walked_away_ += walking_away_;
    const std::vector<std::string> left = session_leftovers(s);
    if (s.started_at >= 0) problem("a new visit began in the frame the last one ended");
    else if (!left.empty()) problem("after the visit the session still holds: " + left.front());
    started_at_ = -1.0;
    walking_away_ = false;
    wait_frames_ = 0;
    finish_tapped_ = false;
    if (setup_.visit_ended) setup_.visit_ended(visits_);
    return;
  }
  // What the screens showed during the visit: marked messages (a filled flag) and the quiz result.
  for (const Mark& m : s.marks)
    if (marked_.insert({m.node, m.line}).second)
      for (const std::string& f : m.flags) spotted_.insert(f);
  // The ending screen: reached by "See what happened" — or by any tap that landed on that button
  // when it took the place of "Show all" under the finger. Flags seen but not marked were missed.
  if (s.screen == Screen::Ending && s.story && !ending_counted_) {
    ending_counted_ = true;
    visit_.ending = lure::ending_class_name(s.story->ending());
    visit_.flags_missed.clear();
    for (const std::string& id : s.story->flags_seen())
      if (!spotted_.count(id) && s.story->scenario().find_flag(id) >= 0) visit_.flags_missed.push_back(id);
  }
  // "What would you check?": the answer the session holds (the configured checks, then "none").
  if (s.check_choice >= 0 && visit_.check.empty()) {
    const std::vector<CheckOption>& checks = app_.config().checks;
    visit_.check = s.check_choice < int(checks.size()) ? checks[size_t(s.check_choice)].id : kNoCheckId;
  }
  if (s.screen == Screen::QuizResult && !quiz_counted_) {
    quiz_counted_ = true;
    visit_.quiz = s.quiz.result();
    visit_.quiz_band = discernment_change_band(visit_.quiz->discernment_change());
  }
}

// ---- input ----

bool SoakVisitors::tap(const UiTrace& last, const std::string& label, Effect effect, std::string arg) {
  const UiTarget* t = find(last, label, true);
  if (!t) {
    if (const UiTarget* hidden = find(last, label, false)) {  // scrolled out of view: drag towards it
      drag_target_ = *hidden;
      drag_frame_ = 0;
      return true;
    }
    return false;
  }
  const Session& s = app_.session();
  ImGuiIO& io = ImGui::GetIO();
  tap_pos_ = ImVec2((t->min.x + t->max.x) * 0.5f, (t->min.y + t->max.y) * 0.5f);
  io.MousePos = tap_pos_;
  io.MouseDown[0] = true;
  tap_phase_ = 0;
  ++taps_;
  effect_ = effect;
  effect_arg_ = std::move(arg);
  effect_from_ = s.screen;
  effect_steps_ = effect == Effect::Mark ? int(s.marks.size()) : s.story ? s.story->steps() : 0;
  return true;
}

bool SoakVisitors::tap_any(const UiTrace& last, const std::string& prefix, Effect effect) {
  std::vector<const UiTarget*> visible, hidden;
  for (const UiTarget& t : last.targets)
    if (starts_with(t.label, prefix)) (t.visible() ? visible : hidden).push_back(&t);
  if (!visible.empty() && (hidden.empty() || chance(0.7))) {  // or scroll for one out of view
    const std::string label = visible[size_t(pick(int(visible.size())))]->label;
    return tap(last, label, effect, label.substr(prefix.size()));
  }
  if (hidden.empty()) return false;
  drag_target_ = *hidden[size_t(pick(int(hidden.size())))];
  drag_frame_ = 0;
  return true;
}

void SoakVisitors::walk_away() {
  walking_away_ = true;
  wait_frames_ = 0;
  app_.harness().let_time_pass(setup_.idle_timeout_s + 1.0);
}

void SoakVisitors::dawdle() {
  wait_frames_ = 1;  // the overlay must be up in the next frame
  app_.harness().let_time_pass(setup_.idle_timeout_s + seconds(0.5, setup_.countdown_s - 1.0));
}

// ---- decisions ----

// The first visitors take the languages in turn and each picks a story not yet started in that
// language, so every scenario and catalogue has been loaded and drawn before visit 100 (the RSS
// reference); later visitors choose freely.
bool SoakVisitors::warm_up_language(const UiTrace& last) {
  if (visits_ >= 100) return false;
  std::vector<std::string> langs;
  for (const UiTarget& t : last.targets)
    if (starts_with(t.label, "lang:") && std::find(langs.begin(), langs.end(), t.label) == langs.end())
      langs.push_back(t.label);
  if (langs.empty()) return false;
  std::sort(langs.begin(), langs.end());
  const std::string& label = langs[size_t(visits_) % langs.size()];
  return tap(last, label, Effect::Language, label.substr(5));
}

bool SoakVisitors::warm_up_story(const UiTrace& last) {
  const std::string language = app_.session().language;
  for (const UiTarget& t : last.targets)
    if (starts_with(t.label, "story:") && !started_.count(language + "/" + t.label))
      return tap(last, t.label, Effect::Story, t.label.substr(6));  // drags towards it when out of view
  return false;
}

void SoakVisitors::decide(const UiTrace& last) {
  const Session& s = app_.session();
  const bool overlay = find(last, "still-here", true) != nullptr;
  if (walking_away_) {  // the warning comes, its countdown runs out, the kiosk layer resets
    if (overlay) app_.harness().let_time_pass(setup_.countdown_s + 1.0);
    else if (++wait_frames_ > 3) {
      problem("walked away, but neither the warning nor the reset came");
      walking_away_ = false;
    }
    return;
  }
  if (wait_frames_ > 0) {  // dawdled past the timeout: "Are you still there?" must be showing
    wait_frames_ = 0;
    if (!overlay) problem("no \"Are you still there?\" after the idle timeout");
  }
  if (overlay) {
    ++still_here_;
    tap(last, "still-here", Effect::StillHere);
    return;
  }
  if (started_at_ >= 0 && visit_frames_ > 40000) {
    problem("a visit took more than 40,000 frames");
    walk_away();
    return;
  }
  if (s.settings_open) return decide_settings(last);
  // The first visitor takes the text to 200 %: the font atlas then has its largest size well
  // before visit 100, the RSS reference, so growth after that point means a leak, not a first use.
  if (!largest_text_seen_ && started_at_ >= 0 && tap(last, "settings")) return;
  if (started_at_ >= 0 && chance(0.004)) return walk_away();
  if (started_at_ >= 0 && chance(0.006)) return dawdle();
  if (chance(s.screen == Screen::Attract ? 0.002 : 0.01) && tap(last, "settings")) return;
  bool acted = false;
  switch (s.screen) {
    case Screen::Attract: acted = tap(last, "Touch to start", Effect::Start); break;
    case Screen::Language:
      acted = (chance(0.06) && tap(last, "back", Effect::Back)) || warm_up_language(last) ||
              tap_any(last, "lang:", Effect::Language);
      break;
    case Screen::ContentNote:
      acted = (chance(0.05) && tap(last, "back", Effect::Back)) || tap(last, "ready", Effect::Ready);
      break;
    case Screen::Stories:
      acted = (chance(0.05) && tap(last, "back", Effect::Back)) || warm_up_story(last) ||
              tap_any(last, "story:", Effect::Story);
      break;
    case Screen::Play: return decide_play(last);
    case Screen::QuizPre:
    case Screen::QuizPost: return decide_quiz(last);
    case Screen::QuizResult:
      if (chance(0.05)) return walk_away();
      acted = tap(last, "quiz:continue");
      break;
    case Screen::Ending:
      if (chance(0.12)) return walk_away();
      acted = tap(last, chance(0.6) ? "to-debrief" : "to-help");
      break;
    case Screen::Debrief:
      if (chance(0.1)) return walk_away();
      acted = (chance(0.1) && tap(last, "back", Effect::Back)) || tap(last, "to-help");
      break;
    case Screen::Check:
      if (chance(0.08)) return walk_away();
      acted = (s.check_choice < 0 && chance(0.7) && tap_any(last, "check:", Effect::Other)) || tap(last, "check:next");
      break;
    case Screen::Help:
      if (chance(0.08)) return walk_away();
      acted = (chance(0.08) && tap(last, "back", Effect::Back)) || tap(last, "finish", Effect::Finish);
      break;
  }
  // Right after a screen change (or a reset by the idle timer) the trace may still be the old
  // screen's: wait a few frames before calling it a problem.
  stalls_ = acted ? 0 : stalls_ + 1;
  if (stalls_ > 5) {
    problem("nothing to tap");
    stalls_ = 0;
    if (started_at_ >= 0) walk_away();
  }
}

void SoakVisitors::decide_play(const UiTrace& last) {
  const Session& s = app_.session();
  if (!s.story) return problem("the play screen without a story");
  const bool at_end = find(last, "see-what-happened", true) || find(last, "see-what-happened", false);
  if (chance(at_end ? 0.4 : 0.3)) {  // mark a message as a red flag (right or wrong)
    std::vector<std::string> candidates;
    for (const UiTarget& t : last.targets) {
      if (!starts_with(t.label, "mark:") || !t.visible()) continue;
      int node = -1, line = -1;
      if (std::sscanf(t.label.c_str(), "mark:%d:%d", &node, &line) == 2 && !marked_.count({node, line}))
        candidates.push_back(t.label);
    }
    if (!candidates.empty()) {
      tap(last, candidates[size_t(pick(int(candidates.size())))], Effect::Mark);
      return;
    }
  }
  if (at_end) {
    if (chance(0.03)) return walk_away();
    tap(last, "see-what-happened", Effect::SeeWhatHappened);
    return;
  }
  if (!s.reveal.done()) {  // messages still arriving: read them as they come, or show them all
    if (chance(0.4) && tap(last, "show-all")) return;
    app_.harness().let_time_pass(seconds(0.2, 2.5));
    return;
  }
  std::vector<std::string> enabled;
  const auto& choices = s.story->choices();
  for (size_t i = 0; i < choices.size(); ++i)
    if (choices[i].enabled) enabled.push_back("choice:" + std::to_string(i));
  if (enabled.empty()) return problem("no enabled choice and no way on");
  tap(last, enabled[size_t(pick(int(enabled.size())))], Effect::Choice);
}

void SoakVisitors::decide_quiz(const UiTrace& last) {
  const QuizRun& q = app_.session().quiz;
  bool acted = false;
  if (q.revealed >= 0) acted = tap(last, "quiz:next");
  else if (chance(0.02)) acted = tap(last, "quiz:skip");
  else if (q.trust < 1) acted = tap(last, "trust:" + std::to_string(1 + pick(5)));
  else if (q.action < 0) {
    static const char* const actions[] = {"action:accept", "action:check-first", "action:refuse"};
    acted = tap(last, actions[pick(3)]);
  } else acted = tap(last, "quiz:next");
  if (!acted) problem("a quiz button is missing");
}

void SoakVisitors::decide_settings(const UiTrace& last) {
  if (!largest_text_seen_) {
    if (app_.session().settings.text_size < 1.99f) {
      if (!tap(last, "text-bigger")) problem("the settings overlay has no A+ button");
      return;
    }
    largest_text_seen_ = true;
  }
  // Text size is rare: each change rebuilds the font atlas (and a reset rebuilds it again).
  static const char* const toggles[] = {"high-contrast", "reduced-motion", "sound"};
  const char* label = chance(0.4)   ? "settings-done"
                      : chance(0.1) ? (chance(0.5) ? "text-bigger" : "text-smaller")
                                    : toggles[pick(3)];
  if (!tap(last, label) && !tap(last, "settings-done")) problem("the settings overlay has no Done button");
}
