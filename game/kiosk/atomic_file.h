// Crash-safe file replacement (POSIX, works natively and in Emscripten): write `path`.tmp (created
// afresh, O_EXCL | O_NOFOLLOW: never through a symlink), fsync it, rename it over `path`, fsync the
// directory. A kill -9 or power cut leaves the old or the new file.
#pragma once

#include <string>
#include <string_view>

namespace lureproof {

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);
bool read_whole_file(const std::string& path, std::string& out, std::size_t max_bytes = 16u << 20);

}  // namespace lureproof
