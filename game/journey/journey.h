// The visitor's journey as plain logic: what each touch, choice, mark or timer does to the Session,
// and which statistics events it raises. Screens only report actions; App hands them to Journey.
// attract -> [language] -> content note -> stories -> play -> ending -> debrief -> "What would you
// check?" -> help -> attract.
#pragma once

#include "journey/feed.h"
#include "journey/scenario_library.h"
#include "journey/session.h"
#include "journey/session_events.h"
#include "kiosk/site_config.h"
#include "l10n/scenario_text.h"

#include <cstdint>
#include <vector>

namespace lureproof {

class Journey {
 public:
  Journey(const ScenarioLibrary& library, const SiteConfig& config) : library_(library), config_(config) {}

  void add_observer(SessionEvents* observer) { observers_.push_back(observer); }
  // Language forced by --lang (skips the picker); empty = ask when several are enabled.
  void set_forced_language(std::string code) { forced_language_ = std::move(code); }
  // The language a session starts in: the forced one (--lang), else the first enabled, else "en".
  std::string default_language() const;
  // The language of the attract screen, before a visitor chose one: the only one a visitor can get
  // (--lang / the web's ?lang=, or a kiosk with a single language), else "en".
  std::string attract_language() const;
  // The quiz bank's cards (kept alive by the caller) and a seed for card selection; without them,
  // or with SiteConfig::quiz off, there is no pre/post quiz.
  void set_quiz(const std::vector<QuizCard>* cards, std::uint64_t seed) {
    quiz_cards_ = cards;
    quiz_seed_ = seed;
  }
  // Where translated copies of the scenarios come from (kept alive by the caller); without it,
  // stories play in the language they were written in.
  void set_localizer(LocalizedScenarios* localized) { localized_ = localized; }
  // The library's scenario `index` in `language` (the source itself without a translation).
  const lure::Scenario& scenario_in(int index, const std::string& language) const;

  void touch_start(Session& s, double now);
  void choose_language(Session& s, const std::string& code, double now);
  void accept_content_note(Session& s, double now);
  void go_back(Session& s, double now);  // one screen back where that makes sense
  bool start_scenario(Session& s, int library_index, double now);
  // Play: advances the reveal; returns how many lines appeared this frame that deserve a ping.
  int update(Session& s, double dt);
  void skip_reveal(Session& s);
  bool choose(Session& s, size_t choice, double now);
  void mark(Session& s, int node, int line, double now);
  void finish_play(Session& s, double now);  // the ending was read -> ending screen
  void to_debrief(Session& s, double now);
  void to_help(Session& s, double now);  // via "What would you check?" and the post-test when due
  // "What would you check?": the ids offered, in order (the configured checks, then kNoCheckId).
  std::vector<std::string> check_ids() const;
  void choose_check(Session& s, int index, double now);  // records the answer (once) and its event
  void check_done(Session& s, double now);               // on check: go on (answered or skipped)
  void finish(Session& s, double now);                   // help -> attract, the visitor is done
  // Quiz: stories -> quiz-pre -> play ... ending/debrief -> check -> quiz-post -> quiz-result -> help.
  void quiz_test_done(Session& s, bool skipped, double now);  // on quiz-pre or quiz-post
  void quiz_result_done(Session& s, double now);              // on quiz-result
  void reset(Session& s, double now);                         // kiosk idle reset: replaces the session whole
  // Educator preview: a new session (keeping the display settings) that plays library scenario
  // `index` at once, in the language it is written in, without the quiz.
  void start_preview(Session& s, int library_index, double now);

  // For --screen and tests: jump to a screen with the state it needs (plays the shortest route
  // for ending/debrief, or the route to `ending` when one is named: --ending ID).
  void open_directly(Session& s, Screen screen, int library_index, double now, const std::string& ending = {});
  // Plays the shortest route to an ending from the current play state (skipping reveals).
  void autoplay_shortest(Session& s);
  // Plays the story from its start to the ending node `ending` (journey/ending_routes.h).
  bool autoplay_to_ending(Session& s, const std::string& ending, std::string& error);

  // The picker's stories: those in the visitor's language (all when none is), within the stand's
  // audience (SiteConfig::audience, journey/audience_filter.h).
  std::vector<int> visible_scenarios(const Session& s) const;
  bool needs_language_picker() const;
  bool flags_revealed_now() const { return config_.flag_reveal == FlagReveal::Immediately; }
  const ScenarioLibrary& library() const { return library_; }
  const SiteConfig& config() const { return config_; }

 private:
  void go(Session& s, Screen screen, double now);
  void begin_step_reveal(Session& s, int already_visible);
  template <class F>
  void notify(F f) {
    for (SessionEvents* o : observers_) f(*o);
  }
  std::string scenario_id(const Session& s) const;

  const ScenarioLibrary& library_;
  const SiteConfig& config_;
  std::vector<SessionEvents*> observers_;
  std::string forced_language_;
  const std::vector<QuizCard>* quiz_cards_ = nullptr;
  LocalizedScenarios* localized_ = nullptr;
  std::uint64_t quiz_seed_ = 0;
};

}  // namespace lureproof
