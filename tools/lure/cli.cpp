// Shared helpers for the lure subcommands: option parsing, file I/O and small text utilities.
#include "cli.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "diagnostics_output.h"
#include "lure/file_source.h"

namespace cli {

std::string Args::get(const std::string& name, const std::string& fallback) const {
    auto it = opts.find(name);
    return it == opts.end() ? fallback : it->second;
}

int usage_error(const char* command, const std::string& message) {
    std::fprintf(stderr, "lure %s: %s\nTry 'lure %s --help'.\n", command, message.c_str(), command);
    return kExitUsage;
}

std::optional<Args> parse_args(const char* command, const std::vector<std::string>& args,
                               const std::vector<OptionSpec>& spec) {
    Args out;
    bool only_files = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_files || a == "-" || a.empty() || a[0] != '-') {
            out.files.push_back(a);
            continue;
        }
        if (a == "--") {
            only_files = true;
            continue;
        }
        if (a == "--help" || a == "-h") {
            out.opts["--help"] = "";
            continue;
        }
        std::string name = a, value;
        bool inline_value = false;
        if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            inline_value = true;
        }
        const OptionSpec* found = nullptr;
        for (const auto& s : spec)
            if (name == s.name || (s.alias && name == s.alias)) found = &s;
        if (!found) {
            usage_error(command, "unknown option '" + name + "'");
            return std::nullopt;
        }
        if (found->takes_value && !inline_value) {
            if (i + 1 >= args.size()) {
                usage_error(command, "option '" + name + "' needs a value");
                return std::nullopt;
            }
            value = args[++i];
        } else if (!found->takes_value && inline_value) {
            usage_error(command, "option '" + name + "' takes no value");
            return std::nullopt;
        }
        out.opts[found->name] = value;
    }
    return out;
}

std::optional<long long> int_option(const char* command, const Args& args, const std::string& name,
                                    long long fallback) {
    if (!args.has(name)) return fallback;
    const std::string text = args.get(name);
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || v < 0 || text[0] == '-' || text[0] == '+') {
        usage_error(command, "option '" + name + "' needs a whole number >= 0, not '" + text + "'");
        return std::nullopt;
    }
    return v;
}

std::optional<std::string> read_file(const std::string& path) {
    lure::DiskFileSource disk;
    return disk.read(path);
}

bool write_file(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".lure-tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return false;
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = std::fclose(f) == 0 && ok;
    if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) std::remove(tmp.c_str());
    return ok;
}

bool file_exists(const std::string& path) {
    lure::DiskFileSource disk;
    return disk.exists(path);
}

std::string base_name(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string stem(const std::string& path) {
    std::string base = base_name(path);
    auto dot = base.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

lure::ParseResult load(const std::string& path) {
    lure::DiskFileSource disk;
    return lure::load_scenario(path, disk);
}

bool load_clean(const std::string& path, lure::ParseResult& out, const std::string& refusal) {
    out = load(path);
    if (!lure::has_errors(out.diagnostics)) return true;
    print_diagnostics(stderr, out.diagnostics, true);
    std::fprintf(stderr, "%s\n", refusal.c_str());
    return false;
}

std::string plural(long long n, const char* singular, const char* plural_form) {
    return std::to_string(n) + " " + (n == 1 ? singular : plural_form);
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find('\n', i);
        if (j == std::string::npos) j = text.size();
        std::string line = text.substr(i, j - i);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        i = j + 1;
    }
    return lines;
}

std::string find_program(const std::string& name) {
    const char* path = std::getenv("PATH");
    if (!path) return "";
    std::string all = path;
    std::size_t i = 0;
    while (i <= all.size()) {
        std::size_t j = all.find(':', i);
        if (j == std::string::npos) j = all.size();
        std::string dir = all.substr(i, j - i);
        if (!dir.empty()) {
            std::string full = dir + "/" + name;
            if (access(full.c_str(), X_OK) == 0) return full;
        }
        i = j + 1;
    }
    return "";
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace cli
