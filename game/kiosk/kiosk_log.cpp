// KioskLog: see kiosk_log.h. Plain POSIX so it works the same natively and in tests.
#include "kiosk/kiosk_log.h"

#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lureproof {

namespace {

volatile sig_atomic_t g_crash_fd = -1;  // the log the signal handler writes to

void on_crash(int sig) {
  char msg[] = "crash: signal 00; the process ends and is restarted\n";
  msg[14] = char('0' + (sig / 10) % 10);
  msg[15] = char('0' + sig % 10);
  if (g_crash_fd >= 0) (void)!::write(g_crash_fd, msg, sizeof msg - 1);
  (void)!::write(2, msg, sizeof msg - 1);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

}  // namespace

KioskLog::~KioskLog() {
  if (fd_ >= 0) {
    if (g_crash_fd == fd_) g_crash_fd = -1;
    ::close(fd_);
  }
}

bool KioskLog::open(const std::string& dir, long max_bytes, int files) {
  max_bytes_ = max_bytes < 1024 ? 1024 : max_bytes;
  files_ = files < 1 ? 1 : files;
  if (dir.empty()) return false;
  path_ = dir + "/kiosk.log";
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd_ < 0) {
    path_.clear();
    return false;
  }
  struct stat st;
  size_ = ::fstat(fd_, &st) == 0 ? long(st.st_size) : 0;
  g_crash_fd = fd_;
  return true;
}

void KioskLog::rotate() {
  ::close(fd_);
  fd_ = -1;
  // kiosk.log.(files-1) falls off the end; each older file moves up one.
  for (int i = files_ - 1; i >= 1; --i) {
    const std::string from = i == 1 ? path_ : path_ + "." + std::to_string(i - 1);
    const std::string to = path_ + "." + std::to_string(i);
    std::rename(from.c_str(), to.c_str());
  }
  if (files_ == 1) ::unlink(path_.c_str());
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0640);
  size_ = 0;
  g_crash_fd = fd_;
}

void KioskLog::write(const std::string& line, Stamp stamp) {
  char when[32] = "";
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (localtime_r(&now, &tm))
    std::strftime(when, sizeof when, stamp == Stamp::Day ? "%Y-%m-%d" : "%Y-%m-%d %H:%M", &tm);
  std::string text = std::string(when) + " " + line;
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  text += '\n';
  if (echo_) std::fprintf(stderr, "lureproof: %s", text.c_str());
  if (fd_ < 0) return;
  if (size_ > 0 && size_ + long(text.size()) > max_bytes_) rotate();
  if (fd_ < 0) return;
  if (::write(fd_, text.data(), text.size()) > 0) size_ += long(text.size());
}

void KioskLog::install_crash_handler() {
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(sig, on_crash);
}

}  // namespace lureproof
