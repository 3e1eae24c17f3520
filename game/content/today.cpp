// today_utc() (today.h).
#include "content/today.h"

#include <cstdio>
#include <ctime>

namespace lureproof {

std::string today_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char iso[40];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
  return iso;
}

}  // namespace lureproof
