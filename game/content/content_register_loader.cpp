// Source register and facts loading through the DataNode tree (data/data_tree.h). Dates are TOML dates
// natively and "YYYY-MM-DD" strings in the web build's JSON; both are accepted.
#include "content/content_register_loader.h"

#include "data/data_tree.h"
#include "lure/file_source.h"

namespace lureproof {

namespace {

lure::RegisterPos pos_of(const std::string& file, const DataNode& n) { return {file, n.line, n.column}; }

void problem(std::vector<lure::Diagnostic>& out, const char* code, const std::string& message,
             const lure::RegisterPos& pos, const std::string& hint = "") {
  out.push_back({code, code == std::string("LP231") ? lure::Severity::Warning : lure::Severity::Error, message,
                 pos.file, pos.line, pos.column, hint});
}

// Copies a string (or, for dates, a TOML date) field; reports a wrong type as LP236.
void text_field(const DataNode& table, const char* key, bool date, std::string& out, const std::string& file,
                std::vector<lure::Diagnostic>& diags) {
  const DataNode* n = table.get(key);
  if (!n) return;
  const bool dated = n->type == DataNode::Type::DateTime && !n->string.empty();
  if ((n->is_string() && (!date || lure::is_iso_date(n->string))) || (date && dated)) {
    out = n->string;
    return;
  }
  problem(diags, "LP236", std::string("'") + key + "' must be " + (date ? "a date YYYY-MM-DD" : "a string"),
          pos_of(file, *n), date ? "e.g. checked = 2026-12-07" : "put the text in quotes");
}

// The [[name]] tables of a parsed file, or nullptr after reporting why there are none.
const DataNode* tables(const DataParse& parsed, const char* name, const std::string& file,
                       std::vector<lure::Diagnostic>& diags) {
  if (!parsed.ok) {
    problem(diags, "LP235", std::string(is_json_name(file) ? "not valid JSON: " : "not valid TOML: ") + parsed.error,
            {file, parsed.line, parsed.column});
    return nullptr;
  }
  const DataNode* list = parsed.root.get(name);
  if (!list) return nullptr;  // an empty register is allowed
  if (!list->is_array()) {
    problem(diags, "LP235", std::string("'") + name + "' must be an array of tables ([[" + name + "]])",
            pos_of(file, *list));
    return nullptr;
  }
  return list;
}

}  // namespace

void read_source_register(std::string_view text, const std::string& file, lure::ContentRegister& reg,
                          std::vector<lure::Diagnostic>& out) {
  reg.has_sources = true;
  const DataParse parsed = parse_data(text, file);
  const DataNode* list = tables(parsed, "source", file, out);
  if (!list) return;
  for (const DataNode& t : list->items) {
    if (!t.is_table()) {
      problem(out, "LP235", "a 'source' entry is not a table", pos_of(file, t));
      continue;
    }
    lure::SourceEntry s;
    s.pos = pos_of(file, t);
    text_field(t, "id", false, s.id, file, out);
    text_field(t, "org", false, s.org, file, out);
    text_field(t, "title", false, s.title, file, out);
    text_field(t, "url", false, s.url, file, out);
    text_field(t, "quote", false, s.quote, file, out);
    text_field(t, "checked", true, s.checked, file, out);
    if (const DataNode* y = t.get("year")) {
      if (y->type == DataNode::Type::Integer && y->integer >= 0 && y->integer < 10000) s.year = int(y->integer);
      else problem(out, "LP236", "'year' must be a whole number such as 2023", pos_of(file, *y));
    }
    reg.sources.push_back(std::move(s));
  }
}

void read_facts(std::string_view text, const std::string& file, lure::ContentRegister& reg,
                std::vector<lure::Diagnostic>& out) {
  reg.has_facts = true;
  const DataParse parsed = parse_data(text, file);
  const DataNode* list = tables(parsed, "fact", file, out);
  if (!list) return;
  for (const DataNode& t : list->items) {
    if (!t.is_table()) {
      problem(out, "LP235", "a 'fact' entry is not a table", pos_of(file, t));
      continue;
    }
    lure::FactEntry f;
    f.pos = pos_of(file, t);
    text_field(t, "id", false, f.id, file, out);
    text_field(t, "country", false, f.country, file, out);
    text_field(t, "value", false, f.value, file, out);
    text_field(t, "valid_from", true, f.valid_from, file, out);
    text_field(t, "checked", true, f.checked, file, out);
    text_field(t, "source", false, f.source, file, out);
    f.source_pos = f.pos;
    if (const DataNode* s = t.get("source")) f.source_pos = pos_of(file, *s);
    reg.facts.push_back(std::move(f));
  }
}

ContentRegisterLoad load_content_register(const std::string& sources_path, const std::string& facts_path) {
  ContentRegisterLoad load;
  lure::DiskFileSource disk;  // fopen, no iostreams (web build)
  auto read = [&](const std::string& path, auto reader) {
    if (path.empty()) return;
    const std::optional<std::string> text = disk.read(path);
    if (!text) {
      problem(load.diagnostics, "LP235", "cannot read '" + path + "'", {path, 0, 0});
      return;
    }
    reader(*text, path, load.reg, load.diagnostics);
  };
  read(sources_path, read_source_register);
  read(facts_path, read_facts);
  return load;
}

ContentRegisterLoad load_bundled_register(const std::string& assets_dir) {
  lure::DiskFileSource disk;
  auto existing = [&](const std::string& stem) {
    const std::string path = data_file_path(assets_dir + "/" + stem);
    return disk.exists(path) ? path : std::string();
  };
  return load_content_register(existing("sources"), existing("facts"));
}

}  // namespace lureproof
