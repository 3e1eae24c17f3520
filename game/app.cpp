// App: the frame loop — events, theme refresh, the current screen and its action, overlays,
// scripted input, screenshots and text dumps for --frames/--screenshot/--dump-text/--script.
#include "app.h"
#include "l10n/operator_text.h"
#include "l10n/po_preview.h"
#include "l10n/taglines.h"
#include "l10n/tr.h"
#include "lure/file_source.h"

#include "audio/notification_sound.h"
#include "content/content_register_loader.h"
#include "data/data_tree.h"
#include "journey/dropped_scenario.h"
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
#include "ui/frame_demand.h"
#include "ui/ui_frame.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <random>

KioskConfig App::default_config() {
  KioskConfig c;
  // Until the kiosk loader provides the operator's file: the European Commission's anti-trafficking
  // page, which lists the national hotlines (CONTENT.md §5). Operators set their own in the TOML.
  c.qr_url = "https://home-affairs.ec.europa.eu/policies/internal-security/organised-crime-and-human-trafficking/"
             "together-against-trafficking-human-beings_en";
  return c;
}

App::App(Options options, KioskConfig config)
    : options_(std::move(options)), config_(std::move(config)), journey_(library_, config_) {}

bool App::init(const char* argv0, std::string& error) {
  if (!options_.po_path.empty() && !load_po_preview(options_.po_path, options_.language, error)) return false;
  if (!options_.script_path.empty()) {
    const std::optional<std::string> text = lure::DiskFileSource().read(options_.script_path);
    if (!text) {
      error = "cannot read the script " + options_.script_path;
      return false;
    }
    ScriptParse parsed = parse_script(*text);
    if (!parsed.error.empty()) {
      error = options_.script_path + ": " + parsed.error;
      return false;
    }
    script_ = std::make_unique<ScriptDriver>(std::move(parsed), static_cast<ScriptHost&>(*this));
  }
  platform::WindowRequest request;
  request.width = options_.window_width;
  request.height = options_.window_height;
  request.fullscreen = options_.fullscreen;
  if (!platform::init(request, error)) return false;
  accessible_.set_enabled(platform::a11y::available());
  assets_dir_ = options_.assets_dir.empty() ? platform::default_assets_dir(argv0) : options_.assets_dir;
  int w = 0, h = 0;
  platform::drawable_size(w, h);
  taglines_ = load_taglines(assets_dir_);
  std::string title_text;
  for (const Tagline& t : taglines_for(taglines_, config_.languages)) title_text += t.text;
  theme_.set_title_text(std::move(title_text));
  if (!options_.language.empty()) journey_.set_forced_language(options_.language);
  // The web edition fetches the first language's catalogues now (not for the Studio); a --screen
  // jump waits for them.
  initial_language_ = journey_.default_language();
  const bool pack_loading =
      !options_.studio && platform::language_pack(assets_dir_, initial_language_) == platform::LanguagePack::Loading;
  // The attract screen in English comes first for most visitors: its atlas holds only the glyphs
  // it shows (the language names in their own scripts included), which draws the first frame
  // sooner; every glyph is loaded when the visitor moves on (refresh_theme_if_needed).
  const bool attract_first = options_.screen.empty() && options_.scenario_path.empty() && !options_.studio;
  const bool starter = attract_first && (initial_language_ == "en" || pack_loading);
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

  if (options_.studio) {  // the Studio needs no scenario library, journey or quiz
    studio_ = std::make_unique<Studio>();
    return studio_->open(options_.studio_path.empty() ? assets_dir_ + "/scenarios" : options_.studio_path, error);
  }
  // A visitor's start shows the attract screen first and reads the stories and the quiz while it is
  // on screen (the frame after the first); a jump to a screen or a story needs them at once.
  content_pending_ = true;
  if (!options_.screen.empty() || !options_.scenario_path.empty()) {
    if (!load_content(error)) return false;
  }
  if (pack_loading)
    initial_screen_pending_ = true;
  else
    open_initial_screen();
  return true;
}

ContentStatus App::content_status() const {
  std::vector<const lure::Scenario*> scenarios;
  for (int i = 0; i < library_.size(); ++i) scenarios.push_back(&library_.scenario(i));
  return ::content_status(scenarios, register_);
}

bool App::load_content(std::string& error) {
  content_pending_ = false;
  library_.load_directory(assets_dir_ + "/scenarios", config_.scenarios);
  const int added = options_.scenario_path.empty() ? -1 : library_.add_file(options_.scenario_path);
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
  localized_ = std::make_unique<LocalizedScenarios>(assets_dir_);
  journey_.set_localizer(localized_.get());
  if (!options_.po_path.empty() && added >= 0) attach_po_preview(library_.scenario(added).header.id, options_.language);
  quiz_bank_ = load_quiz_bank(data_file_path(assets_dir_ + "/quiz/quiz-bank"));  // .json on the web
  for (const std::string& p : quiz_bank_.errors) {
    std::fprintf(stderr, "lureproof: warning: quiz: %s\n", p.c_str());
    content_problems_.push_back("warning: quiz: " + p);
  }
  localized_quiz_ = std::make_unique<LocalizedQuiz>(quiz_bank_.cards, assets_dir_);
  // Display only (debrief titles, operator status): `lure validate` and the tests check the register.
  ContentRegisterLoad sources = load_bundled_register(assets_dir_);  // .json on the web
  for (const lure::Diagnostic& d : sources.diagnostics)
    std::fprintf(stderr, "lureproof: warning: %s\n", lure::format_diagnostic(d).c_str());
  register_ = std::move(sources.reg);
  if (quiz_bank_.ok()) {
    // Scripted and --frames runs pick the same cards every time; visitors get a fresh seed.
    const bool deterministic = options_.frames > 0 || !options_.script_path.empty() || input_hook_;
    journey_.set_quiz(&quiz_bank_.cards, deterministic ? 1u : (std::uint64_t(std::random_device{}()) << 32) ^
                                                                 std::uint64_t(std::random_device{}()));
  }
  return true;
}

bool App::language_ready(const UiContext& ui) {
  const std::string& code = initial_screen_pending_ ? initial_language_ : session_.language;
  if (platform::language_pack(assets_dir_, code) == platform::LanguagePack::Loading) {
    draw_loading_screen(ui);
    return false;
  }
  if (initial_screen_pending_) {
    initial_screen_pending_ = false;
    open_initial_screen();
  }
  return true;
}

void App::open_initial_screen() {
  if (options_.screen.empty()) return;
  const bool settings = options_.screen == "settings";
  const std::optional<Screen> screen = settings ? Screen::Stories : screen_from_name(options_.screen);
  if (!screen) {
    std::fprintf(stderr, "lureproof: warning: unknown screen '%s'\n", options_.screen.c_str());
    return;
  }
  journey_.open_directly(session_, *screen, 0, clock_);
  if (*screen == Screen::Play) journey_.skip_reveal(session_);
  session_.settings_open = settings;
}

std::string App::scenario_dir() const {
  if (session_.scenario < 0) return assets_dir_;
  const std::string& p = library_.path(session_.scenario);
  const size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? "." : p.substr(0, slash);
}

int App::route_choice() const {
  if (!session_.story || session_.scenario < 0) return -1;
  const auto& route = library_.shortest_route_choices(session_.scenario);
  const auto& choices = session_.story->choices();
  const size_t step = size_t(session_.story->steps());
  if (step < route.size())
    for (size_t i = 0; i < choices.size(); ++i)
      if (choices[i].enabled && choices[i].choice_index == route[step]) return int(i);
  for (size_t i = 0; i < choices.size(); ++i)
    if (choices[i].enabled) return int(i);
  return -1;
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
       options_.frames > 0 || script_ || !theme_.missing_glyphs(ui_trace().texts).empty());
  if (std::fabs(wanted - theme_.scale()) / theme_.scale() >= 0.1f || std::fabs(text - loaded_text_size_) > 0.01f ||
      starter_outgrown) {
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
}

void App::draw_screen(const UiContext& ui) {
  // Web: the visitor's language arrives after the page; a loading note stands in until then.
  if (!language_ready(ui)) return;
  Session& s = session_;
  const double now = clock_;
  // UI strings follow the visitor's language (tr()); a missing catalogue falls back to English.
  if (!s.language.empty() && s.language != ui_language())
    for (const lure::Diagnostic& d : set_ui_language(s.language, assets_dir_))
      std::fprintf(stderr, "lureproof: %s\n", lure::format_diagnostic(d).c_str());
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
      if (draw_attract_screen(ui, view)) journey_.touch_start(s, now);
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
      const std::vector<int> indices = journey_.visible_scenarios(s);
      std::vector<const lure::Scenario*> scenarios;
      for (int i : indices) scenarios.push_back(&journey_.scenario_in(i, s.language));
      const StoryPickerResult r = draw_story_picker_screen(ui, scenarios);
      if (r.chosen >= 0) journey_.start_scenario(s, indices[size_t(r.chosen)], now);
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
      const DebriefResult r = draw_debrief_screen(ui, {*s.story, tally, library_.graph(s.scenario), register_});
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
  if (content_pending_ && frame_index_ > 0) {  // the first frame is on screen: read the stories now
    std::string error;
    load_content(error);  // without --scenario nothing here fails; problems were printed
  }
  const double cpu_start = platform::cpu_seconds();
  bool input = false;
  if (!platform::pump_events(&input)) return false;
  apply_display_defaults();
  refresh_theme_if_needed(input);
  platform::begin_frame([this] {
    if (script_) script_->before_frame(last_trace_);
    if (input_hook_) input_hook_(last_trace_);
  });
  // The UI frame context (ui/ui_frame.h), begun and ended on every path, the Studio's too.
  ui::begin_frame({&theme_, accessible_.enabled(), session_.settings.reduced_motion});
  accessible_.take_activations(ui_trace());
  input = input || accessible_.had_input();  // a mirror button counts as input: draw what follows
  if (!studio_)  // the Studio opens dropped files itself
    if (const std::string dropped = platform::a11y::take_dropped_file(); !dropped.empty()) {
      open_dropped_file(dropped);
      input = true;
    }
  const bool deterministic = options_.frames > 0 || script_ || input_hook_;
  const double dt = (deterministic ? 1.0 / 60.0 : double(ImGui::GetIO().DeltaTime)) + pending_time_;
  pending_time_ = 0.0;
  clock_ += dt;

  if (journey_.update(session_, dt) > 0 && session_.settings.sound) play_notification();
  const UiContext ui{theme_, clock_ - session_.screen_since, clock_, session_.settings.reduced_motion};
  if (studio_) {
    studio_->draw(ui);
  } else {
    // Under an opaque overlay (the idle warning) the screen is not drawn: a software renderer then
    // draws one screen's pixels per countdown tick instead of two.
    if (!cover_hook_ || !cover_hook_()) {
      draw_screen(ui);
      // The settings gear is on every screen; the overlay replaces it while open.
      if (session_.settings_open) {
        if (draw_settings_overlay(ui, session_.settings)) session_.settings_open = false;
      } else if (draw_settings_button(ui)) {
        session_.settings_open = true;
      }
    }
    if (overlay_hook_) overlay_hook_(ui);
    // The first frame goes on screen before the accessible mirror is filled (a DOM update of a few
    // ms in the browser); the next frame, asked for here, fills it.
    if (frame_index_ > 0) {
      platform::a11y::set_reading(session_.settings.text_size, session_.settings.high_contrast);
      accessible_.publish(ui_trace(), ui_language());
    }
    else if (accessible_.enabled()) need_animation();
  }
  ui::end_frame();  // Tab / Shift+Tab between the widgets drawn above (the Studio's phone too)
  double ui_cpu_ms = 0.0, gl_start_s = 0.0;  // events + UI + ImGui::Render, then GL draw and swap
  platform::end_frame([&] {
    ui_cpu_ms = (platform::cpu_seconds() - cpu_start) * 1000.0;
    gl_start_s = seconds_since_start();
  });
  const bool go_on = finish_frame();
  return after_frame(input, ui_cpu_ms, gl_start_s) && go_on;
}

bool App::finish_frame() {
  if (frame_index_ == 0 && theme_.starter_glyphs()) {  // would show as '?' until the next frame
    const std::string missing = theme_.missing_glyphs(ui_trace().texts);
    if (!missing.empty())
      std::fprintf(stderr, "lureproof: warning: the first frame drew characters missing from its starter font atlas: %s\n",
                   missing.c_str());
  }
  ++frame_index_;
  const bool script_done = script_ && script_->finished();
  const bool last = (options_.frames > 0 && frame_index_ >= options_.frames) || script_done;
  if (last && !options_.screenshot_path.empty()) screenshot_requests_.push_back(options_.screenshot_path);
  if (last && !options_.dump_text_path.empty()) dump_requests_.push_back(options_.dump_text_path);
  for (const std::string& path : screenshot_requests_) {
    std::string error;
    if (!platform::save_screenshot(path, error)) {
      std::fprintf(stderr, "lureproof: %s\n", error.c_str());
      exit_code_ = 1;
    }
  }
  for (const std::string& path : dump_requests_) {
    std::string text = std::string("screen: ") + screen_name(session_.screen) + "\n";
    for (const std::string& t : ui_trace().texts) text += t + "\n";
    std::FILE* out = std::fopen(path.c_str(), "wb");  // <cstdio>: no iostreams in the web build
    const bool written = out && std::fwrite(text.data(), 1, text.size(), out) == text.size();
    if (out && std::fclose(out) != 0) out = nullptr;
    if (!written || !out) {
      std::fprintf(stderr, "lureproof: could not write %s\n", path.c_str());
      exit_code_ = 1;
    }
  }
  screenshot_requests_.clear();
  dump_requests_.clear();
  if (script_ && script_->failed()) {
    std::fprintf(stderr, "lureproof: %s\n", script_->message().c_str());
    exit_code_ = 1;
  }
  if (script_done && !script_->failed()) std::printf("lureproof: script finished on screen '%s'\n", screen_name(session_.screen));
  last_trace_ = ui_trace();
  platform::present();
  return !last;
}
