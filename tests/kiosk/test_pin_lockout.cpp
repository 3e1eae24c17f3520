// The PIN pad's lockout with an injected clock: 5 wrong PINs lock it for 1, 5, 15, then 60 minutes;
// the state survives a restart (a new object reading the same file); a damaged file locks it.
#include <doctest/doctest.h>

#include "kiosk/operator_access.h"
#include "kiosk/pin.h"
#include "kiosk/pin_lockout.h"
#include "temp_dir.h"

#include <string>

using namespace lureproof;

namespace {
struct FakeClock {
  double now = 1.8e9;  // wall-clock seconds in 2027
  PinLockout::Clock fn() {
    return [this] { return now; };
  }
};

const std::string& pin_hash() {
  static const std::string hash = make_pin_hash("246813");
  return hash;
}

OperatorAccess::Result enter(OperatorAccess& access, const char* pin) {
  for (const char* p = pin; *p; ++p) access.type_digit(*p);
  return access.submit();
}

// Four wrong PINs (refused one by one), then a fifth that locks.
void five_wrong(OperatorAccess& access) {
  for (int i = 0; i < 4; ++i) REQUIRE(enter(access, "111111") == OperatorAccess::Result::Wrong);
  REQUIRE(enter(access, "111111") == OperatorAccess::Result::LockedOut);
}
}  // namespace

TEST_CASE("the lockout escalates 1, 5, 15, 60, 60 minutes and even the right PIN waits") {
  TempDir dir;
  FakeClock clock;
  OperatorAccess access(pin_hash(), PinLockout(dir.file("pin-lockout.json"), clock.fn()));
  for (int minutes : {1, 5, 15, 60, 60}) {
    CAPTURE(minutes);
    five_wrong(access);
    CHECK(access.locked());
    CHECK(access.lockout_seconds_left() == minutes * 60);
    CHECK(access.take_problem().empty());
    clock.now += minutes * 60 - 1;
    CHECK(enter(access, "246813") == OperatorAccess::Result::LockedOut);  // not checked while locked
    clock.now += 1;
    CHECK_FALSE(access.locked());
  }
  CHECK(enter(access, "246813") == OperatorAccess::Result::Granted);
  five_wrong(access);  // the right PIN started the steps over
  CHECK(access.lockout_seconds_left() == 60);
}

TEST_CASE("the lockout survives a restart: a new kiosk reads the file") {
  TempDir dir;
  FakeClock clock;
  {
    OperatorAccess first(pin_hash(), PinLockout(dir.file("pin-lockout.json"), clock.fn()));
    five_wrong(first);
    clock.now += 60;
    five_wrong(first);  // the second lockout: 5 minutes
    clock.now += 10;
  }
  PinLockout lockout(dir.file("pin-lockout.json"), clock.fn());
  CHECK(lockout.load().empty());
  OperatorAccess restarted(pin_hash(), std::move(lockout));
  CHECK(restarted.locked());
  CHECK(restarted.lockout_seconds_left() == 5 * 60 - 10);
  CHECK(enter(restarted, "246813") == OperatorAccess::Result::LockedOut);
  clock.now += 5 * 60;
  // Wrong PINs counted before a restart still count after it.
  for (int i = 0; i < 3; ++i) CHECK(enter(restarted, "111111") == OperatorAccess::Result::Wrong);
  PinLockout again(dir.file("pin-lockout.json"), clock.fn());
  CHECK(again.load().empty());
  CHECK(again.wrong_in_a_row() == 3);
  CHECK(again.lockouts() == 2);
  OperatorAccess third(pin_hash(), std::move(again));
  CHECK(enter(third, "111111") == OperatorAccess::Result::Wrong);
  CHECK(enter(third, "111111") == OperatorAccess::Result::LockedOut);
  CHECK(third.lockout_seconds_left() == 15 * 60);
}

TEST_CASE("no file yet: open, and nothing reported") {
  TempDir dir;
  FakeClock clock;
  PinLockout lockout(dir.file("pin-lockout.json"), clock.fn());
  CHECK(lockout.load().empty());
  CHECK_FALSE(lockout.locked());
}

TEST_CASE("a damaged or unreadable file locks the pad for 60 minutes, visibly") {
  for (const char* text : {"", "{", "garbage", "[]", "{\"failures\": 0, \"lockouts\": 0}",
                           "{\"failures\": 9, \"lockouts\": 0, \"locked_until\": 0}",
                           "{\"failures\": -1, \"lockouts\": 0, \"locked_until\": 0}",
                           "{\"failures\": 1.5, \"lockouts\": 0, \"locked_until\": 0}",
                           "{\"failures\": \"0\", \"lockouts\": 0, \"locked_until\": 0}",
                           "{\"failures\": 0, \"lockouts\": 0, \"locked_until\": 0, \"x\": 1}"}) {
    CAPTURE(text);
    TempDir dir;
    FakeClock clock;
    write_text(dir.file("pin-lockout.json"), text);
    PinLockout lockout(dir.file("pin-lockout.json"), clock.fn());
    const std::string problem = lockout.load();
    CHECK(problem.find("damaged") != std::string::npos);
    CHECK(problem.find("60 minutes") != std::string::npos);
    CHECK(lockout.seconds_left() == 3600);
    // The locked state was written back: a restart stays locked.
    PinLockout reread(dir.file("pin-lockout.json"), clock.fn());
    CHECK(reread.load().empty());
    CHECK(reread.seconds_left() == 3600);
  }
  TempDir dir;  // a folder where the file should be: unreadable as a file
  FakeClock clock;
  write_text(dir.file("x"), "");
  PinLockout lockout(dir.path(), clock.fn());
  CHECK(lockout.load().find("damaged or unreadable") != std::string::npos);
  CHECK(lockout.locked());
}

TEST_CASE("a clock set back cannot stretch a lockout beyond its step") {
  TempDir dir;
  FakeClock clock;
  OperatorAccess access(pin_hash(), PinLockout(dir.file("pin-lockout.json"), clock.fn()));
  five_wrong(access);
  clock.now -= 86400;
  CHECK(access.lockout_seconds_left() == 60);
}

TEST_CASE("a lockout that cannot be saved is still enforced, and reported") {
  FakeClock clock;
  OperatorAccess access(pin_hash(), PinLockout("/nonexistent-dir/pin-lockout.json", clock.fn()));
  CHECK(enter(access, "111111") == OperatorAccess::Result::Wrong);
  CHECK(access.take_problem().find("not saved") != std::string::npos);
  for (int i = 0; i < 3; ++i) enter(access, "111111");
  CHECK(enter(access, "111111") == OperatorAccess::Result::LockedOut);
  CHECK(access.locked());
}
