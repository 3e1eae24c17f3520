// PIN and stored-hash format checks (see pin.h); the hashing itself is in pin_argon2.cpp.
#include "kiosk/pin.h"

#include <charconv>
#include <cstdint>

namespace lureproof {

namespace {

// libsodium's crypto_pwhash_OPSLIMIT_INTERACTIVE and MEMLIMIT_INTERACTIVE (1.0.18), repeated here
// so the format check needs no libsodium (the browser build has none); pin_argon2.cpp asserts that
// they match.
constexpr std::uint64_t kMinOps = 2;
constexpr std::uint64_t kMinMemKiB = 65536;
constexpr std::size_t kMaxStoredLength = 127;  // crypto_pwhash_STRBYTES - 1

// The number after `key=` in `s` (e.g. "m=65536"), or 0.
std::uint64_t param(std::string_view s, std::string_view key) {
  const std::size_t at = s.find(key);
  if (at == std::string_view::npos) return 0;
  std::uint64_t value = 0;
  const char* begin = s.data() + at + key.size();
  std::from_chars(begin, s.data() + s.size(), value);
  return value;
}

}  // namespace

bool is_valid_pin(std::string_view pin) {
  if (pin.size() < std::size_t(kPinMinDigits) || pin.size() > std::size_t(kPinMaxDigits)) return false;
  for (char c : pin)
    if (c < '0' || c > '9') return false;
  return true;
}

PinHashKind classify_pin_hash(std::string_view stored) {
  if (stored.rfind("sha256:", 0) == 0) return PinHashKind::OldSha256;
  if (stored.rfind("$argon2id$v=19$m=", 0) != 0 || stored.size() > kMaxStoredLength) return PinHashKind::Malformed;
  for (char c : stored)
    if (c <= ' ' || c > '~' || c == '"' || c == '\\') return PinHashKind::Malformed;
  // $argon2id$v=19$m=<KiB>,t=<ops>,p=<lanes>$<salt>$<hash>: six fields once split at '$'.
  int dollars = 0;
  for (char c : stored) dollars += c == '$';
  if (dollars != 5) return PinHashKind::Malformed;
  const std::string_view params = stored.substr(15, stored.find('$', 15) - 15);
  if (param(params, "m=") < kMinMemKiB || param(params, ",t=") < kMinOps) return PinHashKind::TooWeak;
  return PinHashKind::Argon2id;
}

bool is_valid_pin_hash(std::string_view stored) { return classify_pin_hash(stored) == PinHashKind::Argon2id; }

}  // namespace lureproof
