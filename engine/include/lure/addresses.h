// Addresses and numbers in node properties (`from:`, `to:`, `url:`, `number:`, `contact:`): which app
// shows which, where the domain is, whether a value looks like what it claims. Red flags can sit on them.
#pragma once

#include <string>
#include <string_view>

#include "lure/scenario.h"

namespace lure {

// `from`, `to`, `url`, `number`, `contact`: the properties that hold an address or a number and can
// carry `#flag:` tags.
bool is_address_property(std::string_view key);
// Whether the app of `channel` shows address property `key` (email: from, to; web-page: url;
// chat, sms, call: number; job-ad: contact).
bool channel_shows_address(Channel channel, std::string_view key);
// The address properties `channel` shows, for hints ("from:, to:"; "" when none).
std::string shown_addresses(Channel channel);

// Where the domain is in an address: "Ana <ana@brightpath-hr.com>" -> "brightpath-hr.com";
// "https://www.example.org/jobs" -> "www.example.org"; "example.org/a" -> "example.org". The span is
// a byte range of `value`; empty when there is none.
struct DomainSpan {
    std::size_t begin = 0, end = 0;
    bool empty() const { return begin == end; }
};
DomainSpan find_domain(std::string_view value);
// A name with the address after it: "Ana Rossi <ana@x.org>" -> {"Ana Rossi", "ana@x.org"};
// "ana@x.org" -> {"", "ana@x.org"}; "Ana Rossi" -> {"Ana Rossi", ""}.
struct NamedAddress {
    std::string name, address;
};
NamedAddress split_named_address(std::string_view value);

// What is wrong with the value of address property `key`, or "" when it looks right (LP149).
std::string address_problem(std::string_view key, std::string_view value);

}  // namespace lure
