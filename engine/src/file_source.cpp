// Disk and in-memory FileSource implementations and small path helpers.
#include "lure/file_source.h"

#include <cstdio>
#include <vector>

namespace lure {

std::optional<std::string> DiskFileSource::read(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string out;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
    std::fclose(f);
    return out;
}

bool DiskFileSource::exists(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

void MemoryFileSource::add(const std::string& path, std::string text) {
    files_[normalise_path(path)] = std::move(text);
}

std::optional<std::string> MemoryFileSource::read(const std::string& path) {
    auto it = files_.find(normalise_path(path));
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

bool MemoryFileSource::exists(const std::string& path) {
    return files_.count(normalise_path(path)) != 0;
}

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
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

}  // namespace lure
