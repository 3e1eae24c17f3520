// Operator configuration of a Lureproof installation (kiosk or web page): languages, scenarios,
// helplines, timeouts, what is collected. Loaded from TOML by kiosk_config_loader (safe defaults
// on any error); plain C++ so the game, the tests and the web build share it.
#pragma once

#include <string>
#include <vector>

struct Helpline {
  std::string name;    // e.g. "EU emergency number"
  std::string number;  // e.g. "112" — only verified numbers (docs/content-guidelines.md)
  std::string hours;   // e.g. "24/7"
  std::string note;    // e.g. "Free from any phone"
};

enum class FlagReveal { Immediately, InDebrief };

struct KioskConfig {
  bool kiosk = false;                    // borderless fullscreen, operator exit only
  std::vector<std::string> languages{"en"};  // enabled, in picker order
  std::vector<std::string> scenarios;    // enabled scenario ids in order; empty = all bundled
  int idle_timeout_s = 90;               // no input for this long -> "Are you still there?"
  int idle_countdown_s = 30;             // countdown shown before the reset (>= 20, WCAG 2.2.1)
  FlagReveal flag_reveal = FlagReveal::Immediately;
  std::vector<Helpline> helplines{
      {"EU emergency number", "112", "24/7", "Free from any phone, in every EU country."},
      {"Missing children (EU)", "116 000", "24/7", "Free, in EU countries where it runs."},
      {"Child helpline (EU)", "116 111", "", "For children and young people, in most EU countries."},
      {"Victims of crime (EU)", "116 006", "", "Where it exists in your country."},
  };
  // Shown as a QR code on the help screen; empty = none. Default: the European Commission's
  // anti-trafficking page, which lists the national hotlines (CONTENT.md section 5).
  std::string qr_url =
      "https://home-affairs.ec.europa.eu/policies/internal-security/organised-crime-and-human-trafficking/"
      "together-against-trafficking-human-beings_en";
  std::string qr_caption = "Read more and find help";
  bool quiz = true;                      // pre/post discernment test
  int quiz_cards = 3;                    // cards per quiz test, 2..4 (game/quiz/quiz_plan.h)
  bool statistics = true;                // anonymous aggregate counters (kiosk only)
  std::string statistics_dir;            // where counters are stored (default: a data dir)
  std::vector<std::string> teaser;       // attract-screen teaser lines; empty = built-in
  std::string operator_pin_hash;         // "sha256:<salt-hex>:<hash-hex>" (kiosk/pin.h); empty = no operator screen
  bool hide_cursor = true;               // kiosk mode on a touch screen: no mouse pointer
  int log_max_kb = 1024;                 // kiosk.log is rotated past this size...
  int log_files = 5;                     // ...keeping this many files in all (kiosk.log, .1, .2, ...)
};

// Limits the loader enforces (docs/kiosk.md lists them with each key).
namespace kiosk_limits {
constexpr int kMinCountdownS = 20;     // WCAG 2.2.1: at least 20 s to extend a time limit
constexpr int kMaxCountdownS = 300;
constexpr int kMinIdleTimeoutS = 20;
constexpr int kMaxIdleTimeoutS = 3600;
}  // namespace kiosk_limits
