// The process's CPU clock and memory use on Linux (/proc), shared by the native platform and the
// headless one of the soak (platform_native.cpp, platform_headless.cpp).
#include "platform/platform.h"

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>

namespace lureproof {

namespace platform {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

void memory_use(long& resident_kb, long& peak_kb, long& anon_kb) {
  resident_kb = peak_kb = anon_kb = -1;
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {  // "VmRSS:\t  123456 kB"
    if (line.rfind("VmRSS:", 0) == 0) resident_kb = std::strtol(line.c_str() + 6, nullptr, 10);
    if (line.rfind("VmHWM:", 0) == 0) peak_kb = std::strtol(line.c_str() + 6, nullptr, 10);
    if (line.rfind("RssAnon:", 0) == 0) anon_kb = std::strtol(line.c_str() + 8, nullptr, 10);
  }
}

}  // namespace platform

}  // namespace lureproof
