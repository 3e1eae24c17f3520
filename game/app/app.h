// The game application: owns the theme, the scenario library, the kiosk configuration and the
// visitor's Session; runs one frame at a time on top of the platform module: it draws the current
// screen, hands the screen's action to the Journey, and draws the settings and idle overlays above
// (or, for --studio, draws the Studio). What only tests and tools ask for is the AppHarness's.
#pragma once

#include "app/accessible_view.h"
#include "app/app_harness.h"
#include "content/content_status.h"
#include "journey/journey.h"
#include "journey/scenario_library.h"
#include "journey/session.h"
#include "kiosk/site_config.h"
#include "app/options.h"
#include "pacing/frame_pacer.h"
#include "quiz/quiz_bank.h"
#include "quiz/quiz_l10n.h"
#include "screens/settings_overlay.h"
#include "speech/read_aloud.h"
#include "app/run_mode.h"
#include "ui/separate_function.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace lureproof {

class Studio;
// Deletes the Studio (app/app_studio.cpp): the web visitor's page links no Studio at all
// (app/app_studio_unavailable.cpp; the Studio is a page of its own, docs/web.md).
struct StudioDeleter {
  void operator()(Studio* studio) const;
};

class App {
 public:
  explicit App(Options options, SiteConfig config = default_config());
  App(const App&) = delete;  // the harness keeps references to the options, session and library
  App& operator=(const App&) = delete;
  // Opens the window and loads fonts and scenarios; returns false with a message on failure.
  bool init(const char* argv0, std::string& error);
  // init in two steps (the web runs each in a task of its own, game/main.cpp): the window, the GL
  // context and ImGui; then the fonts, the style and the first screen (the content follows later).
  bool open_window(const char* argv0, std::string& error);
  bool load_start(std::string& error);
  // One frame: input, UI, render, present. Returns false when the app should exit.
  bool frame();
  void shutdown();
  // Event-driven rendering: seconds until the next frame is needed (0 = now), for the main loop.
  double next_frame_in() const {
    if (content_pending_ || studio_disk_changed()) return 0.0;
    return pacer_.next_frame_in(seconds_since_start());
  }
  int exit_code() const { return harness_.exit_code(); }
  const RunMode& run_mode() const { return mode_; }

  // ---- for the kiosk module (statistics, idle handling, operator screen) ----
  void add_observer(SessionEvents* observer) { journey_.add_observer(observer); }
  // Drawn above every screen and the settings overlay (e.g. "Are you still there?").
  using OverlayHook = std::function<void(const UiContext& ui)>;
  void set_overlay_hook(OverlayHook hook) { overlay_hook_ = std::move(hook); }
  // --layout-check: opens the kiosk's own screens ("operator", "operator-pin", "idle"; "" closes them).
  void set_layout_hook(std::function<void(const std::string& screen)> hook) { layout_hook_ = std::move(hook); }
  // True while an overlay hides the whole screen (the idle warning): the screen below is not drawn.
  void set_cover_hook(std::function<bool()> hook) { cover_hook_ = std::move(hook); }
  // Ends the current visitor's session (idle timeout): the Session is replaced whole.
  void reset_session() {
    journey_.reset(session_, clock_);
    stop_reading_aloud();  // the setting itself returns to the default with the new Session
  }
  const Session& session() const { return session_; }
  // The visitor pressed a button of the web page's accessible mirror this frame.
  bool mirror_input() const { return accessible_.had_input(); }
  double clock() const { return clock_; }
  const SiteConfig& config() const { return config_; }
  // The bundled content's review status (scenario headers, facts file) for the operator screen.
  ContentStatus content_status() const;
  // Content that failed to load (a scenario, with its file:line:col; the quiz bank), one line each,
  // in order; it grows when the content is read (the frame after the first). The kiosk sends each
  // to its log and the operator screen.
  const std::vector<std::string>& content_problems() const { return content_problems_; }

  // ---- for tools/soak: the input hook and time jumps (app_harness.h) ----
  AppHarness& harness() { return harness_; }

  // The configuration used until the kiosk loader provides one.
  static SiteConfig default_config();

 private:
  LUREPROOF_SEPARATE_FUNCTION void refresh_theme_if_needed(bool input);
  // The two kinds of frame, between the shared start (events, theme, input) and end (present):
  bool visitor_frame();                   // the current screen, settings and overlays; true when a dropped file opened
  bool check_ending(std::string& error);  // --ending: the ID is an ending of the story opened
  void studio_frame();                    // the Studio (it opens dropped files itself)
  double advance_clock();                 // this frame's seconds, added to clock_
  UiContext ui_context() const;
  void draw_screen(const UiContext& ui);
  void apply_display_defaults();  // contrast, motion and read aloud the visitor has not chosen
  // app_read_aloud.cpp: after the frame's screens and overlays drew, what is new on them is queued and
  // the next utterance starts when the last one was said; `command` is the visitor's Stop/Skip/Repeat.
  void read_aloud_frame(SpeechCommand command);
  void stop_reading_aloud();
  std::string read_aloud_note() const;  // when read aloud is on and no voice speaks the language
  void open_initial_screen();
  void open_layout_cell(const LayoutCell& cell);  // --layout-check: size, text size and screen of a cell
  static constexpr int kAllContent = -1;
  // Stories, translations, quiz, sources: all, or one part (0, 1, 2) per frame after the first.
  LUREPROOF_SEPARATE_FUNCTION bool load_content(std::string& error, int part = kAllContent);
  void load_quiz();
  void load_register();
  bool language_ready(const UiContext& ui);
  // The language the current screen is shown in: the visitor's, or on the attract screen the
  // one a visitor will get when it is known already (Journey::attract_language).
  std::string screen_language() const;
  // app_stories.cpp: a picked story starts at once when it is whole, else (web) after its text arrives.
  void open_story(int library_index);
  void open_story_when_fetched(const UiContext& ui);
  // app_studio.cpp: the Studio instead of the visitor's screens (--studio), and studio_frame().
  bool open_studio(std::string& error);              // false with a message when it cannot open
  bool studio_stories_fetched(const UiContext& ui);  // then opens the Studio on them
  bool studio_disk_changed() const;                  // a file the Studio shows changed on disk: draw now
  bool finish_frame();
  LUREPROOF_SEPARATE_FUNCTION void open_dropped_file(const std::string& path);  // educators' preview
  // app_pacing.cpp: pacing and --frame-stats after each frame; false when --run-seconds is over.
  void start_pacing();
  bool after_frame(bool input, double ui_cpu_ms, double gl_start_s);
  double seconds_since_start() const;
  std::string scenario_dir() const;

  Options options_;
  RunMode mode_;  // resolved once from options_
  SiteConfig config_;
  std::string assets_dir_;
  Theme theme_;
  float loaded_text_size_ = 1.f;
  int loaded_emoji_sheets_ = 0;          // platform::emoji_sheets_arrived() when the atlas was built
  std::string font_supplement_checked_;  // the last language whose pack was searched for a font supplement
  bool quiz_emoji_loading_ = false;      // the quiz is open and its emoji are on their way (web)
  ScenarioLibrary library_;
  QuizBank quiz_bank_;                             // assets/quiz/quiz-bank.toml; unusable bank = no quiz
  lure::ContentRegister register_;                 // assets/sources.toml and facts.toml (.json on the web)
  std::unique_ptr<LocalizedQuiz> localized_quiz_;  // its cards in the visitor's language (quiz.mo)
  std::map<std::string, std::string> taglines_;    // <assets>/l10n/taglines.tsv: language -> tagline
  std::unique_ptr<LocalizedScenarios> localized_;  // the scenarios in the visitor's language
  Journey journey_;
  Session session_;
  AppHarness harness_;  // --script, --frames, screenshots and dumps, the soak's hook, --frame-stats
  OverlayHook overlay_hook_;
  std::function<bool()> cover_hook_;
  std::function<void(const std::string&)> layout_hook_;
  // --studio: the educators' editor replaces the visitor's screens
  std::unique_ptr<Studio, StudioDeleter> studio_;
  AccessibleView accessible_;   // the web page's DOM mirror (disabled natively)
  ReadAloud read_aloud_;        // what to say next (issue #21)
  bool reading_aloud_ = false;  // read aloud was on last frame
  Screen read_aloud_screen_ = Screen::Attract;
  bool content_pending_ = false;  // read after the first frame is on screen (App::init)
  int content_part_ = 0;          // the next part load_content reads then
  std::vector<std::string> content_problems_;
  int story_opening_ = -1;            // the library index of a picked story whose text is on its way (web)
  double story_opening_since_ = 0.0;  // when it was picked (its loading screen's own time)
  bool story_unusable_ = false;       // its text arrived but does not load
  bool studio_fetching_ = false;      // the web Studio waits for the bundled stories' text
  std::string waiting_for_language_;  // web: the first screen (and a --screen jump) waits for its pack
  int frame_index_ = 0;
  FramePacer pacer_;
  double clock_ = 0.0;
};

}  // namespace lureproof
