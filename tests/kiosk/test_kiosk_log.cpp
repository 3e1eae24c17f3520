// kiosk.log: lines are appended with a time stamp (the day only for visit-related lines) and the
// file is rotated by size, keeping the configured number of files.
#include <doctest/doctest.h>

#include "kiosk/kiosk_log.h"
#include "temp_dir.h"

#include <filesystem>

using namespace lureproof;

TEST_CASE("rotation keeps N files of at most max bytes") {
  TempDir dir;
  {
    KioskLog log;
    REQUIRE(log.open(dir.path(), 2048, 3));
    for (int i = 0; i < 500; ++i) log.write("line " + std::to_string(i) + " of the rotation test, long enough");
  }
  namespace fs = std::filesystem;
  CHECK(fs::exists(dir.file("kiosk.log")));
  CHECK(fs::exists(dir.file("kiosk.log.1")));
  CHECK(fs::exists(dir.file("kiosk.log.2")));
  CHECK_FALSE(fs::exists(dir.file("kiosk.log.3")));
  for (const char* f : {"kiosk.log", "kiosk.log.1", "kiosk.log.2"}) CHECK(fs::file_size(dir.file(f)) <= 2048);
  CHECK(read_text(dir.file("kiosk.log")).find("line 499 ") != std::string::npos);
  CHECK(read_text(dir.file("kiosk.log.1")).find("line 499 ") == std::string::npos);
}

TEST_CASE("day-only stamps for visit-related lines; newlines cannot forge lines") {
  TempDir dir;
  {
    KioskLog log;
    REQUIRE(log.open(dir.path(), 1 << 20, 5));
    log.write("idle timeout: reset to attract", KioskLog::Stamp::Day);
    log.write("two\nlines");
  }
  const std::string text = read_text(dir.file("kiosk.log"));
  const std::string first = text.substr(0, text.find('\n'));
  CHECK(first.size() == std::string("YYYY-MM-DD idle timeout: reset to attract").size());
  CHECK(text.find("two lines\n") != std::string::npos);
}

TEST_CASE("appends across restarts") {
  TempDir dir;
  for (int run = 0; run < 3; ++run) {
    KioskLog log;
    log.open(dir.path(), 1 << 20, 5);
    log.write("run " + std::to_string(run));
  }
  const std::string text = read_text(dir.file("kiosk.log"));
  CHECK(text.find("run 0") != std::string::npos);
  CHECK(text.find("run 2") != std::string::npos);
}
