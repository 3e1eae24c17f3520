// lureproof_soak: N scripted visitors (ctest runs a few hundred; the long form is 10,000) through
// the real game loop — App::frame() with every screen, widget, ImGui NewFrame/Render and the kiosk
// layer (statistics observer, idle overlay and reset), wired as `lureproof --kiosk` wires them — on
// the headless platform (no window, no GL drawing). Fails on any broken expectation, on RSS growth
// of 1 MB or more between the reference visit (100, or N/2 when later) and visit N, or when the statistics (in memory and re-read from
// stats.json, at checkpoints and at the end) differ from the visitors' own tally.
#include "app/app.h"
#include "kiosk/kiosk_runtime.h"
#include "kiosk/pin.h"
#include "app/kiosk_layer.h"
#include "platform/platform.h"
#include "rss.h"
#include "soak_visitors.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace lureproof;

namespace {

struct Args {
  long sessions = 1000;
  unsigned long long seed = 1;
  int width = 1280, height = 800;
  long checkpoint = 1000;
  std::string assets = LUREPROOF_BUILD_ASSETS;
  std::string data;  // empty = a fresh directory under /tmp, removed afterwards when all is well
  long max_growth = 1 << 20;
};

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (!v) return false;
    ++i;
    if (arg == "--sessions") a.sessions = std::atol(v);
    else if (arg == "--seed") a.seed = std::strtoull(v, nullptr, 10);
    else if (arg == "--size") {
      if (std::sscanf(v, "%dx%d", &a.width, &a.height) != 2) return false;
    } else if (arg == "--checkpoint") a.checkpoint = std::atol(v);
    else if (arg == "--assets") a.assets = v;
    else if (arg == "--data") a.data = v;
    else return false;
  }
  return a.sessions >= 101 && a.width >= 320 && a.height >= 320 && a.checkpoint > 0;
}

std::string describe(const Statistics& s) {
  return std::to_string(s.sessions) + " visits, " + std::to_string(s.completed) + " completed";
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) {
    std::fprintf(stderr,
                 "usage: lureproof_soak [--sessions N (>100)] [--seed S] [--size WxH] [--checkpoint N] "
                 "[--assets DIR] [--data DIR]\n");
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  bool scratch = args.data.empty();
  if (scratch) {
    char pattern[] = "/tmp/lureproof-soak-XXXXXX";
    if (!::mkdtemp(pattern)) return std::perror("mkdtemp"), 1;
    args.data = pattern;
  }
  std::filesystem::create_directories(args.data);
  // A kiosk config as an NGO would write it: two languages, every scenario, the quiz, a PIN.
  const std::string config_path = args.data + "/kiosk.toml";
  std::ofstream(config_path) << "kiosk = true\nlanguages = [\"en\", \"ro\"]\nidle_timeout_s = 60\n"
                                "idle_countdown_s = 20\nstatistics = true\nquiz = true\n"
                                "operator_pin_hash = \""
                             << make_pin_hash("481516") << "\"\n";

  // The wiring of main.cpp for `lureproof --kiosk`: runtime first, then the App, then the layer.
  KioskRuntime kiosk;
  KioskSetup setup;
  setup.config_path = config_path;
  setup.force_kiosk = true;
  setup.assets_dir = args.assets;
  setup.data_dir = args.data;
  kiosk.start(setup);
  kiosk.log().set_echo(false);
  for (const std::string& w : kiosk.warnings()) std::fprintf(stderr, "soak: kiosk warning: %s\n", w.c_str());

  Options options;
  options.kiosk = true;
  options.fullscreen = true;
  options.window_width = args.width;
  options.window_height = args.height;
  options.assets_dir = args.assets;
  options.input_from_program = true;  // SoakVisitors play, on the deterministic clock
  App app(options, kiosk.config());

  // The RSS reference: after visit 100 (every story started in every language, the largest text
  // drawn), or after half the visits when that is later, so that first uses after the warm-up (an
  // ending, a debrief or a map drawn for the first time; more of them with more stories) settle
  // before it. A leak grows in the second half as well.
  const long reference_visit = std::max(100L, args.sessions / 2);
  long rss_reference = 0, checkpoint_failures = 0;
  const long rss_start = resident_bytes();
  auto statistics_match = [&](const Statistics& expected, const char* when) {
    StatsStore reread(args.data);
    std::string warning;
    const bool memory = kiosk.statistics() && *kiosk.statistics() == expected;
    const bool disk = reread.load(warning) && reread.stats() == expected;
    if (!memory || !disk) {
      std::fprintf(stderr, "soak: %s: statistics differ from what was played (tally %s; memory %s; stats.json %s)\n",
                   when, describe(expected).c_str(), kiosk.statistics() ? describe(*kiosk.statistics()).c_str() : "off",
                   describe(reread.stats()).c_str());
      std::ofstream(args.data + "/expected.json") << stats_to_json(expected);
    }
    return memory && disk;
  };

  SoakVisitors::Setup plan;
  plan.sessions = args.sessions;
  plan.seed = args.seed;
  plan.idle_timeout_s = kiosk.config().idle_timeout_s;
  plan.countdown_s = kiosk.config().idle_countdown_s;
  SoakVisitors* visitors_ptr = nullptr;
  plan.visit_ended = [&](long visits) {
    if (visits == reference_visit) rss_reference = resident_bytes();
    if (visits % args.checkpoint == 0 || visits == 100) {
      const bool ok = statistics_match(visitors_ptr->expected(), ("after visit " + std::to_string(visits)).c_str());
      checkpoint_failures += !ok;
      std::printf("soak: %ld visits, %ld frames, RSS %.2f MB, statistics %s\n", visits, visitors_ptr->frames(),
                  resident_bytes() / 1048576.0, ok ? "exact" : "WRONG");
      std::fflush(stdout);
    }
  };
  SoakVisitors visitors(app, kiosk.gesture(), plan);
  visitors_ptr = &visitors;
  app.harness().set_input_hook([&visitors](const UiTrace& last) { visitors.before_frame(last); });

  std::string error;
  if (!app.init(argv[0], error)) {
    std::fprintf(stderr, "soak: %s\n", error.c_str());
    return 1;
  }
  platform::set_kiosk_mode(kiosk.kiosk_mode(), kiosk.config().hide_cursor);
  KioskLayer layer(kiosk, app);
  layer.attach();
  while (!visitors.done() && !layer.exit_requested())
    if (!app.frame()) break;
  const long rss_end = resident_bytes();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  const bool all_played = visitors.visits() == args.sessions;
  const bool equal = statistics_match(visitors.expected(), "at the end");
  const long growth = rss_end - rss_reference;
  std::printf(
      "soak: %ld visits (%ld completed, %ld reset by the idle timeout, %ld \"I'm still here\"), %ld frames, "
      "%ld taps (%ld missed a moving target), %.1f s, %.0f frames/s\n",
      visitors.visits(), visitors.completed(), visitors.walked_away(), visitors.still_here(), visitors.frames(),
      visitors.taps(), visitors.missed_taps(), seconds, visitors.frames() / seconds);
  std::uint64_t spotted = 0, missed = 0, quiz = 0, endings = 0;
  for (const auto& [id, c] : visitors.expected().scenarios) {
    for (const auto& [flag, f] : c.flags) spotted += f.spotted, missed += f.missed;
    for (const auto& [ending, n] : c.endings) endings += ending == "none" ? 0 : n;
  }
  for (const auto& [band, n] : visitors.expected().quiz_bands) quiz += n;
  std::printf(
      "soak: played %zu scenarios, %llu endings reached, red flags %llu spotted / %llu missed, %llu quiz "
      "results, %zu languages\n",
      visitors.expected().scenarios.size(), (unsigned long long)endings, (unsigned long long)spotted,
      (unsigned long long)missed, (unsigned long long)quiz, visitors.expected().languages.size());
  std::printf("soak: RSS at start %.2f MB, after visit %ld %.2f MB, at the end %.2f MB (growth %+ld bytes)\n",
              rss_start / 1048576.0, reference_visit, rss_reference / 1048576.0, rss_end / 1048576.0, growth);
  std::printf("soak: statistics %s at the end, %ld checkpoint(s) wrong; %ld problems\n", equal ? "exact" : "WRONG",
              checkpoint_failures, visitors.problems());
  app.shutdown();
  kiosk.stop();
  const bool ok = all_played && equal && checkpoint_failures == 0 && visitors.problems() == 0 && rss_reference > 0 &&
                  growth < args.max_growth;
  if (!ok) scratch = false;
  if (scratch) std::filesystem::remove_all(args.data);
  else std::printf("soak: data kept in %s\n", args.data.c_str());
  std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
