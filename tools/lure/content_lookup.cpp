// Register discovery for the CLI (see content_lookup.h).
#include "content_lookup.h"

#include <filesystem>

#include "cli.h"

namespace cli {

std::string directory_of(const std::string& path) {
    const std::string parent = std::filesystem::path(path).parent_path().string();
    return parent.empty() ? "." : parent;
}

namespace {
std::string nearest(const std::string& dir, const char* name) {
    std::filesystem::path here(dir);
    for (int level = 0; level <= 2; ++level) {
        const std::filesystem::path candidate = (here / name).lexically_normal();
        if (file_exists(candidate.string())) return candidate.string();
        here /= "..";
    }
    return "";
}
}  // namespace

RegisterFiles find_register_files(const std::string& dir, const std::string& sources_opt, const std::string& facts_opt,
                                  bool try_assets) {
    RegisterFiles files{sources_opt, facts_opt};
    if (files.sources.empty()) files.sources = nearest(dir, "sources.toml");
    if (files.facts.empty()) files.facts = nearest(dir, "facts.toml");
    if (try_assets && files.sources.empty() && file_exists("assets/sources.toml"))
        files.sources = "assets/sources.toml";
    if (try_assets && files.facts.empty() && file_exists("assets/facts.toml")) files.facts = "assets/facts.toml";
    return files;
}

ContentRegisterLoad load_checked_register(const RegisterFiles& files) {
    ContentRegisterLoad load = load_content_register(files.sources, files.facts);
    for (lure::Diagnostic& d : lure::check_content_register(load.reg)) load.diagnostics.push_back(std::move(d));
    return load;
}

}  // namespace cli
