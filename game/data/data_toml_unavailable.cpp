// The web build's stand-in for data_toml.cpp: it reads no TOML (toml++ would bring iostreams and
// locales into the page); scripts/build-steps/toml2json.py converts the bundled TOML files to JSON at build time.
#include "data/data_tree.h"

namespace lureproof {

DataParse parse_toml_data(std::string_view, std::string_view) {
  DataParse result;
  result.error = "this build reads no TOML; convert the file to JSON (scripts/build-steps/toml2json.py)";
  return result;
}

}  // namespace lureproof
