// Journey: screen transitions, story steps, marks and the statistics events they raise.
#include "journey/journey.h"

#include "journey/audience_filter.h"
#include "journey/ending_routes.h"
#include "journey/flag_tally.h"

#include <algorithm>
#include <cstdio>

namespace lureproof {

void Journey::go(Session& s, Screen screen, double now) {
  s.screen = screen;
  s.screen_since = now;
  s.settings_open = false;
}

std::string Journey::scenario_id(const Session& s) const {
  return s.scenario >= 0 && s.scenario < library_.size() ? library_.scenario(s.scenario).header.id : std::string();
}

std::string Journey::default_language() const {
  return !forced_language_.empty()   ? forced_language_
         : config_.languages.empty() ? std::string("en")
                                     : config_.languages.front();
}

std::string Journey::attract_language() const {
  return needs_language_picker() ? std::string("en") : default_language();
}

bool Journey::needs_language_picker() const { return forced_language_.empty() && config_.languages.size() > 1; }

std::vector<int> Journey::visible_scenarios(const Session& s) const {
  const std::vector<int> all = library_.for_language(s.language);
  std::vector<int> audiences;
  for (int i : all) audiences.push_back(library_.scenario(i).header.audience);
  std::vector<int> offered;
  for (std::size_t k : stories_for_audience(audiences, config_.audience)) offered.push_back(all[k]);
  return offered;
}

void Journey::touch_start(Session& s, double now) {
  s.started_at = now;
  notify([](SessionEvents& o) { o.session_started(); });
  if (needs_language_picker()) {
    go(s, Screen::Language, now);
    return;
  }
  choose_language(s, default_language(), now);
}

void Journey::choose_language(Session& s, const std::string& code, double now) {
  s.language = code;
  notify([&](SessionEvents& o) { o.language_chosen(code); });
  go(s, Screen::ContentNote, now);
}

void Journey::accept_content_note(Session& s, double now) { go(s, Screen::Stories, now); }

void Journey::go_back(Session& s, double now) {
  switch (s.screen) {
    case Screen::Language: reset(s, now); break;
    case Screen::ContentNote:
      if (needs_language_picker()) go(s, Screen::Language, now);
      else reset(s, now);
      break;
    case Screen::Stories: go(s, Screen::ContentNote, now); break;
    case Screen::Debrief: go(s, Screen::Ending, now); break;
    case Screen::Help: go(s, s.story ? Screen::Debrief : Screen::Stories, now); break;
    case Screen::Check: go(s, Screen::Debrief, now); break;
    default: break;
  }
}

void Journey::begin_step_reveal(Session& s, int already_visible) {
  std::vector<RevealItem> items;
  const std::vector<FeedLine> feed = feed_of(*s.story);
  for (size_t i = size_t(already_visible); i < feed.size(); ++i) {
    const lure::LineView& l = s.story->transcript()[size_t(feed[i].node)].lines[size_t(feed[i].line)];
    items.push_back({l.delay_ms, l.typing_ms, l.pause_ms});
  }
  s.reveal.start(already_visible, std::move(items));
}

const lure::Scenario& Journey::scenario_in(int index, const std::string& language) const {
  const lure::Scenario& source = library_.scenario(index);
  if (!localized_ || language.empty()) return source;
  return localized_->get(source, language);
}

bool Journey::start_scenario(Session& s, int index, double now) {
  // A story's header alone (the web edition before its text arrived) cannot be played.
  if (index < 0 || index >= library_.size() || !library_.whole(index)) return false;
  s.scenario = index;
  s.story.emplace(scenario_in(index, s.language));
  s.story->start(0);
  s.marks.clear();
  s.ending_reported = false;
  s.last_feedback.clear();
  begin_step_reveal(s, 0);
  const std::string id = scenario_id(s);
  notify([&](SessionEvents& o) { o.scenario_started(id); });
  s.quiz = QuizRun{};
  if (quiz_cards_ && config_.quiz) s.quiz = start_quiz_run(*quiz_cards_, config_.quiz_cards, quiz_seed_++, id);
  go(s, s.quiz.active() ? Screen::QuizPre : Screen::Play, now);
  return true;
}

int Journey::update(Session& s, double dt) {
  if (s.screen != Screen::Play || !s.story) return 0;
  const int before = s.reveal.visible();
  s.reveal.advance(dt);
  const int after = s.reveal.visible();
  int pings = 0;
  const std::vector<FeedLine> feed = feed_of(*s.story);
  for (int i = before; i < after && i < int(feed.size()); ++i) {
    const lure::NodeView& node = s.story->transcript()[size_t(feed[size_t(i)].node)];
    const lure::LineView& l = node.lines[size_t(feed[size_t(i)].line)];
    const bool incoming_chat = (node.channel == lure::Channel::Chat || node.channel == lure::Channel::Sms) &&
                               l.speaker_id != "you" && l.speaker_id != "narrator";
    if (!l.sound.empty() || incoming_chat) ++pings;
  }
  return pings;
}

void Journey::skip_reveal(Session& s) { s.reveal.skip(); }

bool Journey::choose(Session& s, size_t choice, double now) {
  if (!s.story || !s.reveal.done()) return false;
  const int visible = int(feed_of(*s.story).size());
  if (!s.story->choose(choice)) return false;
  s.last_feedback.clear();
  begin_step_reveal(s, visible);
  (void)now;
  return true;
}

void Journey::mark(Session& s, int node, int line, double now) {
  if (!s.story || find_mark(s.marks, node, line)) return;
  const auto& t = s.story->transcript();
  if (node < 0 || node >= int(t.size()) || !line_exists(t[size_t(node)], line)) return;
  const std::vector<std::string> flags = flags_on(t[size_t(node)], line);
  Mark m{node, line, !flags.empty(), flags};
  s.marks.push_back(m);
  s.feedback_since = now;
  const std::string id = scenario_id(s);
  if (!m.correct) {
    notify([&](SessionEvents& o) { o.red_flag(id, "", FlagOutcome::WrongMark); });
    return;
  }
  for (const std::string& f : m.flags) notify([&](SessionEvents& o) { o.red_flag(id, f, FlagOutcome::Spotted); });
}

void Journey::finish_play(Session& s, double now) {
  if (!s.story) return;
  s.reveal.skip();
  if (!s.ending_reported) {
    s.ending_reported = true;
    const std::string id = scenario_id(s);
    const lure::EndingClass ending = s.story->ending();
    notify([&](SessionEvents& o) { o.ending_reached(id, ending); });
    for (const FlagResult& r : tally_flags(*s.story, s.marks).flags)
      if (!r.spotted) notify([&](SessionEvents& o) { o.red_flag(id, r.flag->id, FlagOutcome::Missed); });
  }
  go(s, Screen::Ending, now);
}

void Journey::to_debrief(Session& s, double now) { go(s, Screen::Debrief, now); }
std::vector<std::string> Journey::check_ids() const {
  std::vector<std::string> ids;
  for (const CheckOption& c : config_.checks) ids.push_back(c.id);
  ids.push_back(kNoCheckId);
  return ids;
}

void Journey::choose_check(Session& s, int index, double now) {
  const std::vector<std::string> ids = check_ids();
  if (s.screen != Screen::Check || s.check_choice >= 0 || index < 0 || index >= int(ids.size())) return;
  s.check_choice = index;
  s.feedback_since = now;
  const std::string id = scenario_id(s);
  notify([&](SessionEvents& o) { o.check_chosen(id, ids[size_t(index)]); });
}

void Journey::check_done(Session& s, double now) {
  s.check_done = true;
  to_help(s, now);
}

void Journey::to_help(Session& s, double now) {
  if (config_.check_step && !s.check_done && s.story) {
    go(s, Screen::Check, now);
    return;
  }
  const bool post_test_due = s.quiz.active() && s.quiz.finished(QuizPhase::Pre) && !s.quiz.finished(QuizPhase::Post);
  go(s, post_test_due ? Screen::QuizPost : Screen::Help, now);
}

void Journey::quiz_test_done(Session& s, bool skipped, double now) {
  if (s.screen == Screen::QuizPre) {
    if (skipped) s.quiz = QuizRun{};  // no pre-test, no post-test
    go(s, Screen::Play, now);
  } else if (s.screen == Screen::QuizPost) {
    if (skipped || !s.quiz.result().valid()) {
      s.quiz = QuizRun{};
      go(s, Screen::Help, now);
      return;
    }
    const std::string id = scenario_id(s);
    const QuizResult result = s.quiz.result();
    notify([&](SessionEvents& o) { o.quiz_finished(id, s.language, result); });
    go(s, Screen::QuizResult, now);
  }
}

void Journey::quiz_result_done(Session& s, double now) { go(s, Screen::Help, now); }

void Journey::finish(Session& s, double now) {
  const double duration = s.started_at >= 0 ? now - s.started_at : 0.0;
  notify([&](SessionEvents& o) { o.session_ended(duration, true); });
  s = Session{};
  s.screen_since = now;
}

void Journey::reset(Session& s, double now) {
  if (s.started_at >= 0) {
    const double duration = now - s.started_at;
    notify([&](SessionEvents& o) { o.session_ended(duration, false); });
  }
  s = Session{};
  s.screen_since = now;
}

void Journey::autoplay_shortest(Session& s) {
  if (!s.story) return;
  s.reveal.skip();
  for (const int wanted : library_.shortest_route_choices(s.scenario)) {
    if (s.story->is_ended()) break;
    const auto& choices = s.story->choices();
    size_t pick = choices.size();
    for (size_t i = 0; i < choices.size(); ++i)
      if (choices[i].enabled && choices[i].choice_index == wanted) pick = i;
    if (pick == choices.size())
      for (size_t i = 0; i < choices.size() && pick == choices.size(); ++i)
        if (choices[i].enabled) pick = i;
    if (pick == choices.size() || !choose(s, pick, s.screen_since)) break;
    s.reveal.skip();
  }
}

bool Journey::autoplay_to_ending(Session& s, const std::string& ending, std::string& error) {
  if (!s.story) return false;
  const std::vector<EndingRoute> routes = ending_routes(s.story->scenario());
  const EndingRoute* route = find_ending(routes, ending);
  if (!route) {
    error = "no ending '" + ending + "'; the endings are " + list_endings(routes);
    return false;
  }
  lure::Story trial(s.story->scenario());
  std::vector<int> picks;
  if (!play_to_ending(trial, *route, picks, error)) return false;
  if (trial.seed() != s.story->seed()) {
    s.story->start(trial.seed());
    begin_step_reveal(s, 0);
  }
  for (const int pick : picks) {
    s.reveal.skip();
    if (!choose(s, size_t(pick), s.screen_since)) break;
  }
  s.reveal.skip();
  return s.story->is_ended() && s.story->current().id == ending;
}

void Journey::start_preview(Session& s, int index, double now) {
  if (index < 0 || index >= library_.size()) return;
  const Settings settings = s.settings;
  const std::string written_in = library_.scenario(index).header.language;
  const std::string language = written_in.empty() ? std::string("en") : written_in;
  s = Session{};
  s.settings = settings;
  s.started_at = now;
  s.language = language;
  if (!start_scenario(s, index, now)) return;
  s.quiz = QuizRun{};
  go(s, Screen::Play, now);
}

void Journey::open_directly(Session& s, Screen screen, int index, double now, const std::string& ending) {
  s = Session{};
  s.started_at = now;
  s.language = default_language();
  if (screen == Screen::Attract || screen == Screen::Language || screen == Screen::ContentNote ||
      screen == Screen::Stories) {
    if (screen == Screen::Attract) s = Session{};
    go(s, screen, now);
    return;
  }
  if (!start_scenario(s, std::max(0, index), now)) {
    go(s, screen == Screen::Help ? Screen::Help : Screen::Stories, now);
    return;
  }
  if (screen == Screen::QuizPre) return;  // stays there only when the quiz is on
  const bool quiz_screen = screen == Screen::QuizPost || screen == Screen::QuizResult;
  if (!quiz_screen) s.quiz = QuizRun{};  // direct jumps elsewhere skip the quiz
  if (screen == Screen::Play) {
    go(s, Screen::Play, now);
    return;
  }
  if (quiz_screen && s.quiz.active() && quiz_cards_) {
    // Answer the pre-test (and for the result also the post-test) with middling answers.
    for (QuizPhase phase : {QuizPhase::Pre, QuizPhase::Post}) {
      if (phase == QuizPhase::Post && screen == Screen::QuizPost) break;
      while (s.quiz.current_card(phase) >= 0) {
        s.quiz.trust = (*quiz_cards_)[size_t(s.quiz.current_card(phase))].legit ? 4 : 2;
        s.quiz.action = int(QuizAction::CheckFirst);
        s.quiz.submit(phase, *quiz_cards_);
      }
      s.quiz.dismiss_reveal();
    }
  }
  std::string error;
  if (ending.empty() || (screen != Screen::Ending && screen != Screen::Debrief)) autoplay_shortest(s);
  else if (!autoplay_to_ending(s, ending, error)) std::fprintf(stderr, "lureproof: warning: %s\n", error.c_str());
  if (screen == Screen::Help) {
    go(s, Screen::Help, now);
    return;
  }
  finish_play(s, now);
  if (screen == Screen::Debrief) to_debrief(s, now);
  if (screen == Screen::Check) go(s, Screen::Check, now);
  if (quiz_screen) go(s, s.quiz.active() ? screen : Screen::Help, now);
}

}  // namespace lureproof
