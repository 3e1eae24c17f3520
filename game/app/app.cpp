// App: the frame loop — events, theme refresh, then the visitor's frame (the current screen and its
// action, overlays) or the Studio's; the harness (app_harness.h) adds scripted input and screenshots.
#include "app/app.h"

#include "journey/ending_routes.h"
#include "l10n/operator_text.h"
#include "l10n/po_preview.h"
#include "l10n/taglines.h"
#include "l10n/tr.h"

#include "audio/notification_sound.h"
#include "content/content_register_loader.h"
#include "data/data_tree.h"
#include "journey/audience_filter.h"
#include "journey/dropped_scenario.h"
#include "journey/ending_routes.h"
#include "journey/flag_tally.h"
#include "platform/accessibility.h"
#include "platform/platform.h"
#include "screens/attract_screen.h"
#include "screens/check_screen.h"
#include "screens/content_note_screen.h"
#include "screens/debrief_screen.h"
#include "screens/ending_screen.h"
#include "screens/help_screen.h"
#include "screens/language_screen.h"
#include "screens/loading_screen.h"
#include "screens/play_screen.h"
#include "screens/quiz_screen.h"
#include "screens/settings_overlay.h"
#include "screens/story_picker_screen.h"
#include "ui/complex_lines.h"
#include "ui/frame_demand.h"
#include "ui/mirror.h"
#include "ui/ui_frame.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <random>

namespace lureproof {

SiteConfig App::default_config() {
  return SiteConfig{};  // the defaults, the QR address among them, are in kiosk/site_config.h
}

App::App(Options options, SiteConfig config)
    : options_(std::move(options)), mode_(resolve_run_mode(options_)), config_(std::move(config)),
      journey_(library_, config_), harness_(options_, session_, library_) {}

bool App::init(const char* argv0, std::string& error) { return open_window(argv0, error) && load_start(error); }

bool App::open_window(const char* argv0, std::string& error) {
  if (!options_.po_path.empty() && !load_po_preview(options_.po_path, options_.language, error)) return false;
  if (!harness_.load_script(error)) return false;
  platform::WindowRequest request;
  request.width = options_.window_width;
  request.height = options_.window_height;
  request.fullscreen = options_.fullscreen;
  if (!platform::init(request, error)) return false;
  accessible_.set_enabled(platform::a11y::available());
  assets_dir_ = options_.assets_dir.empty() ? platform::default_assets_dir(argv0) : options_.assets_dir;
  return true;
}

bool App::load_start(std::string& error) {
  int w = 0, h = 0;
  platform::drawable_size(w, h);
  taglines_ = load_taglines(assets_dir_);
  std::string title_text;
  for (const Tagline& t : taglines_for(taglines_, config_.languages)) title_text += t.text;
  theme_.set_title_text(std::move(title_text));
  if (!options_.language.empty()) journey_.set_forced_language(options_.language);
  // The web edition fetches the first language's catalogues now (not for the Studio); a --screen
  // jump waits for them.
  const std::string first_language = journey_.default_language();
  const bool pack_loading =
      !mode_.studio && platform::language_pack(assets_dir_, first_language) == platform::LanguagePack::Loading;
  // The attract screen in English comes first for most visitors: its atlas holds only the glyphs
  // it shows (the language names in their own scripts included), which draws the first frame
  // sooner; every glyph is loaded when the visitor moves on (refresh_theme_if_needed).
  const bool starter = mode_.attract_first && (first_language == "en" || pack_loading);
  std::string endonyms;
  for (const std::string& code : config_.languages) endonyms += lure::language_endonym(code);
  theme_.set_starter_text(std::move(endonyms));
  std::string font_error;
  if (!theme_.load_fonts(assets_dir_, Theme::scale_for(w, h), font_error, 1.f, starter))
    std::fprintf(stderr, "lureproof: warning: %s\n", font_error.c_str());
  theme_.apply_style(false);
  platform::rebuild_font_texture();
  platform::set_frame_cap(config_.max_fps);
  start_pacing();

  if (mode_.studio) return open_studio(error);  // the Studio needs no scenario library, journey or quiz
  // A visitor's start shows the attract screen first and reads the stories and the quiz while it is
  // on screen (the frame after the first); a jump to a screen or a story needs them at once.
  content_pending_ = true;
  if (mode_.jump && !load_content(error)) return false;
  if (!mode_.ending.empty() && !check_ending(error)) return false;
  if (pack_loading) waiting_for_language_ = first_language;
  else open_initial_screen();
  return true;
}

ContentStatus App::content_status() const {
  std::vector<const lure::Scenario*> scenarios;
  for (int i = 0; i < library_.size(); ++i) scenarios.push_back(&library_.scenario(i));
  return lureproof::content_status(scenarios, register_);
}

bool App::load_content(std::string& error, int part) {
  const bool all = part == kAllContent;
  content_pending_ = !all && part < 2;  // parts: 0 the stories, 1 the quiz, 2 the source register
  if (all || part == 1) load_quiz();
  if (all || part == 2) load_register();
  if (!all && part != 0) return true;
  // The web edition has each story's header only, until a visitor opens it (app_stories.cpp).
  const bool headers_only = platform::stories_on_demand();
  library_.load_directory(assets_dir_ + "/scenarios", config_.scenarios, headers_only);
  const int added = options_.scenario_path.empty() ? -1 : library_.add_file(options_.scenario_path, headers_only);
  if (!options_.scenario_path.empty() && added < 0) {
    for (const std::string& p : library_.problems()) std::fprintf(stderr, "lureproof: %s\n", p.c_str());
    error = "could not load the scenario " + options_.scenario_path;
    return false;
  }
  for (const std::string& p : library_.problems()) {
    std::fprintf(stderr, "lureproof: warning: %s\n", p.c_str());
    std::string line = p;  // "FILE: not loaded\n  FILE:LINE:COL: error ...": one line for logs and lists
    for (std::size_t at; (at = line.find("\n  ")) != std::string::npos;) line.replace(at, 3, ": ");
    content_problems_.push_back("warning: scenario " + line);
  }
  std::vector<int> audiences;
  for (int i = 0; i < library_.size(); ++i) audiences.push_back(library_.scenario(i).header.audience);
  if (const std::string w = audience_warning(audiences, config_.audience); !w.empty()) {
    std::fprintf(stderr, "lureproof: warning: %s\n", w.c_str());
    content_problems_.push_back("warning: " + w);
  }
  localized_ = std::make_unique<LocalizedScenarios>(assets_dir_);
  journey_.set_localizer(localized_.get());
  if (!options_.po_path.empty() && added >= 0) attach_po_preview(library_.scenario(added).header.id, options_.language);
  return true;
}

void App::load_quiz() {
  quiz_bank_ = load_quiz_bank(data_file_path(assets_dir_ + "/quiz/quiz-bank"));  // .json on the web
  for (const std::string& p : quiz_bank_.errors) {
    std::fprintf(stderr, "lureproof: warning: quiz: %s\n", p.c_str());
    content_problems_.push_back("warning: quiz: " + p);
  }
  localized_quiz_ = std::make_unique<LocalizedQuiz>(quiz_bank_.cards, assets_dir_);
  if (quiz_bank_.ok()) {
    // Scripted and --frames runs pick the same cards every time; visitors get a fresh seed.
    journey_.set_quiz(&quiz_bank_.cards, mode_.deterministic ? 1u
                                                             : (std::uint64_t(std::random_device{}()) << 32) ^
                                                                   std::uint64_t(std::random_device{}()));
  }
}

void App::load_register() {
  // Display only (debrief titles, operator status): `lure validate` and the tests check the register.
  ContentRegisterLoad sources = load_bundled_register(assets_dir_);  // .json on the web
  for (const lure::Diagnostic& d : sources.diagnostics)
    std::fprintf(stderr, "lureproof: warning: %s\n", lure::format_diagnostic(d).c_str());
  register_ = std::move(sources.reg);
}

std::string App::screen_language() const {
  return session_.screen == Screen::Attract ? journey_.attract_language() : session_.language;
}

bool App::language_ready(const UiContext& ui) {
  const std::string code = waiting_for_language_.empty() ? screen_language() : waiting_for_language_;
  if (platform::language_pack(assets_dir_, code) == platform::LanguagePack::Loading) {
    draw_loading_screen(ui);
    return false;
  }
  if (!waiting_for_language_.empty()) {
    waiting_for_language_.clear();
    open_initial_screen();
  }
  return true;
}

bool App::check_ending(std::string& error) {
  // --ending names an ending node of the story --screen opens (the --scenario file, else the first).
  if (library_.size() == 0 || !library_.load_whole(0)) {
    error = "--ending: no story to open";
    return false;
  }
  const std::vector<EndingRoute> routes = ending_routes(library_.scenario(0));
  const EndingRoute* route = find_ending(routes, mode_.ending);
  const std::string where = library_.path(0);
  if (!route)
    error = "--ending: " + where + " has no ending '" + mode_.ending + "'; its endings are " + list_endings(routes);
  else if (!route->reachable)
    error = "--ending: in " + where + ", the ending '" + mode_.ending + "' cannot be reached from the start";
  return error.empty();
}

void App::open_initial_screen() {
  if (!mode_.unknown_screen.empty())
    std::fprintf(stderr, "lureproof: warning: unknown screen '%s'\n", mode_.unknown_screen.c_str());
  if (!mode_.start_screen) return;
  journey_.open_directly(session_, *mode_.start_screen, 0, clock_, mode_.ending);
  if (*mode_.start_screen == Screen::Play) journey_.skip_reveal(session_);
  session_.settings_open = mode_.start_settings;
}

void App::open_layout_cell(const LayoutCell& cell) {
  platform::set_window_size(cell.width, cell.height);
  if (layout_hook_) layout_hook_("");
  // The ending, the debrief and the long conversation come from the story with the longest route.
  int longest = 0;
  for (int i = 0; i < library_.size(); ++i)
    if (library_.shortest_route_choices(i).size() > library_.shortest_route_choices(longest).size()) longest = i;
  const std::string& name = cell.screen;
  if (name == "settings") journey_.open_directly(session_, Screen::Stories, 0, clock_);
  else if (name == "operator" || name == "operator-pin") journey_.open_directly(session_, Screen::Attract, 0, clock_);
  else if (name == "play" || name == "idle") journey_.open_directly(session_, Screen::Play, 0, clock_);
  else if (name == "play-long") {
    journey_.open_directly(session_, Screen::Ending, longest, clock_);
    session_.screen = Screen::Play;  // the whole conversation up to the ending, "See what happened" below it
  } else if (const std::optional<Screen> screen = screen_from_name(name))
    journey_.open_directly(session_, *screen, name == "ending" || name == "debrief" ? longest : 0, clock_);
  if (session_.screen == Screen::Play) journey_.skip_reveal(session_);
  session_.settings_open = name == "settings";
  session_.settings.text_size = float(cell.text_percent) / 100.f;
  if (layout_hook_ && (name == "operator" || name == "operator-pin" || name == "idle")) layout_hook_(name);
}

std::string App::scenario_dir() const {
  if (session_.scenario < 0) return assets_dir_;
  const std::string& p = library_.path(session_.scenario);
  const size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? "." : p.substr(0, slash);
}

void App::open_dropped_file(const std::string& path) {
  DroppedScenario dropped = load_dropped_scenario(path);
  platform::a11y::show_diagnostics(dropped.name, dropped.report);
  for (const std::string& line : dropped.report) std::fprintf(stderr, "lureproof: preview: %s\n", line.c_str());
  if (!dropped.scenario) return;  // errors: the panel lists them and the game keeps running
  library_.add_scenario(path, std::move(*dropped.scenario));
  journey_.start_preview(session_, 0, clock_);
}

void App::refresh_theme_if_needed(bool input) {
  int w = 0, h = 0;
  platform::drawable_size(w, h);
  const float wanted = Theme::scale_for(w, h);
  const float text = session_.settings.text_size;
  // A starter atlas (App::init) serves the attract screen until the visitor acts, another screen
  // opens or a frame drew a character it lacks (e.g. another language); then the whole one is
  // loaded. A page left on the attract screen never rasterises every face of every language.
  // Deterministic runs (--frames, --script) load it on the second frame (tests/ui/run_starter_atlas
  // compares a frame of each).
  const bool starter_outgrown =
      theme_.starter_glyphs() && frame_index_ > 0 &&
      (input || accessible_.had_input() || session_.screen != Screen::Attract || session_.settings_open ||
       mode_.scripted || !theme_.missing_glyphs(ui_trace().texts).empty());
  // The web edition's emoji come with a story or, for the quiz, when it opens (platform::emoji_pack); a
  // sheet that arrived since the atlas was built means a new atlas.
  const bool quiz = session_.screen == Screen::QuizPre || session_.screen == Screen::QuizPost;
  quiz_emoji_loading_ = quiz && platform::emoji_pack(assets_dir_, "common") == platform::LanguagePack::Loading;
  const bool emoji_arrived = !theme_.starter_glyphs() && platform::emoji_sheets_arrived() != loaded_emoji_sheets_;
  // The web edition's base fonts lack some letters of a few languages: their pack brings them (a font
  // supplement, cmake/L10n.cmake), merged into the atlas once it has arrived. Natively there is none.
  bool supplement_added = false;
  if (const std::string language = screen_language();
      !mode_.studio && language != font_supplement_checked_ &&
      platform::language_pack(assets_dir_, language) == platform::LanguagePack::Ready) {
    font_supplement_checked_ = language;
    supplement_added = theme_.add_font_supplement(assets_dir_ + "/l10n/" + language);
  }
  if (std::fabs(wanted - theme_.scale()) / theme_.scale() >= 0.1f || std::fabs(text - loaded_text_size_) > 0.01f ||
      starter_outgrown || emoji_arrived || supplement_added) {
    loaded_emoji_sheets_ = platform::emoji_sheets_arrived();
    std::string font_error;
    theme_.load_fonts(assets_dir_, wanted, font_error, text);
    loaded_text_size_ = text;
    theme_.apply_style(session_.settings.high_contrast);
    platform::rebuild_font_texture();
  }
  if (theme_.high_contrast() != session_.settings.high_contrast) theme_.apply_style(session_.settings.high_contrast);
}

void App::apply_display_defaults() {
  // The kiosk config, --reduced-motion and the browser's system preferences (live) give the defaults;
  // what the visitor chose in the settings overlay wins until the Session is replaced.
  const platform::SystemPreferences system = platform::system_preferences();
  Settings& s = session_.settings;
  if (!s.motion_chosen) s.reduced_motion = config_.reduced_motion || options_.reduced_motion || system.reduced_motion;
  if (!s.contrast_chosen) s.high_contrast = config_.high_contrast || system.high_contrast;
  if (!s.read_aloud_chosen) s.read_aloud = config_.read_aloud;
}

void App::draw_screen(const UiContext& ui) {
  // Web: the visitor's language arrives after the page; a loading note stands in until then.
  if (!language_ready(ui)) return;
  Session& s = session_;
  const double now = clock_;
  if (s.screen != Screen::Stories) story_opening_ = -1;  // the visitor left, or the session was reset
  // UI strings follow the visitor's language (tr()); a missing catalogue falls back to English.
  if (const std::string language = screen_language(); !language.empty() && language != ui_language()) {
    for (const lure::Diagnostic& d : set_ui_language(language, assets_dir_))
      std::fprintf(stderr, "lureproof: %s\n", lure::format_diagnostic(d).c_str());
  }
  // Arabic: shaped, right to left (ui/complex_lines.h); in any UI language (the picker's "العربية").
  select_complex_text(ui_language(), assets_dir_);
  if (localized_)  // a missing or broken scenario catalogue, or a rejected translation
    for (const lure::Diagnostic& d : localized_->take_warnings())
      std::fprintf(stderr, "lureproof: %s\n", lure::format_diagnostic(d).c_str());
  if (localized_quiz_)  // a missing or broken quiz catalogue (the cards stay English)
    for (const lure::Diagnostic& d : localized_quiz_->take_warnings())
      std::fprintf(stderr, "lureproof: %s\n", lure::format_diagnostic(d).c_str());
  switch (s.screen) {
    case Screen::Attract: {
      AttractView view;
      const std::vector<std::string>& own = operator_lines(config_.teaser, ui_language());
      view.teaser = own.empty() ? std::vector<std::string>{tr("Hi! Saw your post in the jobs group"),
                                                           tr("Farm work in the Netherlands: 2600 € a month"),
                                                           tr("No experience needed. Travel + housing paid"),
                                                           tr("Only 3 places left – decide today?")}
                                : own;
      for (const std::string& code : config_.languages) view.languages.push_back(lure::language_endonym(code));
      view.taglines = taglines_for(taglines_, config_.languages);
      const platform::InputDevice device = platform::input_device();
      view.start_by =
          choose_start_by(device == platform::InputDevice::Keys, device == platform::InputDevice::Touch, config_.kiosk);
      view.read_aloud = s.settings.read_aloud;
      view.read_aloud_note = read_aloud_note();
      const AttractResult r = draw_attract_screen(ui, view);
      if (r.read_aloud) s.settings.read_aloud = !s.settings.read_aloud, s.settings.read_aloud_chosen = true;
      else if (r.start) journey_.touch_start(s, now);
      break;
    }
    case Screen::Language: {
      const LanguageResult r = draw_language_screen(ui, config_.languages);
      if (!r.chosen.empty()) journey_.choose_language(s, r.chosen, now);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
    case Screen::ContentNote: {
      const ContentNoteResult r = draw_content_note_screen(ui);
      if (r.accepted) journey_.accept_content_note(s, now);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
    case Screen::Stories: {
      if (story_opening_ >= 0) {
        open_story_when_fetched(ui);
        break;
      }
      const std::vector<int> indices = journey_.visible_scenarios(s);
      std::vector<const lure::Scenario*> scenarios;
      for (int i : indices) scenarios.push_back(&journey_.scenario_in(i, s.language));
      const StoryPickerResult r = draw_story_picker_screen(ui, scenarios);
      if (r.chosen >= 0) open_story(indices[size_t(r.chosen)]);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
    case Screen::Play: {
      if (!s.story) break;
      const PlayView view{*s.story, s.reveal, s.marks, journey_.flags_revealed_now(), scenario_dir()};
      const PlayAction a = draw_play_screen(ui, view);
      if (a.mark_node >= 0) journey_.mark(s, a.mark_node, a.mark_line, now);
      if (a.skip) journey_.skip_reveal(s);
      if (a.choose >= 0) journey_.choose(s, size_t(a.choose), now);
      if (a.finish) journey_.finish_play(s, now);
      break;
    }
    case Screen::Ending: {
      if (!s.story) break;
      const EndingResult r = draw_ending_screen(ui, *s.story, tally_flags(*s.story, s.marks));
      if (r.to_debrief) journey_.to_debrief(s, now);
      else if (r.to_help) journey_.to_help(s, now);
      break;
    }
    case Screen::Debrief: {
      if (!s.story) break;
      const FlagTally tally = tally_flags(*s.story, s.marks);
      // The map in the visitor's language: node labels and choice texts from the story's localized copy
      // (localized_ is made with the library, in load_content, before any story starts).
      if (!localized_) break;
      const lure::Graph& graph = localized_->graph(library_.scenario(s.scenario), s.language);
      const DebriefResult r = draw_debrief_screen(ui, {*s.story, tally, graph, register_});
      if (r.to_help) journey_.to_help(s, now);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
    case Screen::QuizPre:
    case Screen::QuizPost: {
      const QuizPhase phase = s.screen == Screen::QuizPre ? QuizPhase::Pre : QuizPhase::Post;
      // The same cards in the visitor's language (answers index the bank, so a switch keeps them).
      const std::vector<QuizCard>& cards = localized_quiz_ ? localized_quiz_->get(s.language) : quiz_bank_.cards;
      const QuizScreenResult r = draw_quiz_screen(ui, cards, s.quiz, phase);
      if (r.finished || r.skipped) journey_.quiz_test_done(s, r.skipped, now);
      break;
    }
    case Screen::QuizResult: {
      if (draw_quiz_result_screen(ui, s.quiz).done) journey_.quiz_result_done(s, now);
      break;
    }
    case Screen::Check: {
      const CheckScreenResult r = draw_check_screen(ui, config_, s.check_choice);
      if (r.chosen >= 0) journey_.choose_check(s, r.chosen, now);
      if (r.next) journey_.check_done(s, now);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
    case Screen::Help: {
      const HelpResult r = draw_help_screen(ui, config_);
      if (r.finish) journey_.finish(s, now);
      else if (r.back) journey_.go_back(s, now);
      break;
    }
  }
}

bool App::frame() {
  // The web prepares the display in steps before the first frame, one per loop iteration (platform.h).
  if (!platform::display_ready()) return true;
  if (content_pending_ && frame_index_ > 0) {
    // The first frame is on screen: read the content one part per call (the stories, the quiz, the
    // sources), each in a loop iteration of its own that draws nothing (in the browser a short task
    // each, not one long one), then draw.
    std::string error;
    load_content(error, content_part_++);  // without --scenario nothing here fails; problems were printed
    return true;
  }
  const double cpu_start = platform::cpu_seconds();
  bool input = false;
  if (const LayoutCell* cell = harness_.layout_cell_to_open()) open_layout_cell(*cell);
  if (!platform::pump_events(&input)) return false;
  apply_display_defaults();
  refresh_theme_if_needed(input);
  // A right-to-left UI language mirrors the visitor's screens (ui/mirror.h): the pointer in, the draw
  // data and the trace out.
  ui::set_mirrored(right_to_left_ui() && !mode_.studio);
  platform::begin_frame([this] {
    harness_.before_frame();
    ui::mirror_input();
  });
  // The UI frame context (ui/ui_frame.h), begun and ended on every path, the Studio's too.
  // The accessible view is recorded for the page's mirror and for read aloud.
  ui::begin_frame({&theme_, accessible_.enabled() || session_.settings.read_aloud, session_.settings.reduced_motion});
  ui_trace().layout = harness_.layout_walking();
  if (quiz_emoji_loading_) need_frame_in(0.25);  // a frame soon after the quiz's emoji arrive
  accessible_.take_activations(ui_trace());
  input = input || accessible_.had_input();  // a mirror button counts as input: draw what follows
  if (mode_.studio) studio_frame();
  else if (visitor_frame()) input = true;
  ui::end_frame();                           // Tab / Shift+Tab between the widgets drawn above (the Studio's phone too)
  double ui_cpu_ms = 0.0, gl_start_s = 0.0;  // events + UI + ImGui::Render, then GL draw and swap
  platform::end_frame([&] {
    ui::mirror_draw_data(ImGui::GetDrawData());
    ui_cpu_ms = (platform::cpu_seconds() - cpu_start) * 1000.0;
    gl_start_s = seconds_since_start();
  });
  const bool go_on = finish_frame();
  return after_frame(input, ui_cpu_ms, gl_start_s) && go_on;
}

double App::advance_clock() {
  const double dt = (mode_.deterministic ? 1.0 / 60.0 : double(ImGui::GetIO().DeltaTime)) + harness_.take_passed_time();
  clock_ += dt;
  return dt;
}

UiContext App::ui_context() const {
  return UiContext{theme_, clock_ - session_.screen_since, clock_, session_.settings.reduced_motion};
}

bool App::visitor_frame() {
  // A scenario file dropped on the page (educators' preview) starts at once.
  const std::string dropped = platform::a11y::take_dropped_file();
  if (!dropped.empty()) open_dropped_file(dropped);
  const double dt = advance_clock();
  if (journey_.update(session_, dt) > 0 && session_.settings.sound) play_notification();
  const UiContext ui = ui_context();
  // Under an opaque overlay (the idle warning) the screen is not drawn: a software renderer then
  // draws one screen's pixels per countdown tick instead of two.
  SpeechPanel speech{read_aloud_note()};
  if (!cover_hook_ || !cover_hook_()) {
    draw_screen(ui);
    // The settings gear is on every screen; the overlay replaces it while open.
    if (session_.settings_open) {
      if (draw_settings_overlay(ui, session_.settings, speech)) session_.settings_open = false;
    } else if (draw_settings_button(ui)) {
      session_.settings_open = true;
    }
  }
  if (overlay_hook_) overlay_hook_(ui);
  read_aloud_frame(speech.command);
  // The first frame goes on screen before the accessible mirror is filled (a DOM update of a few
  // ms in the browser); the next frame, asked for here, fills it.
  if (frame_index_ > 0) {
    platform::a11y::set_reading(session_.settings.text_size, session_.settings.high_contrast);
    accessible_.publish(ui_trace(), ui_language());
  } else if (accessible_.enabled()) need_animation();
  return !dropped.empty();
}

bool App::finish_frame() {
  if (frame_index_ == 0 && theme_.starter_glyphs()) {  // would show as '?' until the next frame
    const std::string missing = theme_.missing_glyphs(ui_trace().texts);
    if (!missing.empty())
      std::fprintf(stderr,
                   "lureproof: warning: the first frame drew characters missing from its starter font atlas: %s\n",
                   missing.c_str());
  }
  ++frame_index_;
  const bool go_on = harness_.frame_drawn(frame_index_, ui_trace());  // screenshots before present
  platform::present();
  return go_on;
}

}  // namespace lureproof
