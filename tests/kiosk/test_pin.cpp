// Operator PIN: 6 to 8 digits, Argon2id hashes (libsodium) of at least the interactive cost, old
// SHA-256 hashes and weak or malformed ones refused, and the PIN pad with its lockout.
#include <doctest/doctest.h>

#include "kiosk/operator_access.h"
#include "kiosk/pin.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

using namespace lureproof;

TEST_CASE("a PIN is 6 to 8 digits") {
  for (const char* bad : {"", "12345", "123456789", "12a456", "123 456", "１２３４５６"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_valid_pin(bad));
  }
  CHECK(is_valid_pin("000000"));
  CHECK(is_valid_pin("1234567"));
  CHECK(is_valid_pin("48151623"));
}

TEST_CASE("hashes are Argon2id at the interactive limits, salted, and verify") {
  const std::string a = make_pin_hash("481516"), b = make_pin_hash("481516");
  CHECK(a.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
  CHECK(a != b);  // random salts
  CHECK(classify_pin_hash(a) == PinHashKind::Argon2id);
  CHECK(verify_pin("481516", a));
  CHECK(verify_pin("481516", b));
  CHECK_FALSE(verify_pin("481517", a));
  CHECK_FALSE(verify_pin("4815160", a));
  CHECK(make_pin_hash("1234").empty());  // too short to hash at all
}

TEST_CASE("one check costs what Argon2id's interactive limits cost (printed for docs/kiosk.md)") {
  const std::string h = make_pin_hash("20262026");
  const std::clock_t cpu0 = std::clock();
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(verify_pin("20262026", h));
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
  std::printf("Argon2id PIN check: %.3f s CPU, %.3f s wall\n", cpu, wall);
  CHECK(cpu > 0.02);  // far from a single SHA-256 (microseconds): every offline guess costs this
}

TEST_CASE("old SHA-256 hashes, weaker Argon2 and malformed strings are refused") {
  const std::string old =
      "sha256:000102030405060708090a0b0c0d0e0f:bad0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce";
  CHECK(classify_pin_hash(old) == PinHashKind::OldSha256);
  CHECK_FALSE(verify_pin("123456", old));
  std::string good = make_pin_hash("123456");
  std::string weak_mem = good, weak_ops = good;
  weak_mem.replace(weak_mem.find("m=65536"), 7, "m=4096");
  weak_ops.replace(weak_ops.find("t=2"), 3, "t=1");
  CHECK(classify_pin_hash(weak_mem) == PinHashKind::TooWeak);
  CHECK(classify_pin_hash(weak_ops) == PinHashKind::TooWeak);
  CHECK_FALSE(verify_pin("123456", weak_mem));
  std::string argon2i = good;
  argon2i.replace(0, 9, "$argon2i");
  for (const std::string& bad : {std::string(), std::string("123456"), std::string("$argon2id$"), argon2i, good + "$x",
                                 good.substr(0, good.rfind('$')), good + std::string(200, 'A'),
                                 std::string("$argon2id$v=19$m=65536,t=2,p=1$\"$x")}) {
    CAPTURE(bad);
    CHECK_FALSE(is_valid_pin_hash(bad));
    CHECK_FALSE(verify_pin("123456", bad));
  }
  std::string tampered = good;
  tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
  CHECK_FALSE(verify_pin("123456", tampered));
}

TEST_CASE("PIN pad: digits only, at most 8, delete") {
  OperatorAccess access(make_pin_hash("246813"));
  for (char c : std::string("2x4 6-8 1:3")) access.type_digit(c);
  CHECK(access.typed() == 6);
  access.type_digit('9');
  access.erase();
  CHECK(access.submit() == OperatorAccess::Result::Granted);
  CHECK(access.typed() == 0);
  for (int i = 0; i < 12; ++i) access.type_digit('1');
  CHECK(access.typed() == 8);
}

TEST_CASE("no PIN configured: the operator screen cannot open") {
  OperatorAccess access("");
  CHECK_FALSE(access.has_pin());
  access.type_digit('0');
  CHECK(access.submit() == OperatorAccess::Result::NoPin);
}
