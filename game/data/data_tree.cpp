// DataNode helpers and the format choice by file name (see data_tree.h).
#include "data/data_tree.h"

#include <algorithm>
#include <cstdio>

namespace lureproof {

bool DataNode::is_array_of_tables() const {
  return type == Type::Array && !items.empty() &&
         std::all_of(items.begin(), items.end(), [](const DataNode& n) { return n.is_table(); });
}

const DataNode* DataNode::get(std::string_view key) const {
  for (const auto& [k, v] : fields)
    if (k == key) return &v;
  return nullptr;
}

bool is_json_name(std::string_view source_name) {
  return source_name.size() >= 5 && source_name.substr(source_name.size() - 5) == ".json";
}

DataParse parse_data(std::string_view text, std::string_view source_name) {
  return is_json_name(source_name) ? parse_json_data(text) : parse_toml_data(text, source_name);
}

std::string data_file_path(const std::string& stem) {
  const std::string toml = stem + ".toml";
  if (std::FILE* f = std::fopen(toml.c_str(), "rb")) {
    std::fclose(f);
    return toml;
  }
  return stem + ".json";
}

}  // namespace lureproof
