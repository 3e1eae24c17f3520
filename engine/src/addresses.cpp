// Address and number properties: which app shows them, where their domain is, LP149's checks.
#include "lure/addresses.h"

#include "text_utils.h"

namespace lure {

namespace {
struct Shown {
    std::string_view key;
    Channel channel;
};
constexpr Shown kShown[] = {
    {"from", Channel::Email}, {"to", Channel::Email},    {"url", Channel::WebPage},   {"number", Channel::Chat},
    {"number", Channel::Sms}, {"number", Channel::Call}, {"contact", Channel::JobAd},
};

bool host_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c >= 0x80;
}

// A host name: host characters with a dot that has a character on both sides.
bool is_host(std::string_view h) {
    if (h.empty()) return false;
    for (unsigned char c : h)
        if (!host_char(c)) return false;
    const std::size_t dot = h.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < h.size() && h.front() != '.';
}
}  // namespace

bool is_address_property(std::string_view key) {
    for (const Shown& s : kShown)
        if (s.key == key) return true;
    return false;
}

bool channel_shows_address(Channel channel, std::string_view key) {
    for (const Shown& s : kShown)
        if (s.key == key && s.channel == channel) return true;
    return false;
}

std::string shown_addresses(Channel channel) {
    std::string out;
    for (const Shown& s : kShown)
        if (s.channel == channel) out += (out.empty() ? "" : ", ") + std::string(s.key) + ":";
    return out;
}

DomainSpan find_domain(std::string_view value) {
    std::size_t begin = 0, end = 0;
    const std::size_t at = value.rfind('@');
    if (at != std::string_view::npos) {
        begin = end = at + 1;
        while (end < value.size() && host_char(static_cast<unsigned char>(value[end]))) ++end;
    } else {
        const std::size_t scheme = value.find("://");
        begin = scheme == std::string_view::npos ? 0 : scheme + 3;
        end = begin;
        while (end < value.size() && host_char(static_cast<unsigned char>(value[end]))) ++end;
        // Only a whole first word is a host ("J. Smith" is a name, "example.org/jobs" a host).
        if (end < value.size() && value[end] != '/' && value[end] != ':' && value[end] != '?' && value[end] != '#')
            return {};
    }
    while (end > begin && value[end - 1] == '.') --end;  // "... at x.org." ends a sentence
    if (!is_host(value.substr(begin, end - begin))) return {};
    return {begin, end};
}

NamedAddress split_named_address(std::string_view value) {
    NamedAddress out;
    const std::size_t open = value.find('<');
    if (open != std::string_view::npos) {
        const std::size_t close = value.find('>', open);
        out.name = std::string(text::trim(value.substr(0, open)));
        out.address = std::string(text::trim(
            value.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1)));
    } else if (value.find('@') != std::string_view::npos && value.find(' ') == std::string_view::npos) {
        out.address = std::string(value);
    } else {
        out.name = std::string(value);
    }
    return out;
}

std::string address_problem(std::string_view key, std::string_view value) {
    if (key == "from" || key == "to") {
        const std::size_t open = value.find('<');
        if (open != std::string_view::npos && value.find('>', open) == std::string_view::npos)
            return "the address after '<' is not closed with '>'";
        const NamedAddress named = split_named_address(value);
        if (open != std::string_view::npos || !named.address.empty()) {
            const std::size_t at = named.address.find('@');
            if (at == std::string::npos || at == 0 || !is_host(std::string_view(named.address).substr(at + 1)))
                return "'" + named.address + "' is not an email address (name@domain.org)";
        }
        return "";
    }
    if (key == "url") {
        if (value.find(' ') != std::string_view::npos) return "an address has no spaces";
        if (find_domain(value).empty()) return "'" + std::string(value) + "' has no domain (example.org/page)";
        return "";
    }
    if (key == "number") {
        int digits = 0;
        for (char c : value) {
            if (c >= '0' && c <= '9') ++digits;
            else if (c != '+' && c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/')
                return "'" + std::string(value) + "' is not a phone number (digits, spaces and + - ( ) only)";
        }
        if (digits < 3) return "'" + std::string(value) + "' has fewer than 3 digits";
    }
    return "";
}

}  // namespace lure
