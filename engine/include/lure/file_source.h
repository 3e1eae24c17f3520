// Abstract file access for the loader: includes and image-existence checks go through it so the
// game (disk), the web build (preloaded virtual FS) and tests (in-memory files) share one loader.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace lure {

// What a checked read or probe found. A refused file's content is never returned.
enum class FileStatus {
    Ok,
    NotFound,     // missing or unreadable
    NotRegular,   // a directory, FIFO, socket or device
    TooLarge,     // more than the byte limit (found while reading, never after)
    OutsideRoot,  // its real location (symbolic links resolved) is outside the root folder
};

struct FileRead {
    FileStatus status = FileStatus::NotFound;
    std::string text;  // only when status == Ok
};

class FileSource {
public:
    virtual ~FileSource() = default;
    virtual std::optional<std::string> read(const std::string& path) = 0;
    virtual bool exists(const std::string& path) = 0;
    // Reads `path` only when it is a regular file of at most `max_bytes` whose real path lies inside
    // the folder `root` ("" = the current folder). Never blocks. The default (for in-memory sources,
    // which have no links or special files) reads and compares the size.
    virtual FileRead read_within(const std::string& path, const std::string& root, std::size_t max_bytes);
    // The same checks without reading (image files).
    virtual FileStatus check_within(const std::string& path, const std::string& root);
};

// Reads real files (natively and in Emscripten's virtual file system) without blocking: open with
// O_NONBLOCK, fstat, regular files only, the size limit enforced while reading.
class DiskFileSource : public FileSource {
public:
    static constexpr std::size_t kMaxPlainReadBytes = 64u * 1024u * 1024u;  // read(): fonts, banks, scripts
    std::optional<std::string> read(const std::string& path) override;
    bool exists(const std::string& path) override;
    FileRead read_within(const std::string& path, const std::string& root, std::size_t max_bytes) override;
    FileStatus check_within(const std::string& path, const std::string& root) override;
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

// Why a path written in a scenario (include:, avatar:, #image:) is refused before any file access.
enum class PathProblem { None, Empty, ControlCharacter, Absolute, LeavesRoot };
// Resolves `written` relative to the folder `from_dir` and checks, without touching the disk, that
// it stays inside the folder `root`. On success `resolved` is the normalised path.
PathProblem resolve_inside(const std::string& root, const std::string& from_dir, const std::string& written,
                           std::string& resolved);

}  // namespace lure
