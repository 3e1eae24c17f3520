// Disk and in-memory FileSource implementations, the non-blocking checked read, and small path
// helpers (including the lexical "stays inside the root folder" test of scenario paths).
#include "lure/file_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <vector>

namespace lure {

// ---- FileSource defaults (in-memory sources: no links, no special files) ----------------------

FileRead FileSource::read_within(const std::string& path, const std::string&, std::size_t max_bytes) {
    FileRead out;
    std::optional<std::string> text = read(path);
    if (!text) return out;
    if (text->size() > max_bytes) {
        out.status = FileStatus::TooLarge;
        return out;
    }
    out.status = FileStatus::Ok;
    out.text = std::move(*text);
    return out;
}

FileStatus FileSource::check_within(const std::string& path, const std::string&) {
    return exists(path) ? FileStatus::Ok : FileStatus::NotFound;
}

// ---- disk ------------------------------------------------------------------------------------

namespace {

std::optional<std::string> real_path(const std::string& path) {
    char buffer[PATH_MAX];
    if (!::realpath(path.empty() ? "." : path.c_str(), buffer)) return std::nullopt;
    return std::string(buffer);
}

bool real_path_inside(const std::string& real, const std::string& real_root) {
    if (real_root == "/") return !real.empty() && real[0] == '/';
    return real.size() > real_root.size() && real.compare(0, real_root.size(), real_root) == 0 &&
           real[real_root.size()] == '/';
}

// Opens without blocking (a FIFO or a terminal must not hang the loader) and accepts regular files.
FileStatus open_regular(const std::string& path, int& fd, off_t& size) {
    fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return FileStatus::NotFound;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        fd = -1;
        return FileStatus::NotRegular;
    }
    size = st.st_size;
    return FileStatus::Ok;
}

// Reads at most max_bytes; a file that turns out longer (it may grow while being read) is refused.
FileRead read_capped(const std::string& path, std::size_t max_bytes) {
    FileRead out;
    int fd = -1;
    off_t size = 0;
    out.status = open_regular(path, fd, size);
    if (out.status != FileStatus::Ok) return out;
    if (size < 0 || static_cast<unsigned long long>(size) > max_bytes) {
        ::close(fd);
        out.status = FileStatus::TooLarge;
        return out;
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            out.status = FileStatus::NotFound;
            break;
        }
        if (n == 0) break;
        if (text.size() + static_cast<std::size_t>(n) > max_bytes) {
            out.status = FileStatus::TooLarge;
            break;
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (out.status == FileStatus::Ok) out.text = std::move(text);
    return out;
}

// The real path of `path` when it is inside `root`; the status says why not otherwise.
FileStatus locate_within(const std::string& path, const std::string& root, std::string& real) {
    std::optional<std::string> real_root = real_path(root);
    std::optional<std::string> found = real_path(path);
    if (!real_root || !found) return FileStatus::NotFound;
    if (!real_path_inside(*found, *real_root)) return FileStatus::OutsideRoot;
    real = std::move(*found);
    return FileStatus::Ok;
}

}  // namespace

std::optional<std::string> DiskFileSource::read(const std::string& path) {
    FileRead r = read_capped(path, kMaxPlainReadBytes);
    if (r.status != FileStatus::Ok) return std::nullopt;
    return std::move(r.text);
}

bool DiskFileSource::exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

FileRead DiskFileSource::read_within(const std::string& path, const std::string& root, std::size_t max_bytes) {
    std::string real;
    FileStatus where = locate_within(path, root, real);
    if (where != FileStatus::Ok) return {where, {}};
    return read_capped(real, max_bytes);
}

FileStatus DiskFileSource::check_within(const std::string& path, const std::string& root) {
    std::string real;
    FileStatus where = locate_within(path, root, real);
    if (where != FileStatus::Ok) return where;
    struct stat st {};
    if (::stat(real.c_str(), &st) != 0) return FileStatus::NotFound;
    return S_ISREG(st.st_mode) ? FileStatus::Ok : FileStatus::NotRegular;
}

// ---- memory ----------------------------------------------------------------------------------

void MemoryFileSource::add(const std::string& path, std::string text) {
    files_[normalise_path(path)] = std::move(text);
}

std::optional<std::string> MemoryFileSource::read(const std::string& path) {
    auto it = files_.find(normalise_path(path));
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSource::exists(const std::string& path) { return files_.count(normalise_path(path)) != 0; }

// ---- paths -----------------------------------------------------------------------------------

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == 0) return "/";
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string join_path(const std::string& dir, const std::string& relative) {
    if (relative.empty() || relative[0] == '/' || dir.empty()) return normalise_path(relative);
    return normalise_path(dir + "/" + relative);
}

std::string normalise_path(const std::string& path) {
    bool absolute = !path.empty() && path[0] == '/';
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t j = path.find('/', i);
        if (j == std::string::npos) j = path.size();
        std::string part = path.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..") parts.pop_back();
            else if (!absolute) parts.push_back(part);
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t k = 0; k < parts.size(); ++k) out += (k ? "/" : "") + parts[k];
    return out.empty() ? std::string(".") : out;
}

PathProblem resolve_inside(const std::string& root, const std::string& from_dir, const std::string& written,
                           std::string& resolved) {
    if (written.empty()) return PathProblem::Empty;
    for (char c : written)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return PathProblem::ControlCharacter;
    if (written[0] == '/') return PathProblem::Absolute;
    resolved = join_path(from_dir, written);
    const std::string base = normalise_path(root.empty() ? "." : root);
    if (base == ".") {
        bool up = resolved == ".." || resolved.compare(0, 3, "../") == 0 || resolved[0] == '/';
        return up || resolved == "." ? PathProblem::LeavesRoot : PathProblem::None;
    }
    const std::string prefix = base == "/" ? base : base + "/";
    if (resolved.size() <= prefix.size() || resolved.compare(0, prefix.size(), prefix) != 0)
        return PathProblem::LeavesRoot;
    return PathProblem::None;
}

}  // namespace lure
