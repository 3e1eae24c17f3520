// Native half of the accessibility bridge: the kiosk has no DOM, so publishing is a no-op.
// (Keyboard and gamepad navigation work natively through ImGui itself.)
#include "platform/accessibility.h"

namespace lureproof {

namespace platform::a11y {

bool available() { return false; }
void set_language(const std::string&) {}
void set_reading(float, bool) {}
void publish(const std::string&, const std::vector<Message>&, const std::vector<Action>&) {}
std::vector<std::string> take_activated() { return {}; }
std::string take_dropped_file() { return {}; }
void show_diagnostics(const std::string&, const std::vector<std::string>&) {}

}  // namespace platform::a11y

}  // namespace lureproof
