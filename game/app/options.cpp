// Parses `lureproof` command-line options (see options_usage for the list).
#include "app/options.h"

#include <charconv>
#include <string_view>

namespace lureproof {

namespace {

bool parse_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end;
}

// "1280x800" -> width, height (each 64..16384).
bool parse_size(std::string_view text, int& w, int& h) {
  size_t x = text.find('x');
  if (x == std::string_view::npos) return false;
  int pw = 0, ph = 0;
  if (!parse_int(text.substr(0, x), pw) || !parse_int(text.substr(x + 1), ph)) return false;
  if (pw < 64 || ph < 64 || pw > 16384 || ph > 16384) return false;
  w = pw;
  h = ph;
  return true;
}

}  // namespace

std::string options_usage(const char* program) {
  std::string p = program ? program : "lureproof";
  return "Usage: " + p +
         " [options]\n"
         "  --windowed WxH      open a window of W by H points (default 1280x800)\n"
         "  --fullscreen        fill the screen\n"
         "  --frames N          render N frames, then exit 0\n"
         "  --screenshot PATH   save the last frame as PNG (use with --frames)\n"
         "  --assets DIR        read assets from DIR (default: next to the program)\n"
         "  --scenario FILE     open this scenario file\n"
         "  --lang CODE         start in this language (e.g. en)\n"
         "  --po FILE.po        play the --scenario in this .po translation (no build needed)\n"
         "  --screen NAME       open this screen directly: attract, language, content-note, stories,\n"
         "                      play, ending, debrief, help, settings, quiz-pre, quiz-post,\n"
         "                      quiz-result, check, operator, operator-pin (kiosk operator screens)\n"
         "  --ending ID         with --screen ending or debrief: show the ending node ID (reached by\n"
         "                      its shortest route), not the nearest one; an unknown ID lists the endings\n"
         "  --script FILE       drive the game with scripted taps and keys (tests)\n"
         "  --dump-text FILE    write the texts drawn in the last frame to FILE\n"
         "  --layout-check DIR  walk every screen at every size of the layout check (tests/ui/README.md)\n"
         "                      in the --lang language, print each failure and the matrix; screenshots\n"
         "                      of failing screens go to DIR; exit 1 on a failure\n"
         "  --layout-screens LIST  with --layout-check: only these screens (comma-separated)\n"
         "  --speech-log FILE   append each utterance read aloud to FILE (language, kind, text)\n"
         "  --studio [PATH]     open the Studio to write and try scenarios: PATH is a folder of .lure\n"
         "                      files or one .lure file (default: the bundled scenarios)\n"
         "  --studio-dir DIR    the same as --studio DIR\n"
         "  --kiosk             kiosk mode: fullscreen, no pointer, operator gesture + PIN to leave\n"
         "  --config FILE       kiosk configuration (default /etc/lureproof/kiosk.toml, then\n"
         "                      ASSETS/kiosk.toml; see docs/kiosk.md)\n"
         "  --reduced-motion    start with the setting \"Reduce motion\" on\n"
         "  --frame-stats FILE  at exit, write per-screen frame CPU times and memory use to FILE (JSON)\n"
         "  --run-seconds S     exit after S seconds (benchmarks; frames are still drawn only when needed)\n"
         "  --hash-pin          read an operator PIN (6-8 digits) on stdin, print its config line\n"
         "  --version           print the version and exit\n"
         "  --help              show this help\n";
}

OptionsResult parse_options(int argc, const char* const* argv) {
  OptionsResult result;
  Options& o = result.options;
  auto fail = [&](std::string message) {
    result.ok = false;
    result.error = std::move(message);
    return result;
  };
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&](std::string_view& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string_view v;
    if (arg == "--help" || arg == "-h") {
      o.show_help = true;
    } else if (arg == "--version" || arg == "-V") {
      o.show_version = true;
    } else if (arg == "--kiosk") {
      o.kiosk = true;
    } else if (arg == "--hash-pin") {
      o.hash_pin = true;
    } else if (arg == "--config") {
      if (!value(v) || v.empty()) return fail("--config needs a file such as /etc/lureproof/kiosk.toml");
      o.config_path = v;
    } else if (arg == "--reduced-motion") {
      o.reduced_motion = true;
    } else if (arg == "--frame-stats") {
      if (!value(v) || v.empty()) return fail("--frame-stats needs a file path");
      o.frame_stats_path = v;
    } else if (arg == "--run-seconds") {
      int seconds = 0;
      if (!value(v) || !parse_int(v, seconds) || seconds < 1 || seconds > 86400)
        return fail("--run-seconds needs a whole number of seconds (1..86400)");
      o.run_seconds = seconds;
    } else if (arg == "--fullscreen") {
      o.fullscreen = true;
    } else if (arg == "--windowed") {
      if (!value(v)) return fail("--windowed needs a size such as 1280x800");
      if (!parse_size(v, o.window_width, o.window_height))
        return fail("--windowed: '" + std::string(v) + "' is not a size such as 1280x800 (64..16384 each)");
      o.fullscreen = false;
    } else if (arg == "--frames") {
      if (!value(v)) return fail("--frames needs a number of frames");
      if (!parse_int(v, o.frames) || o.frames < 1)
        return fail("--frames: '" + std::string(v) + "' is not a positive whole number");
    } else if (arg == "--screenshot") {
      if (!value(v) || v.empty()) return fail("--screenshot needs a file path");
      o.screenshot_path = v;
    } else if (arg == "--assets") {
      if (!value(v) || v.empty()) return fail("--assets needs a directory");
      o.assets_dir = v;
    } else if (arg == "--scenario") {
      if (!value(v) || v.empty()) return fail("--scenario needs a file");
      o.scenario_path = v;
    } else if (arg == "--po") {
      if (!value(v) || v.empty()) return fail("--po needs a translation file such as ro.po");
      o.po_path = v;
    } else if (arg == "--lang") {
      if (!value(v) || v.empty()) return fail("--lang needs a language code such as en");
      o.language = v;
    } else if (arg == "--screen") {
      if (!value(v) || v.empty()) return fail("--screen needs a screen name");
      o.screen = v;
    } else if (arg == "--ending") {
      if (!value(v) || v.empty()) return fail("--ending needs the id of an ending node");
      o.ending = v;
    } else if (arg == "--script") {
      if (!value(v) || v.empty()) return fail("--script needs a file");
      o.script_path = v;
    } else if (arg == "--layout-check") {
      if (!value(v) || v.empty()) return fail("--layout-check needs a folder for the screenshots of failures");
      o.layout_check_dir = v;
    } else if (arg == "--layout-screens") {
      if (!value(v) || v.empty()) return fail("--layout-screens needs a list such as attract,play");
      o.layout_screens = v;
    } else if (arg == "--speech-log") {
      if (!value(v) || v.empty()) return fail("--speech-log needs a file path");
      o.speech_log_path = v;
    } else if (arg == "--dump-text") {
      if (!value(v) || v.empty()) return fail("--dump-text needs a file path");
      o.dump_text_path = v;
    } else if (arg == "--studio") {
      o.studio = true;
      if (i + 1 < argc && argv[i + 1][0] != '-') o.studio_path = argv[++i];  // the folder is optional
    } else if (arg == "--studio-dir") {
      if (!value(v) || v.empty()) return fail("--studio-dir needs a folder");
      o.studio = true;
      o.studio_path = v;
    } else {
      return fail("unknown option '" + std::string(arg) + "'");
    }
  }
  if (!o.po_path.empty() && o.scenario_path.empty())
    return fail("--po needs --scenario FILE: the scenario the .po file translates");
  if (!o.ending.empty() && o.screen != "ending" && o.screen != "debrief")
    return fail("--ending needs --screen ending or --screen debrief");
  if (!o.screenshot_path.empty() && o.frames < 0 && o.script_path.empty())
    return fail("--screenshot needs --frames N or --script (the screenshot is of the last frame)");
  return result;
}

}  // namespace lureproof
