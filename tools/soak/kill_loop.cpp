// lureproof_kill_loop: a child process records visits into stats.json as fast as it can; the parent
// kills it with SIGKILL at a random moment, N times (default 200; the long form is 1,000). After
// every kill stats.json must parse, hold at least every visit the child had confirmed as saved,
// and no counter may be lower than after the previous kill.
#include "kiosk/statistics.h"
#include "kiosk/stats_store.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lureproof;

namespace {

SessionSummary random_visit(std::mt19937_64& rng) {
  static const char* langs[] = {"en", "ro", "bg", "uk"};
  static const char* scenarios[] = {"dream-job", "remote-it-job", "casting-call", "perfect-partner", "border-help"};
  static const char* endings[] = {"safe", "harmed", "got-help", "none"};
  SessionSummary v;
  v.language = langs[rng() % 4];
  v.scenario = scenarios[rng() % 5];
  v.ending = endings[rng() % 4];
  for (int f = 0; f < 12; ++f) {
    const std::string id = "flag-" + std::to_string(f);
    if (rng() % 2) v.flags_spotted.push_back(id);
    else v.flags_missed.push_back(id);
  }
  v.duration_s = double(rng() % 1200);
  v.completed = rng() % 2;
  return v;
}

// The child: load, then record visits forever, confirming each saved count on `ack`.
[[noreturn]] void writer(const std::string& dir, int ack, unsigned long long seed) {
  StatsStore store(dir);
  std::string warning, error;
  if (!store.load(warning)) {
    std::fprintf(stderr, "kill_loop child: %s\n", warning.c_str());
    _exit(3);
  }
  std::mt19937_64 rng(seed);
  for (;;) {
    if (!store.record(random_visit(rng), error)) _exit(4);
    const std::uint64_t saved = store.stats().sessions;
    if (::write(ack, &saved, sizeof saved) != sizeof saved) _exit(5);
  }
}

bool not_lower(const std::map<std::string, std::uint64_t>& before, const std::map<std::string, std::uint64_t>& after) {
  for (const auto& [k, v] : before) {
    auto it = after.find(k);
    if (it == after.end() || it->second < v) return false;
  }
  return true;
}

// Every counter in `after` is at least the one in `before`.
bool never_backwards(const Statistics& before, const Statistics& after) {
  if (after.sessions < before.sessions || after.completed < before.completed) return false;
  if (!not_lower(before.languages, after.languages) || !not_lower(before.durations, after.durations) ||
      !not_lower(before.quiz_bands, after.quiz_bands))
    return false;
  for (const auto& [id, c] : before.scenarios) {
    auto it = after.scenarios.find(id);
    if (it == after.scenarios.end() || it->second.plays < c.plays || !not_lower(c.endings, it->second.endings))
      return false;
    for (const auto& [flag, f] : c.flags) {
      auto g = it->second.flags.find(flag);
      if (g == it->second.flags.end() || g->second.spotted < f.spotted || g->second.missed < f.missed) return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  long kills = 200;
  unsigned long long seed = 1;
  std::string dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--kills")) kills = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--dir")) dir = argv[i + 1];
  }
  const bool scratch = dir.empty();
  if (scratch) {
    char pattern[] = "/tmp/lureproof-kill-XXXXXX";
    if (!::mkdtemp(pattern)) return std::perror("mkdtemp"), 1;
    dir = pattern;
  }
  std::mt19937_64 rng(seed);
  Statistics previous;
  long failures = 0, mid_write = 0;
  std::uint64_t total_acked = 0;
  for (long k = 1; k <= kills; ++k) {
    int fds[2];
    if (::pipe(fds) != 0) return std::perror("pipe"), 1;
    const pid_t child = ::fork();
    if (child < 0) return std::perror("fork"), 1;
    if (child == 0) {
      ::close(fds[0]);
      writer(dir, fds[1], seed * 1000003ULL + std::uint64_t(k));
    }
    ::close(fds[1]);
    // Wait for the first confirmed save, so the kill lands while the child is writing.
    std::uint64_t acked = 0, value = 0;
    if (::read(fds[0], &value, sizeof value) == sizeof value) acked = value;
    ::usleep(useconds_t(rng() % 4000));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    while (::read(fds[0], &value, sizeof value) == sizeof value) acked = value;
    ::close(fds[0]);
    if (!WIFSIGNALED(status)) {
      std::fprintf(stderr, "kill %ld: the writer ended by itself (status %d)\n", k, WEXITSTATUS(status));
      ++failures;
      continue;
    }
    struct stat st;
    if (::stat((dir + "/stats.json.tmp").c_str(), &st) == 0) ++mid_write;
    std::string text, why;
    Statistics now;
    FILE* f = std::fopen((dir + "/stats.json").c_str(), "rb");
    if (f) {
      char buffer[65536];
      size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
      std::fclose(f);
    }
    if (!stats_from_json(text, now, why)) {
      std::fprintf(stderr, "kill %ld: stats.json does not parse: %s\n", k, why.c_str());
      ++failures;
      break;
    }
    if (now.sessions < acked) {
      std::fprintf(stderr, "kill %ld: %llu visits confirmed saved, only %llu in the file\n", k,
                   (unsigned long long)acked, (unsigned long long)now.sessions);
      ++failures;
    }
    if (!never_backwards(previous, now)) {
      std::fprintf(stderr, "kill %ld: a counter went backwards\n", k);
      ++failures;
    }
    total_acked = acked;
    previous = now;
  }
  std::printf(
      "kill_loop: %ld SIGKILLs during statistics writes (%ld left a half-written stats.json.tmp); "
      "stats.json parsed after every kill; %llu visits saved in the end; %ld failures\n",
      kills, mid_write, (unsigned long long)total_acked, failures);
  if (scratch && failures == 0) std::filesystem::remove_all(dir);
  std::printf("kill_loop: %s\n", failures == 0 ? "PASS" : "FAIL");
  return failures == 0 ? 0 : 1;
}
