// lureproof_soak: N scripted visitors (default 1,000; the long form is 10,000) through the journey,
// the idle timer, the statistics observer and the real stats.json store in a scratch data dir.
// Fails on any broken expectation, on RSS growth of 1 MB or more between visit 100 and visit N,
// or when the statistics (in memory and re-read from disk) differ from what was played.
#include "journey/journey.h"
#include "journey/scenario_library.h"
#include "kiosk/kiosk_runtime.h"
#include "kiosk/stats_observer.h"
#include "rss.h"
#include "scripted_visitor.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct Args {
  long sessions = 1000;
  unsigned long long seed = 1;
  std::string assets = LUREPROOF_SOURCE_ASSETS;
  std::string data;  // empty = a fresh directory under /tmp, removed afterwards
  long max_growth = 1 << 20;
};

bool parse_args(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (arg == "--sessions" && v) a.sessions = std::atol(argv[++i]);
    else if (arg == "--seed" && v) a.seed = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--assets" && v) a.assets = argv[++i];
    else if (arg == "--data" && v) a.data = argv[++i];
    else return false;
  }
  return a.sessions >= 101;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) {
    std::fprintf(stderr, "usage: lureproof_soak [--sessions N (>100)] [--seed S] [--assets DIR] [--data DIR]\n");
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
  // A kiosk config as an NGO would write it: two languages, every scenario, short idle timeout.
  const std::string config_path = args.data + "/kiosk.toml";
  std::ofstream(config_path) << "kiosk = true\nlanguages = [\"en\", \"ro\"]\nidle_timeout_s = 60\n"
                                "idle_countdown_s = 20\nstatistics = true\n";

  KioskRuntime runtime;
  KioskSetup setup;
  setup.config_path = config_path;
  setup.assets_dir = args.assets;
  setup.data_dir = args.data;
  runtime.start(setup);
  runtime.log().set_echo(false);
  for (const std::string& w : runtime.warnings())
    if (w.find("operator_pin_hash") == std::string::npos) std::fprintf(stderr, "soak: kiosk warning: %s\n", w.c_str());

  ScenarioLibrary library;
  library.load_directory(args.assets + "/scenarios", runtime.config().scenarios);
  for (const std::string& p : library.problems()) std::fprintf(stderr, "soak: scenario problem: %s\n", p.c_str());
  if (library.size() == 0) return std::fprintf(stderr, "soak: no scenarios in %s\n", args.assets.c_str()), 1;

  Journey journey(library, runtime.config());
  StatsObserver observer([&](const SessionSummary& visit) { runtime.record_visit(visit); });
  journey.add_observer(&observer);
  Session session;
  IdleTimer& idle = runtime.idle();
  std::mt19937_64 rng(args.seed);
  double now = 0;
  VisitorWorld world{journey, session, idle, rng, now, double(runtime.config().idle_timeout_s),
                     double(runtime.config().idle_countdown_s), [&] {
                       runtime.note_idle_reset();
                       journey.reset(session, now);
                     }};

  Statistics expected;
  long failures = 0, walked = 0, completed = 0, still_here = 0, rss_at_100 = 0;
  const long rss_start = resident_bytes();
  for (long i = 1; i <= args.sessions; ++i) {
    VisitOutcome v = play_one_visitor(world);
    if (!v.problem.empty() && ++failures <= 10) std::fprintf(stderr, "soak: visit %ld: %s\n", i, v.problem.c_str());
    expected.add(v.expected);
    walked += v.walked_away;
    completed += v.expected.completed;
    still_here += v.still_here;
    if (i == 100) rss_at_100 = resident_bytes();
    if (i % 1000 == 0) std::printf("soak: %ld visits, RSS %.2f MB\n", i, resident_bytes() / 1048576.0), std::fflush(stdout);
  }
  const long rss_end = resident_bytes();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  // The counters must equal what was played, in memory and as re-read from stats.json.
  const Statistics* counted = runtime.statistics();
  StatsStore reread(args.data);
  std::string warning;
  const bool reread_ok = reread.load(warning);
  const bool equal_memory = counted && *counted == expected;
  const bool equal_disk = reread_ok && reread.stats() == expected;
  if (!equal_memory || !equal_disk) {
    std::ofstream(args.data + "/expected.json") << stats_to_json(expected);
    std::fprintf(stderr, "soak: statistics differ from what was played (see %s/expected.json vs stats.json)\n",
                 args.data.c_str());
    scratch = false;
  }
  const long growth = rss_end - rss_at_100;
  std::printf("soak: %ld visits (%ld completed, %ld reset by the idle timeout, %ld \"I'm still here\"), "
              "%.1f s, %.0f visits/s\n",
              args.sessions, completed, walked, still_here, seconds, args.sessions / seconds);
  std::printf("soak: RSS at start %.2f MB, after visit 100 %.2f MB, at the end %.2f MB (growth %+ld bytes)\n",
              rss_start / 1048576.0, rss_at_100 / 1048576.0, rss_end / 1048576.0, growth);
  std::printf("soak: statistics %s (memory) and %s (stats.json); %ld failed expectations\n",
              equal_memory ? "exact" : "WRONG", equal_disk ? "exact" : "WRONG", failures);
  runtime.stop();
  if (scratch) std::filesystem::remove_all(args.data);
  const bool ok = failures == 0 && equal_memory && equal_disk && growth < args.max_growth;
  std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
