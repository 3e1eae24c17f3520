// Operator configuration of a Lureproof installation (kiosk or web page): languages, scenarios,
// helplines, timeouts, what is collected. Loaded from TOML (kiosk.toml; JSON on the web) by kiosk/config_loader (safe defaults
// on any error); plain C++ so the game, the tests and the web build share it.
#pragma once

#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace lureproof {

// An operator text with optional per-language variants. In TOML either a plain value (every
// language) or a table of language code -> value, e.g. note = { en = "...", uk = "..." }, whose
// "en" entry is the default. The game shows the visitor's variant, else the default passed through
// the UI catalogue (so the built-in English defaults appear translated), see localized_text().
template <class T>
struct PerLanguage {
  T value{};                          // the default
  std::map<std::string, T> variants;  // language code -> the operator's own text for it

  PerLanguage() = default;
  PerLanguage(T v) : value(std::move(v)) {}  // NOLINT: a plain value is a text for every language
  PerLanguage(const char* v) requires std::is_same_v<T, std::string> : value(v) {}  // NOLINT
  bool empty() const { return value.empty() && variants.empty(); }
  // The operator's own variant for `language`, or nullptr (then show the default).
  const T* variant(const std::string& language) const {
    auto it = variants.find(language);
    return it == variants.end() ? nullptr : &it->second;
  }
};
using LocalText = PerLanguage<std::string>;
using LocalLines = PerLanguage<std::vector<std::string>>;

struct Helpline {
  LocalText name;      // e.g. "EU emergency number"
  std::string number;  // e.g. "112" — only verified numbers (docs/content-guidelines.md)
  LocalText hours;     // e.g. "24/7"
  LocalText note;      // e.g. "Free from any phone"
};

// Marks English text for ui.pot (scripts/l10n/update.sh runs xgettext over game/ with N_); the
// same macro as l10n/tr.h, which this plain header does not include.
#ifndef N_
#define N_(english) english
#endif

// The EU-wide numbers (112; the harmonised 116 numbers of Commission Decision 2007/116/EC, sources in
// docs/content-guidelines.md §1.5); the help screen shows their texts translated.
inline std::vector<Helpline> default_helplines() {
  return {
      {N_("EU emergency number"), "112", "24/7", N_("Free from any phone, in every EU country.")},
      {N_("Missing children (EU)"), "116 000", "24/7", N_("Free, in EU countries where it runs.")},
      {N_("Child helpline (EU)"), "116 111", "", N_("For children and young people, in most EU countries.")},
      {N_("Victims of crime (EU)"), "116 006", "", N_("Where it exists in your country.")},
  };
}
// One answer of the "What would you check?" step after the story: a concrete check and the feedback
// that names where to make it (per country in kiosk.toml, `[[checks]]`).
struct CheckOption {
  std::string id;      // plain id, counted in the statistics ("agency-register")
  LocalText label;     // the answer button
  LocalText feedback;  // shown after the answer: why it helps and where to do it
};

// The built-in checks, for any country (docs/kiosk.md): an operator replaces them with their
// country's registers and offices. The step always adds "I would not check" (kNoCheckId).
inline std::vector<CheckOption> default_check_options() {
  return {
      {"agency-register", N_("Look the agency up in the official register"),
       N_("Good check. Ask for the agency's name and licence number, then find it yourself in the official register of "
          "the country where you would work. Never use a link the recruiter sends.")},
      {"labour-inspectorate", N_("Ask the labour inspectorate"),
       N_("Good check. The labour inspectorate of the country where you would work can tell you the rules on pay, hours "
          "and housing, and takes reports about employers.")},
      {"embassy", N_("Ask the embassy or consulate"),
       N_("Good check. Only the embassy or consulate can tell you which visa or permit the job needs. Nobody can sell "
          "you one.")},
      {"contract-language", N_("Ask for the contract in my own language"),
       N_("Good check. A real employer sends the written contract before you travel, in a language you understand. If "
          "they refuse, do not go.")},
      {"trusted-person", N_("Talk it over with someone I trust or a support organisation"),
       N_("Good check. Someone you trust, or an organisation that helps migrants, sees what you might miss. Tell them "
          "where you are going.")},
  };
}
constexpr const char* kNoCheckId = "none";
inline const char* no_check_label() { return N_("I would not check anything"); }
inline const char* no_check_feedback() {
  return N_("Lures are made to look real. A short check costs a real offer nothing, and it can stop a lure.");
}

inline const char* default_qr_caption() { return N_("Read more and find help"); }

enum class FlagReveal { Immediately, InDebrief };

// SiteConfig::audience: the stand's `audience = "13+"` gives 13; these two are the other values.
constexpr int kEveryAudience = 0;      // no `audience` key: every story is offered
constexpr int kYoungestAudience = -1;  // a broken value: only the stories for the youngest audience

struct SiteConfig {
  bool kiosk = false;                        // borderless fullscreen, operator exit only
  std::vector<std::string> languages{"en"};  // enabled, in picker order
  // False when the config lists no usable `languages`: KioskRuntime then offers every shipped
  // language whose catalogues are complete (kiosk/complete_languages.h) instead of English alone.
  bool languages_listed = false;
  std::vector<std::string> scenarios;  // enabled scenario ids in order; empty = all bundled
  int audience = kEveryAudience;       // offer stories whose `audience:` is at most this (journey/audience_filter.h)
  int idle_timeout_s = 90;             // no input for this long -> "Are you still there?"
  int idle_countdown_s = 30;           // countdown shown before the reset (>= 20, WCAG 2.2.1)
  FlagReveal flag_reveal = FlagReveal::Immediately;
  std::vector<Helpline> helplines = default_helplines();
  // Shown as a QR code on the help screen; empty = none. Default: the European Commission's
  // anti-trafficking page, which lists the national hotlines (docs/content-guidelines.md §1.5).
  std::string qr_url =
      "https://home-affairs.ec.europa.eu/policies/internal-security/organised-crime-and-human-trafficking/"
      "together-against-trafficking-human-beings_en";
  LocalText qr_caption = default_qr_caption();
  bool check_step = true;                                     // "What would you check?" after the story
  std::vector<CheckOption> checks = default_check_options();  // its answers (kNoCheckId is added)
  bool quiz = true;                                           // pre/post discernment test
  int quiz_cards = 3;                                         // cards per quiz test, 2..4 (game/quiz/quiz_plan.h)
  bool statistics = true;                                     // anonymous aggregate counters (kiosk only)
  std::string statistics_dir;                                 // where counters are stored (default: a data dir)
  LocalLines teaser;              // attract-screen teaser lines; none for a language = built-in
  std::string operator_pin_hash;  // Argon2id string (kiosk/pin.h); empty = no operator screen
  bool hide_cursor = true;        // kiosk mode on a touch screen: no mouse pointer
  int max_fps = 60;               // frame cap (kiosk_limits); the display's refresh rate if lower
  bool reduced_motion = false;    // each visitor's default (the settings overlay changes it)
  bool high_contrast = false;     // each visitor's default
  bool read_aloud = false;        // each visitor's default (the speaker buttons change it)
  float speech_rate = 1.f;        // read aloud's speaking rate (kiosk_limits), 1 = normal
  int log_max_kb = 1024;          // kiosk.log is rotated past this size...
  int log_files = 5;              // ...keeping this many files in all (kiosk.log, .1, .2, ...)
};

// Limits the loader enforces (docs/kiosk.md lists them with each key).
namespace kiosk_limits {
constexpr int kMinCountdownS = 20;  // WCAG 2.2.1: at least 20 s to extend a time limit
constexpr int kMaxCountdownS = 300;
constexpr int kMinIdleTimeoutS = 20;
constexpr int kMaxIdleTimeoutS = 3600;
constexpr int kMinFps = 10;  // below this, taps and scrolling feel broken
constexpr int kMaxFps = 60;
constexpr double kMinSpeechRate = 0.5;  // half the normal speed: still words, not syllables
constexpr double kMaxSpeechRate = 2.0;
}  // namespace kiosk_limits

}  // namespace lureproof
