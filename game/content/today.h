// Today's date in UTC as YYYY-MM-DD, from the system clock: the ages of facts (`lure facts`) and the
// operator screen's "more than 12 months ago" are counted to it.
#pragma once

#include <string>

namespace lureproof {

std::string today_utc();

}  // namespace lureproof
