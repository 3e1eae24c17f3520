// stats_to_csv, export_csv and export_folder_candidates: see csv_export.h.
#include "kiosk/csv_export.h"

#include "kiosk/atomic_file.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace lureproof {

namespace {

bool writable_dir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p, ec) && ::access(p.c_str(), W_OK) == 0;
}

}  // namespace

std::vector<StatsRow> stats_rows(const Statistics& s) {
  const StatisticsDisplay d = display_statistics(s);
  std::vector<StatsRow> out;
  auto row = [&](const char* section, const std::string& scenario, const std::string& item, std::uint64_t n,
                 const std::string& shown) {
    out.push_back({section, scenario, item, n, shown});
  };
  auto counted = [](const std::map<std::string, std::uint64_t>& m, const std::string& key) {
    auto it = m.find(key);
    return it == m.end() ? std::uint64_t{0} : it->second;
  };
  row("sessions", "", "", s.sessions, display_count(s.sessions));
  row("completed", "", "", s.completed, display_count(s.completed));
  for (const auto& [lang, text] : d.languages) row("language", "", lang, counted(s.languages, lang), text);
  for (const std::string& bucket : duration_buckets())
    row("duration", "", bucket, counted(s.durations, bucket), d.durations.at(bucket));
  for (const auto& [band, text] : d.quiz_bands) row("quiz_band", "", band, counted(s.quiz_bands, band), text);
  for (const auto& [check, n] : s.checks) row("check", "", check, n, display_count(n));
  for (const auto& [id, c] : s.scenarios) {
    row("plays", id, "", c.plays, d.plays.at(id));
    for (const auto& [ending, text] : d.endings.at(id)) row("ending", id, ending, counted(c.endings, ending), text);
    for (const auto& [flag, f] : c.flags) {
      row("flag_spotted", id, flag, f.spotted, display_count(f.spotted));
      row("flag_missed", id, flag, f.missed, display_count(f.missed));
    }
  }
  return out;
}

std::string stats_to_csv(const Statistics& s) {
  // Ids are plain ([a-z0-9_-]) and bucket labels have no comma or quote, so no field needs quoting.
  std::string out = std::string(kStatsCsvHeader) + "\n";
  for (const StatsRow& r : stats_rows(s)) out += r.section + "," + r.scenario + "," + r.item + "," + r.shown + "\n";
  return out;
}

bool add_stats_row(Statistics& s, const std::string& section, const std::string& scenario, const std::string& item,
                   std::uint64_t n, std::string& error, int* bad_field) {
  int field = 0;
  auto fail = [&](const std::string& why) {
    error = why;
    if (bad_field) *bad_field = field;
    return false;
  };
  const bool per_scenario =
      section == "plays" || section == "ending" || section == "flag_spotted" || section == "flag_missed";
  const bool no_item = section == "sessions" || section == "completed" || section == "plays";
  const bool known = per_scenario || no_item || section == "language" || section == "duration" ||
                     section == "quiz_band" || section == "check";
  if (!known) return fail("unknown section '" + section + "'");
  field = 1;
  if (per_scenario ? !is_plain_id(scenario) : !scenario.empty())
    return fail(per_scenario ? "'" + scenario + "' is not a scenario id" : "section '" + section + "' has no scenario");
  field = 2;
  if (no_item && !item.empty()) return fail("section '" + section + "' has no item");
  if (section == "duration") {
    const auto& b = duration_buckets();
    if (std::find(b.begin(), b.end(), item) == b.end()) return fail("'" + item + "' is not a duration bucket");
    s.durations[item] += n;
    return true;
  }
  if (!no_item && !is_plain_id(item)) return fail("'" + item + "' is not a plain id");
  if (section == "sessions") s.sessions += n;
  else if (section == "completed") s.completed += n;
  else if (section == "language") s.languages[item] += n;
  else if (section == "quiz_band") s.quiz_bands[item] += n;
  else if (section == "check") s.checks[item] += n;
  else if (section == "plays") s.scenarios[scenario].plays += n;
  else if (section == "ending") s.scenarios[scenario].endings[item] += n;
  else if (section == "flag_spotted") s.scenarios[scenario].flags[item].spotted += n;
  else s.scenarios[scenario].flags[item].missed += n;  // flag_missed
  return true;
}

bool export_csv(const Statistics& stats, const std::string& dir, std::string& written, std::string& error) {
  char date[16] = "undated";
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (localtime_r(&now, &tm)) std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
  const std::string base = dir + "/lureproof-statistics-" + date;
  std::string path = base + ".csv";
  // lstat: a symlink (even a dangling one) counts as taken, so nothing already there is replaced.
  struct stat st;
  for (int n = 2; ::lstat(path.c_str(), &st) == 0 && n < 1000; ++n) path = base + "-" + std::to_string(n) + ".csv";
  if (!write_file_atomically(path, stats_to_csv(stats), error)) return false;
  ::sync();  // a USB stick may be pulled right after the confirmation
  written = path;
  return true;
}

std::vector<std::string> export_folder_candidates(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  auto scan = [&](const fs::path& root, int depth) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return;
    for (const auto& a : fs::directory_iterator(root, fs::directory_options::skip_permission_denied, ec)) {
      if (!a.is_directory(ec)) continue;
      if (depth == 1) {
        if (writable_dir(a.path())) out.push_back(a.path().string());
        continue;
      }
      for (const auto& b : fs::directory_iterator(a.path(), fs::directory_options::skip_permission_denied, ec))
        if (b.is_directory(ec) && writable_dir(b.path())) out.push_back(b.path().string());
    }
  };
  scan("/media", 1);      // usbmount-style: /media/usb0
  scan("/media", 2);      // udisks: /media/<user>/<label>
  scan("/run/media", 2);  // udisks on some systems: /run/media/<user>/<label>
  if (!data_dir.empty() && writable_dir(data_dir)) out.push_back(data_dir);
  return out;
}

}  // namespace lureproof
