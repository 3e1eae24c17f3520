// kiosk.log in the data dir, rotated by size (kiosk.log -> .1 -> .2 ...), also echoed to stderr
// (the journal). For config problems, crashes, resets and operator actions — never visitor data.
#pragma once

#include <string>

namespace lureproof {

class KioskLog {
 public:
  enum class Stamp { Minute, Day };  // Day: for visit-related lines, so no visit can be timed

  KioskLog() = default;
  ~KioskLog();
  KioskLog(const KioskLog&) = delete;
  KioskLog& operator=(const KioskLog&) = delete;

  // Opens (appends to) `dir`/kiosk.log; without a dir the log goes to stderr only.
  bool open(const std::string& dir, long max_bytes, int files);
  void write(const std::string& line, Stamp stamp = Stamp::Minute);
  const std::string& path() const { return path_; }
  void set_echo(bool echo) { echo_ = echo; }  // copy each line to stderr (default: yes)

  // Writes "crash: signal N" to the current log file when the process gets SIGSEGV, SIGBUS, SIGFPE,
  // SIGILL or SIGABRT, then lets the signal end the process (systemd restarts it).
  void install_crash_handler();

 private:
  void rotate();

  std::string path_;
  int fd_ = -1;
  long size_ = 0, max_bytes_ = 1 << 20;
  int files_ = 5;
  bool echo_ = true;
};

}  // namespace lureproof
