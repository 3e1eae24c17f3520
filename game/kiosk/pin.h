// Operator PIN: 4 to 8 digits, stored in the config only as "sha256:<salt-hex>:<hash-hex>" where
// hash = SHA-256(salt bytes followed by the PIN's digits). `lureproof --hash-pin` prints the line.
#pragma once

#include <string>
#include <string_view>

constexpr int kPinMinDigits = 4;
constexpr int kPinMaxDigits = 8;

bool is_valid_pin(std::string_view pin);                 // 4..8 ASCII digits
bool is_valid_pin_hash(std::string_view stored);         // "sha256:" + 32 hex + ":" + 64 hex
std::string make_pin_hash(std::string_view pin, std::string_view salt_bytes);
std::string make_pin_hash(std::string_view pin);         // with 16 random salt bytes
bool verify_pin(std::string_view pin, std::string_view stored);  // false for a malformed `stored`
