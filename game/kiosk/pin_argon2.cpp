// make_pin_hash / verify_pin with libsodium's Argon2id (crypto_pwhash_str), at the "interactive"
// limits: 64 MiB and 2 passes, about 0.1 s per check here (docs/kiosk.md gives the measured time).
#include "kiosk/pin.h"

#include <sodium.h>

#include <string>

namespace lureproof {

static_assert(crypto_pwhash_OPSLIMIT_INTERACTIVE == 2 && crypto_pwhash_MEMLIMIT_INTERACTIVE == 65536u * 1024,
              "pin.cpp's minimum cost must match libsodium's interactive limits");

namespace {
bool sodium_ready() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}
}  // namespace

std::string make_pin_hash(std::string_view pin) {
  if (!is_valid_pin(pin) || !sodium_ready()) return "";
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return "";  // out of memory
  return out;
}

bool verify_pin(std::string_view pin, std::string_view stored) {
  if (!is_valid_pin(pin) || !is_valid_pin_hash(stored) || !sodium_ready()) return false;
  const std::string hash(stored);  // NUL-terminated for libsodium
  return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace lureproof
