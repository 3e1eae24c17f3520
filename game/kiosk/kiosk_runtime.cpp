// KioskRuntime: start-up order is config -> data dir -> log -> statistics, so every later problem
// reaches the log and the banner. Nothing here throws or exits.
#include "kiosk/kiosk_runtime.h"

#include "kiosk/complete_languages.h"
#include "kiosk/csv_export.h"
#include "kiosk/kiosk_paths.h"

#include <lure/l10n.h>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace lureproof {

KioskRuntime::KioskRuntime() = default;
KioskRuntime::~KioskRuntime() = default;

void KioskRuntime::warn(const std::string& line) {
  warnings_.push_back(line);
  acknowledged_ = false;
  log_.write(line);
}

void KioskRuntime::start(const KioskSetup& setup) {
  ConfigContext context = setup.context;
  if (context.known_scenarios.empty() && !context.list_scenarios)
    context.list_scenarios = [dir = setup.assets_dir] { return bundled_scenario_ids(dir); };
  if (context.known_languages.empty()) context.known_languages = lure::planned_languages();

  // 1. Config: --config FILE, else the first default path that exists, else built-in defaults.
  std::string config_note;
  if (!setup.config_path.empty()) {
    load_ = load_kiosk_config_file(setup.config_path, context);
  } else {
    load_ = ConfigLoad{};
    config_note = "no config file found; using built-in defaults";
    for (const std::string& path : default_config_paths(setup.assets_dir)) {
      struct stat st;
      if (::stat(path.c_str(), &st) == 0) {
        load_ = load_kiosk_config_file(path, context);
        config_note.clear();
        break;
      }
    }
  }
  if (setup.force_kiosk) load_.config.kiosk = true;
  if (!load_.config.languages_listed) load_.config.languages = load_complete_languages(setup.assets_dir);

  // 2. Data dir and log: only a native kiosk keeps files. The browser edition stores nothing, and
  //    a desktop run (no kiosk mode) logs to stderr only.
  const bool store = setup.can_store_data && load_.config.kiosk;
  if (store) {
    data_dir_ = setup.data_dir.empty() ? choose_data_dir(load_.config.statistics_dir) : setup.data_dir;
    std::string error;
    if (!ensure_dir(data_dir_, error)) {
      data_dir_.clear();
      warn("warning: " + error + "; no log file and no statistics");
    } else {
      log_.open(data_dir_, long(load_.config.log_max_kb) * 1024, load_.config.log_files);
      log_.install_crash_handler();
    }
  }
  // The browser edition keeps no log: its console gets the warnings only (a routine line there
  // also cost ~5 ms before the first frame).
  if (setup.can_store_data) {
    log_.write(std::string("started") + (load_.config.kiosk ? " in kiosk mode" : "") +
               (load_.source.empty() ? "" : "; config " + load_.source));
    if (!config_note.empty()) log_.write(config_note);
    if (!load_.config.languages_listed) {
      std::string codes;
      for (const std::string& code : load_.config.languages) codes += (codes.empty() ? "" : " ") + code;
      log_.write("languages: " + codes + " (every language with complete translations; set `languages` to choose)");
    }
  }
  if (!data_dir_.empty()) {
    const std::string marker = data_dir_ + "/running";
    struct stat st;
    if (::stat(marker.c_str(), &st) == 0)
      log_.write("the previous run did not exit cleanly (crash, kill or power cut)");
    if (FILE* f = std::fopen(marker.c_str(), "w")) std::fclose(f);
  }
  for (const ConfigIssue& issue : load_.issues) warn(format_issue(issue, load_.source));

  // 3. Statistics.
  if (load_.config.statistics && !data_dir_.empty()) {
    store_ = std::make_unique<StatsStore>(data_dir_);
    std::string warning;
    if (!store_->load(warning)) warn("warning: " + warning);
  }

  // 4. Timers and the operator's way in.
  idle_ = IdleTimer(load_.config.idle_timeout_s, load_.config.idle_countdown_s);
  // The PIN lockout lives in the data dir (memory only without one), so a restart keeps it.
  access_ = OperatorAccess(load_.config.operator_pin_hash,
                           PinLockout(data_dir_.empty() ? "" : data_dir_ + "/pin-lockout.json"));
  const std::string lockout_problem = access_.lockout().load();
  if (!lockout_problem.empty()) warn("warning: " + lockout_problem);
  if (load_.config.kiosk && !access_.has_pin())
    warn("warning: kiosk mode without operator_pin_hash: the operator screen cannot be opened (see docs/kiosk.md)");
  started_ = true;
}

void KioskRuntime::stop() {
  if (!started_) return;
  log_.write("stopped");
  if (!data_dir_.empty()) ::unlink((data_dir_ + "/running").c_str());
  started_ = false;
}

void KioskRuntime::record_visit(const SessionSummary& visit) {
  if (!store_) return;
  std::string error;
  if (!store_->record(visit, error)) warn("error: statistics not saved: " + error);
}

void KioskRuntime::note_idle_reset() { log_.write("idle timeout: reset to attract", KioskLog::Stamp::Day); }

bool KioskRuntime::reset_statistics(std::string& error) {
  if (!store_) {
    error = "statistics are off";
    return false;
  }
  if (!store_->reset(error)) return false;
  log_.write("operator reset the statistics (old counters kept as stats.json.before-reset-N)");
  return true;
}

bool KioskRuntime::export_statistics(const std::string& dir, std::string& written, std::string& error) {
  if (!store_) {
    error = "statistics are off";
    return false;
  }
  if (!export_csv(store_->stats(), dir, written, error)) {
    log_.write("CSV export failed: " + error);
    return false;
  }
  log_.write("operator exported the statistics to " + written);
  return true;
}

}  // namespace lureproof
