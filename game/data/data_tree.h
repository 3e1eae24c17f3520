// One small tree for the data files people edit (the kiosk config, the quiz bank): TOML natively, or the
// JSON the web build converts it to (scripts/build-steps/toml2json.py), so each loader validates ONE way for both.
// TOML keeps each value's line:column for diagnostics; JSON values have none (0).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lureproof {

struct DataNode {
  enum class Type { String, Integer, Float, Boolean, Array, Table, DateTime };
  Type type = Type::Table;
  std::string string;           // String; DateTime: "YYYY-MM-DD" for a TOML date ("" for times)
  std::int64_t integer = 0;     // Integer
  double number = 0;            // Float
  bool boolean = false;         // Boolean
  std::vector<DataNode> items;  // Array
  std::vector<std::pair<std::string, DataNode>> fields;  // Table, sorted by key (as toml++ iterates)
  int line = 0, column = 0;                              // 1-based; 0 = unknown

  bool is_string() const { return type == Type::String; }
  bool is_array() const { return type == Type::Array; }
  bool is_table() const { return type == Type::Table; }
  bool is_array_of_tables() const;                  // a non-empty array whose items are all tables
  const DataNode* get(std::string_view key) const;  // a table's field, or nullptr
};

struct DataParse {
  DataNode root;  // a table when ok
  bool ok = false;
  std::string error;         // why the text is not a usable document
  int line = 0, column = 0;  // where (TOML only; 0 = unknown)
};

// TOML (toml++, no exceptions). In a build without TOML support (the web) it always fails and says so.
DataParse parse_toml_data(std::string_view text, std::string_view source_name);
// JSON (nlohmann, no exceptions); the top level must be an object.
DataParse parse_json_data(std::string_view text);
// By the name's extension: ".json" is JSON, anything else TOML.
bool is_json_name(std::string_view source_name);
DataParse parse_data(std::string_view text, std::string_view source_name);
// `stem` + ".toml" when that file exists, else `stem` + ".json" (the web build ships converted files).
std::string data_file_path(const std::string& stem);

}  // namespace lureproof
