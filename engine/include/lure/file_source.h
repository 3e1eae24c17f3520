// Abstract file access for the loader: includes and image-existence checks go through it so the
// game (disk), the web build (preloaded virtual FS) and tests (in-memory files) share one loader.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace lure {

class FileSource {
public:
    virtual ~FileSource() = default;
    virtual std::optional<std::string> read(const std::string& path) = 0;
    virtual bool exists(const std::string& path) = 0;
};

// Reads real files with fopen (works natively and in Emscripten's virtual file system).
class DiskFileSource : public FileSource {
public:
    std::optional<std::string> read(const std::string& path) override;
    bool exists(const std::string& path) override;
};

// In-memory files keyed by normalised path; for tests and tools.
class MemoryFileSource : public FileSource {
public:
    void add(const std::string& path, std::string text);
    std::optional<std::string> read(const std::string& path) override;
    bool exists(const std::string& path) override;
private:
    std::map<std::string, std::string> files_;
};

// Path helpers (forward slashes; ".." and "." collapsed).
std::string directory_of(const std::string& path);
std::string join_path(const std::string& dir, const std::string& relative);
std::string normalise_path(const std::string& path);

}  // namespace lure
