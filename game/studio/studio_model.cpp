// StudioModel: folder listing, debounced parse + check through an overlay file source (the buffer
// replaces the file on disk, includes still come from disk), navigation, play, hot reload, save.
#include "studio/studio_model.h"

#include "content/content_register_loader.h"
#include "kiosk/atomic_file.h"

#include <lure/checker.h>
#include <lure/file_source.h>
#include <lure/parser.h>

#include <algorithm>
#include <filesystem>

namespace lureproof {

namespace fs = std::filesystem;

namespace {

// The loader reads the edited file from the buffer and everything else (includes, images) from disk.
class OverlaySource : public lure::FileSource {
 public:
  OverlaySource(std::string path, const std::string& text) : path_(lure::normalise_path(path)), text_(text) {}
  std::optional<std::string> read(const std::string& path) override {
    if (lure::normalise_path(path) == path_) return text_;
    return disk_.read(path);
  }
  bool exists(const std::string& path) override { return lure::normalise_path(path) == path_ || disk_.exists(path); }
  // Includes and images keep the disk's sandbox checks (links out of the folder, FIFOs, size).
  lure::FileRead read_within(const std::string& path, const std::string& root, std::size_t max_bytes) override {
    if (lure::normalise_path(path) == path_) return lure::FileSource::read_within(path, root, max_bytes);
    return disk_.read_within(path, root, max_bytes);
  }
  lure::FileStatus check_within(const std::string& path, const std::string& root) override {
    if (lure::normalise_path(path) == path_) return lure::FileStatus::Ok;
    return disk_.check_within(path, root);
  }

 private:
  std::string path_;
  const std::string& text_;
  lure::DiskFileSource disk_;
};

bool has_lure_extension(const std::string& name) {
  return name.size() > 5 && name.compare(name.size() - 5, 5, ".lure") == 0;
}

}  // namespace

StudioModel::StudioModel(double debounce_seconds, double disk_poll_seconds)
    : debounce_(debounce_seconds), poll_every_(disk_poll_seconds) {}

// ---- files -----------------------------------------------------------------------------------

bool StudioModel::open_folder(const std::string& dir_or_file, std::string& error) {
  std::error_code ec;
  std::string open_me;
  if (has_lure_extension(dir_or_file) && !fs::is_directory(dir_or_file, ec)) {
    folder_ = lure::directory_of(dir_or_file);
    if (folder_.empty()) folder_ = ".";
    open_me = dir_or_file;
  } else {
    folder_ = dir_or_file;
  }
  rescan_folder();
  load_register();
  if (open_me.empty()) {
    if (files_.empty()) {
      error = "no .lure files in " + folder_;
      return false;
    }
    open_me = files_.front();
  }
  return open_file(open_me, error);
}

// The nearest sources.toml and facts.toml (.json in the web build): the scenario folder or up to two
// folders above it (as `lure validate` looks), so assets/scenarios finds assets/sources.toml.
void StudioModel::load_register() {
  auto nearest = [&](const std::string& stem) {
    fs::path here(folder_);
    std::error_code ec;
    for (int level = 0; level <= 2; ++level, here /= "..")
      for (const char* ext : {".toml", ".json"})
        if (fs::is_regular_file(here / (stem + ext), ec)) return (here / (stem + ext)).lexically_normal().string();
    return std::string();
  };
  ContentRegisterLoad load = load_content_register(nearest("sources"), nearest("facts"));
  register_ = std::move(load.reg);
}

void StudioModel::rescan_folder() {
  files_.clear();
  std::error_code ec;
  for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file(ec) && has_lure_extension(name)) files_.push_back(lure::join_path(folder_, name));
  }
  std::sort(files_.begin(), files_.end());
  // A file opened from elsewhere (a browser drop) stays in the list.
  if (!path_.empty() && std::find(files_.begin(), files_.end(), path_) == files_.end()) files_.push_back(path_);
}

bool StudioModel::read_disk(std::string& text, std::string& error) const {
  if (!read_whole_file(path_, text)) {
    error = "cannot read " + path_;
    return false;
  }
  return true;
}

bool StudioModel::open_file(const std::string& path, std::string& error) {
  std::string text;
  if (!read_whole_file(path, text)) {
    error = "cannot read " + path;
    return false;
  }
  play_.stop();
  path_ = path;
  if (std::find(files_.begin(), files_.end(), path_) == files_.end()) files_.push_back(path_);
  doc_.set_text(std::move(text));
  dirty_ = false;
  conflict_ = false;
  ++revision_;
  cursor_ = 0;
  jump_.reset();
  stamp_ = seen_stamp_ = disk_stamp();
  analyse_now();
  status_ = "Opened " + file_name();
  return true;
}

std::string StudioModel::file_name() const {
  const size_t slash = path_.find_last_of('/');
  return slash == std::string::npos ? path_ : path_.substr(slash + 1);
}

// ---- editing and checking --------------------------------------------------------------------

void StudioModel::note_edited(double now) {
  doc_.changed();
  dirty_ = true;
  ++revision_;
  edited_at_ = now;
  cursor_ = std::min(cursor_, int(doc_.text().size()));
}

void StudioModel::replace_line(int line, std::string_view text, double now) {
  doc_.replace_line(line, text);
  note_edited(now);
}

bool StudioModel::replace_first(std::string_view what, std::string_view with, double now) {
  if (!doc_.replace_first(what, with)) return false;
  note_edited(now);
  return true;
}

bool StudioModel::update(double now) {
  if (!analysis_pending() || now - edited_at_ < debounce_) return false;
  analyse_now();
  return true;
}

void StudioModel::analyse_now() {
  analysed_revision_ = revision_;
  OverlaySource files(path_, doc_.text());
  lure::ParseResult result = lure::load_scenario(path_, files);
  diagnostics_ = std::move(result.diagnostics);
  for (lure::Diagnostic& d : lure::check_content_references(result.scenario, register_))  // LP230, LP232
    diagnostics_.push_back(std::move(d));
  // Errors first, then by position, so the list reads top to bottom.
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const lure::Diagnostic& a, const lure::Diagnostic& b) {
    if (a.severity != b.severity) return a.severity == lure::Severity::Error;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
  });
  errors_ = lure::count_severity(diagnostics_, lure::Severity::Error);
  warnings_ = lure::count_severity(diagnostics_, lure::Severity::Warning);
  scenario_ = std::make_shared<const lure::Scenario>(std::move(result.scenario));
  graph_ = lure::graph_of(*scenario_);
}

bool StudioModel::diagnostic_in_document(const lure::Diagnostic& d) const {
  return d.file.empty() || lure::normalise_path(d.file) == lure::normalise_path(path_);
}

// ---- cursor and navigation -------------------------------------------------------------------

void StudioModel::set_cursor(int offset) { cursor_ = std::clamp(offset, 0, int(doc_.text().size())); }

int StudioModel::node_at_line(int line) const {
  if (!scenario_) return -1;
  int best = -1, best_line = 0;
  for (size_t i = 0; i < scenario_->nodes.size(); ++i) {
    const lure::SourceLoc& loc = scenario_->nodes[i].loc;
    if (loc.file == 0 && loc.line <= line && loc.line > best_line) {
      best = int(i);
      best_line = loc.line;
    }
  }
  return best;
}

std::string StudioModel::node_at_cursor() const {
  const int n = node_at_line(cursor_line());
  return n < 0 ? std::string() : scenario_->nodes[size_t(n)].id;
}

int StudioModel::line_of_node(const std::string& id) const {
  if (!scenario_) return 0;
  const int n = scenario_->find_node(id);
  if (n < 0 || scenario_->nodes[size_t(n)].loc.file != 0) return 0;
  return scenario_->nodes[size_t(n)].loc.line;
}

void StudioModel::request_jump(int line, int column) {
  JumpRequest j;
  j.line = std::clamp(line, 1, doc_.line_count());
  j.column = std::max(column, 1);
  j.offset = doc_.offset_of(j.line, j.column);
  jump_ = j;
  cursor_ = j.offset;
}

bool StudioModel::jump_to_diagnostic(std::size_t index) {
  if (index >= diagnostics_.size()) return false;
  const lure::Diagnostic& d = diagnostics_[index];
  if (!diagnostic_in_document(d) || d.line <= 0) return false;
  request_jump(d.line, d.column);
  return true;
}

bool StudioModel::jump_to_node(const std::string& id) {
  const int line = line_of_node(id);
  if (line <= 0) return false;
  request_jump(line, 1);
  return true;
}

std::optional<JumpRequest> StudioModel::take_jump() {
  std::optional<JumpRequest> j = jump_;
  jump_.reset();
  return j;
}

// ---- play ------------------------------------------------------------------------------------

bool StudioModel::play_from_cursor(std::uint64_t seed, std::string& error) {
  return play_from(node_at_cursor(), seed, error);
}

bool StudioModel::play_from(const std::string& node_id, std::uint64_t seed, std::string& error) {
  if (analysis_pending()) analyse_now();
  if (errors_ > 0) {
    error = "fix the " + std::to_string(errors_) + (errors_ == 1 ? " error" : " errors") + " first, then play";
    return false;
  }
  return play_.start(scenario_, node_id, seed, revision_, error);
}

// ---- disk ------------------------------------------------------------------------------------

StudioModel::DiskStamp StudioModel::disk_stamp() const {
  DiskStamp s;
  std::error_code ec;
  const auto time = fs::last_write_time(path_, ec);
  if (ec) return s;
  s.exists = true;
  s.mtime = std::int64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count());
  s.size = fs::file_size(path_, ec);
  return s;
}

void StudioModel::poll_disk(double now, bool force) {
  if (path_.empty() || (!force && now - polled_at_ < poll_every_)) return;
  polled_at_ = now;
  const DiskStamp s = disk_stamp();
  seen_stamp_ = s;
  if (s == stamp_ || !s.exists) return;  // unchanged, or gone for a moment (an editor's rename)
  if (!dirty_) {
    reload_from_disk();
  } else if (!conflict_) {
    std::string text;
    std::string error;
    if (read_disk(text, error) && text == doc_.text()) {
      stamp_ = s;  // the same text was written elsewhere: nothing to settle
      dirty_ = false;
      return;
    }
    conflict_ = true;
    status_ = file_name() + " changed on disk while you have unsaved edits";
  }
}

void StudioModel::reload_from_disk() {
  std::string text, error;
  if (!read_disk(text, error)) {
    status_ = error;
    return;
  }
  const int line = cursor_line();
  doc_.set_text(std::move(text));
  cursor_ = doc_.offset_of(line);
  dirty_ = false;
  conflict_ = false;
  ++revision_;
  ++reloads_;
  stamp_ = seen_stamp_ = disk_stamp();
  analyse_now();
  status_ = "Reloaded " + file_name() + " from disk";
}

void StudioModel::keep_mine() {
  conflict_ = false;
  stamp_ = seen_stamp_ = disk_stamp();
  status_ = "Kept your version; saving will replace the file on disk";
}

bool StudioModel::save(std::string& error) {
  if (path_.empty()) {
    error = "no file is open";
    return false;
  }
  if (!write_file_atomically(path_, doc_.text(), error)) {
    status_ = error;
    return false;
  }
  dirty_ = false;
  conflict_ = false;
  stamp_ = seen_stamp_ = disk_stamp();
  status_ = "Saved " + file_name();
  return true;
}

}  // namespace lureproof
