// TOML -> DataNode with each value's line:column (toml++ with TOML_EXCEPTIONS=0). Native builds only;
// the web build compiles data_toml_unavailable.cpp instead, which keeps toml++ and the iostreams it
// needs for numbers out of the page.
#include "data/data_tree.h"

#include <cstdio>

#include <toml++/toml.h>

namespace lureproof {

namespace {

void convert(const toml::node& n, DataNode& out) {
  out.line = int(n.source().begin.line);
  out.column = int(n.source().begin.column);
  switch (n.type()) {
    case toml::node_type::string:
      out.type = DataNode::Type::String;
      out.string = *n.value_exact<std::string>();
      break;
    case toml::node_type::integer:
      out.type = DataNode::Type::Integer;
      out.integer = *n.value_exact<int64_t>();
      break;
    case toml::node_type::floating_point:
      out.type = DataNode::Type::Float;
      out.number = *n.value_exact<double>();
      break;
    case toml::node_type::boolean:
      out.type = DataNode::Type::Boolean;
      out.boolean = *n.value_exact<bool>();
      break;
    case toml::node_type::array:
      out.type = DataNode::Type::Array;
      for (const toml::node& item : *n.as_array()) {
        out.items.emplace_back();
        convert(item, out.items.back());
      }
      break;
    case toml::node_type::table:
      out.type = DataNode::Type::Table;
      for (auto&& [k, v] : *n.as_table()) {
        out.fields.emplace_back(std::string(k.str()), DataNode{});
        convert(v, out.fields.back().second);
      }
      break;
    case toml::node_type::date: {  // kept as "YYYY-MM-DD", the form the JSON conversion writes
      const toml::date d = *n.value_exact<toml::date>();
      char iso[40];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", int(d.year), int(d.month), int(d.day));
      out.type = DataNode::Type::DateTime;
      out.string = iso;
      break;
    }
    default: out.type = DataNode::Type::DateTime; break;  // times and date-times: string left empty
  }
}

}  // namespace

DataParse parse_toml_data(std::string_view text, std::string_view source_name) {
  DataParse result;
  toml::parse_result parsed = toml::parse(text, source_name);
  if (!parsed) {
    const toml::parse_error& e = parsed.error();
    result.error = std::string(e.description());
    result.line = int(e.source().begin.line);
    result.column = int(e.source().begin.column);
    return result;
  }
  convert(parsed.table(), result.root);
  result.ok = true;
  return result;
}

}  // namespace lureproof
