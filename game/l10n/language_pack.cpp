// Language packs: parsing and unpacking (see language_pack.h for the format).
#include "l10n/language_pack.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>

namespace lureproof {

namespace {
constexpr std::string_view kMagic = "LUREPACK 1\n";
constexpr size_t kMaxFiles = 256;

bool valid_name(std::string_view name) {
  if (name.empty() || name.size() > 96 || name.front() == '.') return false;
  for (char c : name) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

bool make_dir(const std::string& path) { return ::mkdir(path.c_str(), 0755) == 0 || errno == EEXIST; }

bool parse_files(std::string_view pack, std::vector<LanguagePackFile>& files, std::string& error) {
  if (pack.substr(0, kMagic.size()) != kMagic) {
    error = "not a language pack (no LUREPACK 1 header)";
    return false;
  }
  size_t pos = kMagic.size();
  std::vector<size_t> sizes;
  for (;;) {
    const size_t eol = pack.find('\n', pos);
    if (eol == std::string_view::npos) {
      error = "the file list does not end";
      return false;
    }
    const std::string_view line = pack.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty()) break;
    const size_t space = line.find(' ');
    if (space == 0 || space == std::string_view::npos || space > 9) {
      error = "a file line is not '<bytes> <name>'";
      return false;
    }
    size_t size = 0;
    for (char c : line.substr(0, space)) {
      if (c < '0' || c > '9') {
        error = "a file size is not a number";
        return false;
      }
      size = size * 10 + size_t(c - '0');
    }
    const std::string_view name = line.substr(space + 1);
    if (!valid_name(name)) {
      error = "a file name is not a plain name: '" + std::string(name.substr(0, 40)) + "'";
      return false;
    }
    if (files.size() >= kMaxFiles) {
      error = "too many files";
      return false;
    }
    files.push_back({std::string(name), {}});
    sizes.push_back(size);
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (sizes[i] > pack.size() - pos) {
      error = "the pack is shorter than its file list says";
      return false;
    }
    files[i].bytes = pack.substr(pos, sizes[i]);
    pos += sizes[i];
  }
  if (pos != pack.size()) {
    error = "the pack has bytes after its last file";
    return false;
  }
  return true;
}
}  // namespace

bool parse_language_pack(std::string_view pack, std::vector<LanguagePackFile>& files, std::string& error) {
  files.clear();
  if (!parse_files(pack, files, error)) {
    files.clear();  // all or nothing
    return false;
  }
  return true;
}

bool unpack_language_pack(std::string_view pack, const std::string& dir, std::string& error) {
  std::vector<LanguagePackFile> files;
  if (!parse_language_pack(pack, files, error)) return false;
  for (size_t slash = dir.find('/', 1); slash != std::string::npos; slash = dir.find('/', slash + 1))
    make_dir(dir.substr(0, slash));  // the parents; failures show up at the last step
  if (!make_dir(dir)) {
    error = "cannot create " + dir;
    return false;
  }
  for (const LanguagePackFile& f : files) {
    const std::string path = dir + "/" + f.name;
    std::FILE* out = std::fopen(path.c_str(), "wb");
    const bool written = out && std::fwrite(f.bytes.data(), 1, f.bytes.size(), out) == f.bytes.size();
    if (out && std::fclose(out) != 0) out = nullptr;
    if (!written || !out) {
      error = "cannot write " + path;
      return false;
    }
  }
  return true;
}

}  // namespace lureproof
