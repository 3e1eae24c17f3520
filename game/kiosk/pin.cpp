// Salted PIN hashing and checking (see pin.h for the stored format).
#include "kiosk/pin.h"

#include "kiosk/sha256.h"

#include <random>

namespace {

constexpr std::string_view kPrefix = "sha256:";
constexpr std::size_t kSaltBytes = 16;

bool is_hex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

std::string from_hex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += char(hex_value(hex[i]) * 16 + hex_value(hex[i + 1]));
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'F') c = char(c - 'A' + 'a');
  return out;
}

}  // namespace

bool is_valid_pin(std::string_view pin) {
  if (pin.size() < std::size_t(kPinMinDigits) || pin.size() > std::size_t(kPinMaxDigits)) return false;
  for (char c : pin)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_valid_pin_hash(std::string_view stored) {
  if (stored.substr(0, kPrefix.size()) != kPrefix) return false;
  stored.remove_prefix(kPrefix.size());
  if (stored.size() != kSaltBytes * 2 + 1 + 64 || stored[kSaltBytes * 2] != ':') return false;
  return is_hex(stored.substr(0, kSaltBytes * 2)) && is_hex(stored.substr(kSaltBytes * 2 + 1));
}

std::string make_pin_hash(std::string_view pin, std::string_view salt_bytes) {
  std::string input(salt_bytes);
  input += pin;
  const auto* salt = reinterpret_cast<const std::uint8_t*>(salt_bytes.data());
  return std::string(kPrefix) + to_hex(salt, salt_bytes.size()) + ":" + sha256_hex(input);
}

std::string make_pin_hash(std::string_view pin) {
  std::random_device device;  // /dev/urandom on Linux
  std::string salt;
  while (salt.size() < kSaltBytes) {
    const unsigned int r = device();
    for (int i = 0; i < 4 && salt.size() < kSaltBytes; ++i) salt += char((r >> (8 * i)) & 0xff);
  }
  return make_pin_hash(pin, salt);
}

bool verify_pin(std::string_view pin, std::string_view stored) {
  if (!is_valid_pin(pin) || !is_valid_pin_hash(stored)) return false;
  const std::string_view body = stored.substr(kPrefix.size());
  const std::string salt = from_hex(body.substr(0, kSaltBytes * 2));
  const std::string expected = make_pin_hash(pin, salt);
  const std::string given = std::string(kPrefix) + lower(body);
  // Compare every byte so the time taken does not depend on where they differ.
  unsigned diff = expected.size() ^ given.size();
  for (std::size_t i = 0; i < expected.size() && i < given.size(); ++i) diff |= unsigned(expected[i] ^ given[i]);
  return diff == 0;
}
