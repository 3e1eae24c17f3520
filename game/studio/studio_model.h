// The Studio's state without any UI: the scenario folder, the open file's text, debounced re-parse
// and check, diagnostics, the node under the cursor, jump requests, play-from-here, hot reload from
// disk (with a conflict when there are unsaved edits) and saving. StudioView draws it; tests drive it.
#pragma once

#include "studio/playtest.h"
#include "studio/text_document.h"

#include <lure/content_register.h>
#include <lure/diagnostics.h>
#include <lure/graph.h>
#include <lure/scenario.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lureproof {

struct JumpRequest {
  int line = 1, column = 1;
  int offset = 0;  // byte offset of line:column in the document
};

class StudioModel {
 public:
  explicit StudioModel(double debounce_seconds = 0.35, double disk_poll_seconds = 0.5);

  // ---- files ----
  // Lists the *.lure files in `dir` (sorted) and opens the first one. A .lure path opens that file
  // and lists its folder. Returns false with a message when nothing could be opened.
  bool open_folder(const std::string& dir_or_file, std::string& error);
  void rescan_folder();
  bool open_file(const std::string& path, std::string& error);  // unsaved edits are dropped
  const std::string& folder() const { return folder_; }
  // The source register and facts found next to the folder (see load_register); empty when none.
  const lure::ContentRegister& content_register() const { return register_; }
  const std::vector<std::string>& files() const { return files_; }
  const std::string& path() const { return path_; }
  std::string file_name() const;
  bool is_open() const { return !path_.empty(); }

  // ---- editing ----
  TextDocument& document() { return doc_; }
  const TextDocument& document() const { return doc_; }
  void note_edited(double now);  // the text changed (the editor widget or the helpers below)
  void replace_line(int line, std::string_view text, double now);
  bool replace_first(std::string_view what, std::string_view with, double now);
  bool dirty() const { return dirty_; }
  int revision() const { return revision_; }  // counts edits and reloads

  // ---- live check ----
  // Re-parses once the text has been still for the debounce time; true when it did.
  bool update(double now);
  void analyse_now();
  bool analysis_pending() const { return analysed_revision_ != revision_; }
  // Seconds until update() re-parses the pending edit (infinity when nothing is pending).
  double next_update_in(double now) const {
    return analysis_pending() ? std::max(0.0, edited_at_ + debounce_ - now) : std::numeric_limits<double>::infinity();
  }
  const std::vector<lure::Diagnostic>& diagnostics() const { return diagnostics_; }
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  // The latest parse (also when it has errors; playing needs an error-free one).
  const lure::Scenario* scenario() const { return scenario_.get(); }
  const lure::Graph& graph() const { return graph_; }
  bool diagnostic_in_document(const lure::Diagnostic& d) const;

  // ---- cursor and navigation ----
  void set_cursor(int offset);
  int cursor_offset() const { return cursor_; }
  int cursor_line() const { return doc_.line_of(cursor_); }
  int node_at_line(int line) const;               // index into scenario()->nodes, -1 in the header
  std::string node_at_cursor() const;             // id or ""
  int line_of_node(const std::string& id) const;  // 0 when unknown
  void request_jump(int line, int column = 1);
  bool jump_to_diagnostic(std::size_t index);  // false when it is in another file
  bool jump_to_node(const std::string& id);
  std::optional<JumpRequest> take_jump();  // the editor applies it to its cursor
  const std::optional<JumpRequest>& pending_jump() const { return jump_; }

  // ---- play ----
  // From the node under the cursor (the start when the cursor is in the header).
  bool play_from_cursor(std::uint64_t seed, std::string& error);
  bool play_from(const std::string& node_id, std::uint64_t seed, std::string& error);
  Playtest& playtest() { return play_; }
  const Playtest& playtest() const { return play_; }
  bool play_is_stale() const { return play_.running() && play_.text_revision() != revision_; }

  // ---- disk ----
  // Checks the file's modification time (at most every disk_poll_seconds). A clean buffer reloads
  // at once; a dirty one raises a conflict for the user to settle.
  void poll_disk(double now, bool force = false);
  // The file on disk differs from what the last poll saw (a stat, no read): poll_disk now.
  bool disk_changed() const { return !path_.empty() && disk_stamp() != seen_stamp_; }
  bool disk_conflict() const { return conflict_; }
  void reload_from_disk();  // take the disk version (drops unsaved edits)
  void keep_mine();         // keep the buffer; the next save overwrites the disk version
  // Writes the buffer to the file atomically (crash-safe). On the web the view also offers it as a
  // download, since the file lives in the page's memory.
  bool save(std::string& error);
  int reload_count() const { return reloads_; }

  // A one-line message for the status bar ("Saved", "Reloaded from disk", errors).
  const std::string& status() const { return status_; }
  void set_status(std::string s) { status_ = std::move(s); }

 private:
  bool read_disk(std::string& text, std::string& error) const;
  void load_register();
  struct DiskStamp {
    bool exists = false;
    std::int64_t mtime = 0;  // file clock ticks (the epoch may lie in the future: values can be < 0)
    std::uintmax_t size = 0;
    bool operator==(const DiskStamp& o) const { return exists == o.exists && mtime == o.mtime && size == o.size; }
  };
  DiskStamp disk_stamp() const;

  double debounce_, poll_every_;
  std::string folder_, path_;
  std::vector<std::string> files_;
  TextDocument doc_;
  bool dirty_ = false;
  int revision_ = 0, analysed_revision_ = -1;
  double edited_at_ = 0.0, polled_at_ = -1e9;
  std::vector<lure::Diagnostic> diagnostics_;
  int errors_ = 0, warnings_ = 0;
  std::shared_ptr<const lure::Scenario> scenario_;
  lure::Graph graph_;
  int cursor_ = 0;
  std::optional<JumpRequest> jump_;
  Playtest play_;
  DiskStamp stamp_;
  DiskStamp seen_stamp_;  // what the last poll found (stamp_ is what the document holds)
  bool conflict_ = false;
  int reloads_ = 0;
  std::string status_;
  lure::ContentRegister register_;
};

}  // namespace lureproof
