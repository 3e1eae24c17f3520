// `lure pack --site NAME CONTENT_DIR`: builds the Debian package lureproof-content-NAME, which installs
// a site's own scenarios where the game reads them (/usr/share/lureproof/scenarios), after
// `lure validate` found no errors in them. The .deb is made with dpkg-deb (docs/kiosk.md).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "cli.h"

namespace fs = std::filesystem;

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure pack --site NAME [--version V] [--output DIR] [--maintainer 'Name <mail>']\n"
    "                 [--sources FILE] [--facts FILE] CONTENT_DIR\n"
    "\n"
    "Builds lureproof-content-NAME_V_all.deb, a content-only update for kiosks that have the\n"
    "lureproof package: every .lure file under CONTENT_DIR/scenarios/ (subfolders such as common/\n"
    "kept) is installed into /usr/share/lureproof/scenarios/, where the game reads its stories.\n"
    "Publish it in the same apt repository as lureproof (docs/kiosk.md, 'A fleet updates itself').\n"
    "\n"
    "It first runs 'lure validate' on the stories (the files directly in scenarios/; the others are\n"
    "checked through the stories that include them) and refuses to build when it finds any error,\n"
    "printing the validation messages. Sources and facts are checked against CONTENT_DIR's own\n"
    "sources.toml and facts.toml, else the installed (or built) game's.\n"
    "A file whose name the lureproof package already has is refused too: dpkg would not install it.\n"
    "\n"
    "Options:\n"
    "  --site NAME        the site (lowercase letters, digits and '-'): the package is\n"
    "                     lureproof-content-NAME\n"
    "  --version V        the package version (default 1); raise it for every update\n"
    "  --output DIR       where to write the .deb (default: the current folder)\n"
    "  --maintainer M     the Maintainer field (default: 'Lureproof content <lureproof@example.org>')\n"
    "  --sources FILE     the source register to validate against\n"
    "  --facts FILE       the facts file to validate against\n"
    "\n"
    "Exit codes: 0 built, 1 refused (validation errors) or failed, 2 wrong command line.\n";

bool is_package_name_part(const std::string& s) {
    if (s.empty() || s.size() > 40 || !(std::islower((unsigned char)s[0]) || std::isdigit((unsigned char)s[0])))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::islower((unsigned char)c) || std::isdigit((unsigned char)c) || c == '-';
    });
}

bool is_debian_version(const std::string& v) {
    if (v.empty() || !std::isdigit((unsigned char)v[0])) return false;
    return std::all_of(v.begin(), v.end(),
                       [](char c) { return std::isalnum((unsigned char)c) || c == '.' || c == '+' || c == '~'; });
}

// This program's folder: /usr/bin when installed, build/native/bin in the build tree.
fs::path program_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

// The game's content next to this program: /usr/share/lureproof, or the build tree's assets.
fs::path game_content() {
    const fs::path bin = program_dir();
    std::error_code ec;
    for (const fs::path& dir : {bin.parent_path() / "share" / "lureproof", bin.parent_path() / "assets"})
        if (fs::is_directory(dir / "scenarios", ec)) return dir;
    return {};
}

// CONTENT_DIR's own register file, else the game's; "" when neither exists.
std::string register_file(const Args& args, const std::string& option, const fs::path& content, const char* name) {
    if (args.has(option)) return args.get(option);
    std::error_code ec;
    if (fs::is_regular_file(content / name, ec)) return (content / name).string();
    const fs::path game = game_content();
    if (!game.empty() && fs::is_regular_file(game / name, ec)) return (game / name).string();
    return "";
}

int run(const std::vector<std::string>& raw) {
    auto args = parse_args("pack", raw,
                           {{"--site", true},
                            {"--version", true},
                            {"--output", true, "-o"},
                            {"--maintainer", true},
                            {"--sources", true},
                            {"--facts", true}});
    if (!args) return kExitUsage;
    if (args->files.size() != 1) return usage_error("pack", "give one content folder");
    const std::string site = args->get("--site"), version = args->get("--version", "1");
    if (!is_package_name_part(site))
        return usage_error("pack", "--site needs a name of lowercase letters, digits and '-' (e.g. --site lisbon)");
    if (!is_debian_version(version))
        return usage_error("pack", "--version '" + version + "' is not a package version (e.g. 3 or 2026.12.1)");
    const std::string maintainer = args->get("--maintainer", "Lureproof content <lureproof@example.org>");
    if (maintainer.find('\n') != std::string::npos || maintainer.find('<') == std::string::npos)
        return usage_error("pack", "--maintainer needs the form 'Name <mail>'");

    const fs::path content = args->files.front(), scenarios = content / "scenarios";
    std::error_code ec;
    std::vector<fs::path> files;  // relative to scenarios/
    for (fs::recursive_directory_iterator it(scenarios, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".lure")
            files.push_back(fs::relative(it->path(), scenarios));
    if (ec || files.empty()) {
        std::fprintf(stderr, "lure pack: no .lure files in '%s'\n", scenarios.string().c_str());
        return kExitFailed;
    }
    std::sort(files.begin(), files.end());
    if (std::none_of(files.begin(), files.end(), [](const fs::path& f) { return !f.has_parent_path(); })) {
        std::fprintf(stderr, "lure pack: no stories directly in '%s' (only in subfolders)\n",
                     scenarios.string().c_str());
        return kExitFailed;
    }

    const fs::path game = game_content();
    int clashes = 0;
    for (const fs::path& f : files)
        if (!game.empty() && fs::exists(game / "scenarios" / f, ec)) {
            std::fprintf(stderr,
                         "%s: error: the lureproof package already has scenarios/%s; give the file another name\n",
                         (scenarios / f).string().c_str(), f.string().c_str());
            ++clashes;
        }

    // lure validate, as an educator runs it: its messages as they are, its verdict decides.
    std::string command = shell_quote((program_dir() / "lure").string()) + " validate";
    for (const auto& [option, name] : {std::pair{"--sources", "sources.toml"}, std::pair{"--facts", "facts.toml"}}) {
        const std::string file = register_file(*args, option, content, name);
        if (!file.empty()) command += std::string(" ") + option + " " + shell_quote(file);
    }
    // The stories are the top-level files (as the game lists them); files in subfolders are checked
    // through the stories that include them.
    for (const fs::path& f : files)
        if (!f.has_parent_path()) command += " " + shell_quote((scenarios / f).string());
    std::fflush(stdout);
    const int validation = std::system(command.c_str());
    if (validation != 0 || clashes > 0) {
        std::fprintf(stderr, "lure pack: refused: %s; no package was built\n",
                     clashes > 0 ? "file names the lureproof package already has" : "lure validate found errors");
        return kExitFailed;
    }

    // The package tree in a scratch folder, then dpkg-deb.
    const std::string name = "lureproof-content-" + site;
    const fs::path output = args->get("--output", ".");
    fs::create_directories(output, ec);
    const fs::path stage = output / ("." + name + ".stage-" + std::to_string(getpid()));
    fs::remove_all(stage, ec);
    const fs::path target = stage / "usr/share/lureproof/scenarios";
    std::uintmax_t bytes = 0;
    bool ok = true;
    for (const fs::path& f : files) {
        fs::create_directories((target / f).parent_path(), ec);
        ok = ok && fs::copy_file(scenarios / f, target / f, fs::copy_options::overwrite_existing, ec);
        bytes += fs::file_size(scenarios / f, ec);
    }
    const std::string control = "Package: " + name + "\nVersion: " + version +
                                "\nArchitecture: all\nMaintainer: " + maintainer +
                                "\nInstalled-Size: " + std::to_string((bytes + 1023) / 1024) +
                                "\nDepends: lureproof\nSection: education\nPriority: optional\n"
                                "Description: Lureproof scenarios of the site " +
                                site + "\n Content-only update for Lureproof kiosks, built by 'lure pack'.\n";
    fs::create_directories(stage / "DEBIAN", ec);
    ok = ok && !ec && write_file((stage / "DEBIAN/control").string(), control);
    const fs::path deb = output / (name + "_" + version + "_all.deb");
    // Files 0644 and folders 0755 whatever the umask, owned by root in the package.
    const std::string build = "chmod -R u=rwX,go=rX " + shell_quote(stage.string()) +
                              " && dpkg-deb --root-owner-group --build " + shell_quote(stage.string()) + " " +
                              shell_quote(deb.string()) + " >/dev/null";
    ok = ok && std::system(build.c_str()) == 0;
    fs::remove_all(stage, ec);
    if (!ok) {
        std::fprintf(stderr, "lure pack: could not build %s (is dpkg-deb installed?)\n", deb.string().c_str());
        return kExitFailed;
    }
    std::printf("lure pack: wrote %s (%s)\n", deb.string().c_str(),
                plural((long long)files.size(), "scenario file", "scenario files").c_str());
    return kExitOk;
}

}  // namespace

extern const Command pack_command = {"pack", "build a content-only Debian package of a site's scenarios", kHelp, run};

}  // namespace cli
