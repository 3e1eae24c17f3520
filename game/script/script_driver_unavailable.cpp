// The browser edition's stand-in for the --script driver (script_driver.cpp, script_nav.cpp): scripted
// taps, keys and gamepad input are a native test tool, and leaving the driver out of the page keeps
// its code out of the web payload (CMake picks this file for the web build). A script given to the
// web build fails at once with this message instead of running.
#include "script/script_driver.h"

namespace lureproof {

void ScriptDriver::before_frame(const UiTrace&) {
  if (failed_) return;
  failed_ = true;
  message_ = "scripted input (--script) is a native test tool; the browser edition has none";
}

}  // namespace lureproof
