// stats_to_csv, export_csv and export_folder_candidates: see csv_export.h.
#include "kiosk/csv_export.h"

#include "kiosk/atomic_file.h"

#include <ctime>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace lureproof {

namespace {

void row(std::string& out, const char* section, const std::string& scenario, const std::string& item,
         const std::string& count) {
  // Ids are plain ([a-z0-9_-]) and bucket labels have no comma or quote, so no field needs quoting.
  out += std::string(section) + "," + scenario + "," + item + "," + count + "\n";
}

bool writable_dir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p, ec) && ::access(p.c_str(), W_OK) == 0;
}

}  // namespace

std::string stats_to_csv(const Statistics& s) {
  const StatisticsDisplay d = display_statistics(s);
  std::string out = "section,scenario,item,count\n";
  row(out, "sessions", "", "", display_count(s.sessions));
  row(out, "completed", "", "", display_count(s.completed));
  for (const auto& [lang, text] : d.languages) row(out, "language", "", lang, text);
  for (const std::string& bucket : duration_buckets()) row(out, "duration", "", bucket, d.durations.at(bucket));
  for (const auto& [band, text] : d.quiz_bands) row(out, "quiz_band", "", band, text);
  for (const auto& [check, n] : s.checks) row(out, "check", "", check, display_count(n));
  for (const auto& [id, c] : s.scenarios) {
    row(out, "plays", id, "", d.plays.at(id));
    for (const auto& [ending, text] : d.endings.at(id)) row(out, "ending", id, ending, text);
    for (const auto& [flag, f] : c.flags) {
      row(out, "flag_spotted", id, flag, display_count(f.spotted));
      row(out, "flag_missed", id, flag, display_count(f.missed));
    }
  }
  return out;
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
