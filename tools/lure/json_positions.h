// Where things are in a JSON text, for diagnostics with line and column: the byte at which each
// value starts, by JSON pointer, and the byte of a syntax error (nlohmann's SAX parser).
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace cli {

struct JsonPositions {
    bool valid = false;
    std::size_t error_offset = 0;               // a syntax error's byte (when !valid)
    std::string error;                          // its description
    std::map<std::string, std::size_t> values;  // JSON pointer ("" = the document) -> first byte of its value
};

JsonPositions json_positions(const std::string& text);

// 1-based line and column (in characters) of a byte offset.
struct TextPosition {
    int line = 1, column = 1;
};
TextPosition text_position(const std::string& text, std::size_t offset);

}  // namespace cli
