// Dropped-file preview: .lure through the loader and checker, Twee 3 through the importer first.
#include "journey/dropped_scenario.h"

#include <lure/diagnostics.h>
#include <lure/file_source.h>
#include <lure/parser.h>
#include <lure/twee.h>

namespace lureproof {

namespace {

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void report(DroppedScenario& out, std::vector<lure::Diagnostic> diagnostics, const std::string& path,
            const std::string& shown_as) {
  for (lure::Diagnostic& d : diagnostics) {
    if (d.file == path || d.file.empty()) d.file = shown_as;
    out.report.push_back(lure::format_diagnostic(d));
  }
}

}  // namespace

DroppedScenario load_dropped_scenario(const std::string& path) {
  DroppedScenario out;
  out.name = base_name(path);
  lure::DiskFileSource disk;
  const bool twee = ends_with(out.name, ".twee") || ends_with(out.name, ".tw");
  if (!twee && !ends_with(out.name, ".lure")) {
    out.report.push_back(out.name + ": error: not a scenario file (expected .lure, .twee or .tw)");
    return out;
  }
  if (!twee) {
    lure::ParseResult r = lure::load_scenario(path, disk);
    const bool ok = r.ok();
    report(out, std::move(r.diagnostics), path, out.name);
    if (ok) out.scenario = std::move(r.scenario);
    return out;
  }
  const std::optional<std::string> text = disk.read(path);
  if (!text) {
    out.report.push_back(out.name + ": error: cannot read the file");
    return out;
  }
  // Twee: the importer's diagnostics point into the Twee file; the converted scenario is then
  // loaded and checked like any .lure file (its diagnostics point into the converted text).
  lure::TweeImport imported = lure::import_twee(*text, out.name);
  const bool import_failed = lure::has_errors(imported.diagnostics);
  report(out, std::move(imported.diagnostics), path, out.name);
  if (import_failed) return out;
  const std::string converted = out.name + ".lure";
  lure::MemoryFileSource memory;
  memory.add(converted, imported.lure_text);
  lure::ParseResult r = lure::load_scenario(converted, memory);
  const bool ok = r.ok();
  report(out, std::move(r.diagnostics), converted, converted + " (converted from Twee)");
  if (ok) out.scenario = std::move(r.scenario);
  return out;
}

}  // namespace lureproof
