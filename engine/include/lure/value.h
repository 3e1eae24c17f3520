// The three value types of the scenario language (bool, int, string) and their printing.
// Used by expressions, variables, the runtime and save files.
#pragma once

#include <cstdint>
#include <string>

namespace lure {

enum class ValueType { Bool, Int, String, Invalid };

struct Value {
    ValueType type = ValueType::Invalid;
    bool b = false;
    std::int64_t i = 0;
    std::string s;

    static Value boolean(bool v) {
        Value r;
        r.type = ValueType::Bool;
        r.b = v;
        return r;
    }
    static Value integer(std::int64_t v) {
        Value r;
        r.type = ValueType::Int;
        r.i = v;
        return r;
    }
    static Value string(std::string v) {
        Value r;
        r.type = ValueType::String;
        r.s = std::move(v);
        return r;
    }

    bool operator==(const Value& o) const {
        if (type != o.type) return false;
        switch (type) {
            case ValueType::Bool: return b == o.b;
            case ValueType::Int: return i == o.i;
            case ValueType::String: return s == o.s;
            default: return true;
        }
    }
    bool operator!=(const Value& o) const { return !(*this == o); }
};

const char* value_type_name(ValueType t);
// Text shown when the value is interpolated: true/false, decimal ints, strings as-is.
std::string to_display_string(const Value& v);
// Source-literal form: true, 42, "text" (quotes and backslashes escaped).
std::string to_literal(const Value& v);

}  // namespace lure
