// stats.json on disk: first start, save/load, a damaged file kept aside, a leftover .tmp, the
// operator's reset (old counters kept), export to a folder.
#include <doctest/doctest.h>

#include "kiosk/csv_export.h"
#include "kiosk/stats_store.h"
#include "temp_dir.h"

#include <filesystem>

using namespace lureproof;

namespace {
SessionSummary visit(const char* scenario) {
  SessionSummary v;
  v.language = "en";
  v.scenario = scenario;
  v.ending = "safe";
  v.duration_s = 200;
  v.completed = true;
  return v;
}
}  // namespace

TEST_CASE("first start, record, reload") {
  TempDir dir;
  StatsStore store(dir.path());
  std::string warning, error;
  CHECK(store.load(warning));
  CHECK(store.stats().sessions == 0);
  CHECK(store.record(visit("dream-job"), error));
  CHECK(store.record(visit("border-help"), error));
  StatsStore again(dir.path());
  CHECK(again.load(warning));
  CHECK(again.stats() == store.stats());
  CHECK(again.stats().sessions == 2);
  CHECK_FALSE(std::filesystem::exists(dir.file("stats.json.tmp")));
}

TEST_CASE("a damaged file is kept aside as stats.json.corrupt-N and counting restarts") {
  TempDir dir;
  write_text(dir.file("stats.json"), "{\"format\":\"lureproof-stats\",\"version\":1,\"sess");
  StatsStore store(dir.path());
  std::string warning, error;
  CHECK_FALSE(store.load(warning));
  CHECK(warning.find("corrupt-1") != std::string::npos);
  CHECK(std::filesystem::exists(dir.file("stats.json.corrupt-1")));
  CHECK(store.stats().sessions == 0);
  CHECK(store.record(visit("dream-job"), error));
  write_text(dir.file("stats.json"), "garbage");
  StatsStore second(dir.path());
  CHECK_FALSE(second.load(warning));
  CHECK(std::filesystem::exists(dir.file("stats.json.corrupt-2")));
  CHECK(read_text(dir.file("stats.json.corrupt-2")) == "garbage");
}

TEST_CASE("a leftover stats.json.tmp from an interrupted write is ignored and removed") {
  TempDir dir;
  std::string warning, error;
  {
    StatsStore store(dir.path());
    store.load(warning);
    store.record(visit("dream-job"), error);
  }
  write_text(dir.file("stats.json.tmp"), "{\"half");
  StatsStore store(dir.path());
  CHECK(store.load(warning));
  CHECK(store.stats().sessions == 1);
  CHECK_FALSE(std::filesystem::exists(dir.file("stats.json.tmp")));
}

TEST_CASE("reset keeps the old counters aside") {
  TempDir dir;
  StatsStore store(dir.path());
  std::string warning, error;
  store.load(warning);
  store.record(visit("dream-job"), error);
  REQUIRE(store.reset(error));
  CHECK(store.stats().sessions == 0);
  CHECK(std::filesystem::exists(dir.file("stats.json.before-reset-1")));
  StatsStore again(dir.path());
  CHECK(again.load(warning));
  CHECK(again.stats().sessions == 0);
}

TEST_CASE("a store in a folder that cannot be written reports it, keeps counting in memory") {
  StatsStore store("/nonexistent/lureproof");
  std::string warning, error;
  store.load(warning);
  CHECK_FALSE(store.record(visit("dream-job"), error));
  CHECK_FALSE(error.empty());
  CHECK(store.stats().sessions == 1);
}

TEST_CASE("CSV export to a chosen folder, never overwriting an earlier export") {
  TempDir dir;
  Statistics s;
  s.add(visit("dream-job"));
  std::string first, second, error;
  REQUIRE(export_csv(s, dir.path(), first, error));
  REQUIRE(export_csv(s, dir.path(), second, error));
  CHECK(first != second);
  CHECK(read_text(first) == stats_to_csv(s));
  CHECK_FALSE(export_csv(s, "/nonexistent", first, error));
  const auto folders = export_folder_candidates(dir.path());
  REQUIRE_FALSE(folders.empty());
  CHECK(folders.back() == dir.path());
}

TEST_CASE("CSV export: symlinks planted on the stick cannot redirect the write") {
  namespace fs = std::filesystem;
  TempDir stick, elsewhere;
  const std::string victim = elsewhere.file("victim.txt");
  write_text(victim, "precious\n");
  Statistics s;
  s.add(visit("dream-job"));
  // Learn the file name of today's export, then plant symlinks at it and at its temporary file.
  std::string path, error;
  REQUIRE(export_csv(s, stick.path(), path, error));
  fs::remove(path);
  fs::create_symlink(victim, path + ".tmp");
  fs::create_symlink(victim, path);
  std::string written;
  REQUIRE(export_csv(s, stick.path(), written, error));
  CHECK(written != path);  // the symlinked name counts as taken
  CHECK(read_text(victim) == "precious\n");
  CHECK(read_text(written) == stats_to_csv(s));
  CHECK(fs::is_symlink(path));  // left alone
  // The planted .tmp was removed rather than followed, and a dangling one is handled the same way.
  const std::string next = path.substr(0, path.size() - 4) + "-3.csv";  // after base.csv and base-2.csv
  fs::create_symlink(elsewhere.file("new-file"), next + ".tmp");
  std::string third;
  REQUIRE(export_csv(s, stick.path(), third, error));
  CHECK(third == next);
  CHECK_FALSE(fs::exists(elsewhere.file("new-file")));
  CHECK(read_text(victim) == "precious\n");
}
