// Small internal text helpers: UTF-8 validation and code-point columns, trimming, identifiers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lure::text {

// Number of code points in s (bytes that are not UTF-8 continuation bytes).
inline int codepoints(std::string_view s) {
    int n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t find_invalid_utf8(std::string_view s);

inline bool is_space(char c) { return c == ' ' || c == '\t'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool is_ident_char(char c) { return is_alpha(c) || is_digit(c); }

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);

// Node, variable and character ids: [A-Za-z_][A-Za-z0-9_-]* (no '-' for variables).
bool is_identifier(std::string_view s, bool allow_dash);
// Flag and line ids: [A-Za-z0-9_.-]+
bool is_loose_id(std::string_view s);

// Length of the identifier starting at s[0] (0 when none).
std::size_t identifier_length(std::string_view s, bool allow_dash);

// Parses "1", "0.5", "2.25" seconds into milliseconds; false on bad input or > 1 hour.
bool parse_seconds_ms(std::string_view s, int& ms);
// Parses a non-negative decimal int up to max; false on bad input or overflow.
bool parse_small_int(std::string_view s, long long max, long long& out);

}  // namespace lure::text
