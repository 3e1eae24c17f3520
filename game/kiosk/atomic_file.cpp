// write_file_atomically / read_whole_file: see atomic_file.h.
#include "kiosk/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lureproof {

namespace {

std::string parent_dir(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(std::size_t(n));
  }
  return true;
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error) {
  const std::string tmp = path + ".tmp";
  // A leftover .tmp (a crash, or a symlink planted on a USB stick to redirect the write) is removed,
  // not followed; O_EXCL | O_NOFOLLOW then refuse anything that reappears in its place.
  ::unlink(tmp.c_str());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0640);
  if (fd < 0) {
    error = "cannot create " + tmp + ": " + std::strerror(errno);
    return false;
  }
  if (!write_all(fd, content) || ::fsync(fd) != 0) {
    error = "cannot write " + tmp + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(tmp.c_str());
    return false;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot replace " + path + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  // The rename itself is only durable once the directory entry is on disk.
  const int dir = ::open(parent_dir(path).c_str(), O_RDONLY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

bool read_whole_file(const std::string& path, std::string& out, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buffer[8192];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, std::size_t(n));
    if (out.size() > max_bytes) break;
  }
  ::close(fd);
  return true;
}

}  // namespace lureproof
