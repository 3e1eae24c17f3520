// Everything kiosk mode needs, in one object the app owns: the loaded config and its problems
// (for the on-screen banner), the log, the statistics store, the idle timer, the operator gesture
// and PIN gate. Plain C++ (no SDL/ImGui): the screens read it, the soak tool and tests drive it.
#pragma once

#include "kiosk/config_loader.h"
#include "kiosk/idle_timer.h"
#include "kiosk/kiosk_log.h"
#include "kiosk/operator_access.h"
#include "kiosk/operator_gesture.h"
#include "kiosk/stats_store.h"

#include <memory>
#include <string>
#include <vector>

namespace lureproof {

struct KioskSetup {
  std::string config_path;   // --config FILE; empty = default_config_paths()
  bool force_kiosk = false;  // --kiosk (the config key `kiosk` can also turn it on)
  std::string assets_dir;
  bool can_store_data = true;  // false in the browser edition: no log file, no statistics
  std::string data_dir;        // empty = choose_data_dir(config.statistics_dir)
  ConfigContext context;       // no known_scenarios = the .lure files in assets_dir/scenarios
};

class KioskRuntime {
 public:
  KioskRuntime();
  ~KioskRuntime();

  void start(const KioskSetup& setup);
  void stop();  // clean exit: logs it and removes the "running" marker

  const SiteConfig& config() const { return load_.config; }
  bool kiosk_mode() const { return load_.config.kiosk; }
  const ConfigLoad& config_load() const { return load_; }

  // Problems the operator must see: config issues and statistics trouble, one line each.
  const std::vector<std::string>& warnings() const { return warnings_; }
  bool warnings_acknowledged() const { return acknowledged_; }
  void acknowledge_warnings() { acknowledged_ = true; }
  // A problem found later (a scenario that failed to load): logged, listed and bannered like the rest.
  void report_problem(const std::string& line) { warn(line); }

  KioskLog& log() { return log_; }
  IdleTimer& idle() { return idle_; }
  OperatorGesture& gesture() { return gesture_; }
  OperatorAccess& access() { return access_; }

  bool statistics_enabled() const { return store_ != nullptr; }
  const Statistics* statistics() const { return store_ ? &store_->stats() : nullptr; }
  const std::string& data_dir() const { return data_dir_; }

  // A visit ended (completed, or reset by the idle timeout); counts it when statistics are on.
  void record_visit(const SessionSummary& visit);
  void note_idle_reset();  // logged with the day only, so the log cannot time a visit
  bool reset_statistics(std::string& error);
  bool export_statistics(const std::string& dir, std::string& written, std::string& error);

 private:
  void warn(const std::string& line);

  ConfigLoad load_;
  std::vector<std::string> warnings_;
  bool acknowledged_ = false;
  KioskLog log_;
  std::unique_ptr<StatsStore> store_;
  std::string data_dir_;
  IdleTimer idle_{90, 30};
  OperatorGesture gesture_;
  OperatorAccess access_{""};
  bool started_ = false;
};

}  // namespace lureproof
