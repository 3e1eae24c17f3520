// Implementation of the internal text helpers.
#include "text_utils.h"

#include <cstdint>

namespace lure::text {

std::size_t find_invalid_utf8(std::string_view s) {
    std::size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string_view trim_left(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_space(s[i])) ++i;
    return s.substr(i);
}

std::string_view trim_right(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0 && (is_space(s[n - 1]) || s[n - 1] == '\r')) --n;
    return s.substr(0, n);
}

std::string_view trim(std::string_view s) { return trim_right(trim_left(s)); }

std::size_t identifier_length(std::string_view s, bool allow_dash) {
    if (s.empty() || !is_alpha(s[0])) return 0;
    std::size_t i = 1;
    while (i < s.size() && (is_ident_char(s[i]) || (allow_dash && s[i] == '-'))) ++i;
    return i;
}

bool is_identifier(std::string_view s, bool allow_dash) {
    return !s.empty() && identifier_length(s, allow_dash) == s.size();
}

bool is_loose_id(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!(is_ident_char(c) || c == '-' || c == '.')) return false;
    return true;
}

bool parse_seconds_ms(std::string_view s, int& ms) {
    if (s.empty()) return false;
    long long whole = 0, frac = 0;
    int frac_digits = 0;
    std::size_t i = 0;
    bool any = false;
    while (i < s.size() && is_digit(s[i])) {
        whole = whole * 10 + (s[i] - '0');
        if (whole > 3600) return false;
        ++i;
        any = true;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) {
            if (frac_digits < 3) {
                frac = frac * 10 + (s[i] - '0');
                ++frac_digits;
            }
            ++i;
            any = true;
        }
    }
    if (i < s.size() && s[i] == 's') ++i;  // "2s" is accepted too
    if (!any || i != s.size()) return false;
    while (frac_digits < 3) {
        frac *= 10;
        ++frac_digits;
    }
    ms = static_cast<int>(whole * 1000 + frac);
    return ms <= 3600 * 1000;
}

bool parse_small_int(std::string_view s, long long max, long long& out) {
    if (s.empty()) return false;
    long long v = 0;
    for (char c : s) {
        if (!is_digit(c)) return false;
        // Checked before multiplying: with max near LLONG_MAX, v * 10 would overflow (found by fuzz_parse_only).
        if (v > (max - (c - '0')) / 10) return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

}  // namespace lure::text
