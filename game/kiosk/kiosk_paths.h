// Where the kiosk keeps its files: the config file it reads and the data dir for stats.json and
// kiosk.log. Native only in practice: the web edition stores nothing (platform::can_store_data()).
#pragma once

#include <string>
#include <vector>

namespace lureproof {

// The config files tried when --config is not given, in order (docs/kiosk.md).
std::vector<std::string> default_config_paths(const std::string& assets_dir);

// The data dir: `configured` if not empty, else $LUREPROOF_DATA_DIR, else $STATE_DIRECTORY (set by
// systemd's StateDirectory=), else $XDG_STATE_HOME/lureproof, else ~/.local/state/lureproof.
std::string choose_data_dir(const std::string& configured);

// Creates `dir` and its parents (mode 0750); true if it exists afterwards.
bool ensure_dir(const std::string& dir, std::string& error);

// Ids of the scenarios bundled in `assets_dir`/scenarios (file names without .lure), sorted.
std::vector<std::string> bundled_scenario_ids(const std::string& assets_dir);

}  // namespace lureproof
