// Language codes and how each language names itself (the picker shows every language in its own words).
#pragma once

#include <string>

// "ro" -> "Română"; unknown codes come back unchanged.
std::string language_own_name(const std::string& code);
