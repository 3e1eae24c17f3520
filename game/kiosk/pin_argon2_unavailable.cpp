// The browser edition's stand-in for pin_argon2.cpp: no libsodium and no operator screen, so no
// PIN can be made or checked there.
#include "kiosk/pin.h"

namespace lureproof {

std::string make_pin_hash(std::string_view) { return ""; }
bool verify_pin(std::string_view, std::string_view) { return false; }

}  // namespace lureproof
