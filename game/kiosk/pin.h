// Operator PIN: 6 to 8 digits, stored in the config only as a libsodium Argon2id string
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash", crypto_pwhash_str) of at least the "interactive" cost.
#pragma once

#include <string>
#include <string_view>

namespace lureproof {

constexpr int kPinMinDigits = 6;
constexpr int kPinMaxDigits = 8;

bool is_valid_pin(std::string_view pin);  // 6..8 ASCII digits

enum class PinHashKind {
  Argon2id,   // usable
  OldSha256,  // "sha256:<salt>:<hash>" from earlier versions: refused, make a new one
  TooWeak,    // Argon2id below the interactive memory or time cost
  Malformed,
};
PinHashKind classify_pin_hash(std::string_view stored);
bool is_valid_pin_hash(std::string_view stored);  // classify_pin_hash(stored) == Argon2id

// The pin_argon2 file: libsodium natively; the browser edition has no operator screen and no
// libsodium, so there make_pin_hash returns "" and verify_pin is false.
std::string make_pin_hash(std::string_view pin);                 // a random salt each time; "" on failure
bool verify_pin(std::string_view pin, std::string_view stored);  // false for an invalid PIN or hash

}  // namespace lureproof
