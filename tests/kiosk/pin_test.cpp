// Operator PIN: the stored format, checking, salting, and the PIN pad's lockout after 5 wrong PINs.
#include <doctest/doctest.h>

#include "kiosk/operator_access.h"
#include "kiosk/pin.h"

#include <string>

namespace {
std::string salt16() {
  std::string s;
  for (int i = 0; i < 16; ++i) s += char(i);
  return s;
}
}  // namespace

TEST_CASE("hash format is sha256:<salt-hex>:<SHA-256(salt || pin)>") {
  const std::string h = make_pin_hash("1234", salt16());
  CHECK(h == "sha256:000102030405060708090a0b0c0d0e0f:bad0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce");
  CHECK(is_valid_pin_hash(h));
  CHECK(verify_pin("1234", h));
  CHECK_FALSE(verify_pin("1235", h));
  CHECK_FALSE(verify_pin("12345", h));
}

TEST_CASE("random salts differ, both verify") {
  const std::string a = make_pin_hash("424242"), b = make_pin_hash("424242");
  CHECK(a != b);
  CHECK(verify_pin("424242", a));
  CHECK(verify_pin("424242", b));
}

TEST_CASE("upper-case hex is accepted") {
  std::string h = make_pin_hash("9876", salt16());
  for (char& c : h)
    if (c >= 'a' && c <= 'f') c = char(c - 'a' + 'A');
  h.replace(0, 6, "sha256");
  CHECK(verify_pin("9876", h));
}

TEST_CASE("malformed hashes and PINs are refused") {
  for (const char* bad : {"", "1234", "sha256:", "md5:000102030405060708090a0b0c0d0e0f:00",
                          "sha256:0001:bad0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce",
                          "sha256:000102030405060708090a0b0c0d0e0f:xyz0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce",
                          "sha256:000102030405060708090a0b0c0d0e0f;bad0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_valid_pin_hash(bad));
    CHECK_FALSE(verify_pin("1234", bad));
  }
  CHECK_FALSE(is_valid_pin("123"));
  CHECK_FALSE(is_valid_pin("123456789"));
  CHECK_FALSE(is_valid_pin("12a4"));
  CHECK(is_valid_pin("0000"));
}

TEST_CASE("PIN pad: digits only, at most 8, delete") {
  OperatorAccess access(make_pin_hash("2468", salt16()));
  for (char c : std::string("2x4 6-8")) access.type_digit(c);
  CHECK(access.typed() == 4);
  access.type_digit('9');
  access.erase();
  CHECK(access.submit(0.0) == OperatorAccess::Result::Granted);
  CHECK(access.typed() == 0);
  for (int i = 0; i < 12; ++i) access.type_digit('1');
  CHECK(access.typed() == 8);
}

TEST_CASE("5 wrong PINs lock the pad for 60 s, even against the right PIN") {
  OperatorAccess access(make_pin_hash("2468", salt16()));
  auto enter = [&](const char* pin, double now) {
    for (const char* p = pin; *p; ++p) access.type_digit(*p);
    return access.submit(now);
  };
  for (int i = 0; i < 4; ++i) CHECK(enter("1111", i) == OperatorAccess::Result::Wrong);
  CHECK(enter("1111", 4) == OperatorAccess::Result::LockedOut);
  CHECK(access.locked(5));
  CHECK(access.lockout_seconds_left(5) == 59);
  CHECK(enter("2468", 30) == OperatorAccess::Result::LockedOut);
  CHECK(enter("2468", 63.9) == OperatorAccess::Result::LockedOut);
  CHECK(enter("2468", 64.1) == OperatorAccess::Result::Granted);
}

TEST_CASE("no PIN configured: the operator screen cannot open") {
  OperatorAccess access("");
  CHECK_FALSE(access.has_pin());
  access.type_digit('0');
  CHECK(access.submit(0) == OperatorAccess::Result::NoPin);
}
