// SHA-256 (FIPS 180-4), compact and dependency-free so the native and web builds share it. Used
// only for the salted operator-PIN hash; checked against the FIPS test vectors in tests/kiosk.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view bytes);
std::string to_hex(const std::uint8_t* bytes, std::size_t count);
std::string sha256_hex(std::string_view bytes);
