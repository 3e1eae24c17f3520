// JSON -> DataNode (nlohmann-json without exceptions). Used by the web build, whose TOML files are
// converted to JSON at build time; objects come out sorted by key like toml++ tables.
#include "data/data_tree.h"

#include <nlohmann/json.hpp>

namespace lureproof {

namespace {

constexpr int kMaxDepth = 32;

bool convert(const nlohmann::json& j, DataNode& out, int depth) {
  if (depth > kMaxDepth) return false;
  using T = nlohmann::json::value_t;
  switch (j.type()) {
    case T::string:
      out.type = DataNode::Type::String;
      out.string = j.get<std::string>();
      return true;
    case T::boolean:
      out.type = DataNode::Type::Boolean;
      out.boolean = j.get<bool>();
      return true;
    case T::number_integer:
      out.type = DataNode::Type::Integer;
      out.integer = j.get<std::int64_t>();
      return true;
    case T::number_unsigned:
      if (j.get<std::uint64_t>() > std::uint64_t(INT64_MAX)) return false;
      out.type = DataNode::Type::Integer;
      out.integer = std::int64_t(j.get<std::uint64_t>());
      return true;
    case T::number_float:
      out.type = DataNode::Type::Float;
      out.number = j.get<double>();
      return true;
    case T::array:
      out.type = DataNode::Type::Array;
      for (const nlohmann::json& item : j) {
        out.items.emplace_back();
        if (!convert(item, out.items.back(), depth + 1)) return false;
      }
      return true;
    case T::object:
      out.type = DataNode::Type::Table;
      for (auto it = j.begin(); it != j.end(); ++it) {
        out.fields.emplace_back(it.key(), DataNode{});
        if (!convert(it.value(), out.fields.back().second, depth + 1)) return false;
      }
      return true;
    default: return false;  // null, binary: TOML has neither
  }
}

}  // namespace

DataParse parse_json_data(std::string_view text) {
  DataParse result;
  const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    result.error = "not valid JSON";
  } else if (!j.is_object()) {
    result.error = "the top level is not an object";
  } else if (!convert(j, result.root, 0)) {
    result.error = "a value has no TOML equivalent (null, a huge number) or nests too deep";
  } else {
    result.ok = true;
  }
  if (!result.ok) result.root = DataNode{};
  return result;
}

}  // namespace lureproof
