// Config and data locations: see kiosk_paths.h.
#include "kiosk/kiosk_paths.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace lureproof {

std::vector<std::string> default_config_paths(const std::string& assets_dir) {
  const std::string assets = assets_dir.empty() ? std::string("assets") : assets_dir;
  return {"/etc/lureproof/kiosk.toml", assets + "/kiosk.toml", assets + "/kiosk.json"};  // .json: the web build
}

std::string choose_data_dir(const std::string& configured) {
  if (!configured.empty()) return configured;
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : std::string();
  };
  if (std::string d = env("LUREPROOF_DATA_DIR"); !d.empty()) return d;
  if (std::string d = env("STATE_DIRECTORY"); !d.empty()) return d.substr(0, d.find(':'));
  if (std::string d = env("XDG_STATE_HOME"); !d.empty()) return d + "/lureproof";
  if (std::string d = env("HOME"); !d.empty()) return d + "/.local/state/lureproof";
  return "lureproof-data";
}

bool ensure_dir(const std::string& dir, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool created = fs::create_directories(dir, ec);
  if (fs::is_directory(dir, ec)) {
    if (created) fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec, ec);
    return true;
  }
  error = "cannot create the data dir " + dir;
  return false;
}

std::vector<std::string> bundled_scenario_ids(const std::string& assets_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(assets_dir) / "scenarios", ec))
    if (e.path().extension() == ".lure") ids.push_back(e.path().stem().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace lureproof
