// Value printing for interpolation and source literals.
#include "lure/value.h"

namespace lure {

const char* value_type_name(ValueType t) {
    switch (t) {
        case ValueType::Bool: return "bool";
        case ValueType::Int: return "int";
        case ValueType::String: return "string";
        default: return "invalid";
    }
}

std::string to_display_string(const Value& v) {
    switch (v.type) {
        case ValueType::Bool: return v.b ? "true" : "false";
        case ValueType::Int: return std::to_string(v.i);
        case ValueType::String: return v.s;
        default: return "";
    }
}

std::string to_literal(const Value& v) {
    if (v.type != ValueType::String) return to_display_string(v);
    std::string out = "\"";
    for (char c : v.s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

}  // namespace lure
