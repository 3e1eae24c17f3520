// The malformed corpus: every tests/data/malformed/*.lure starts with `// expect: LPxxx line:col`
// and must report exactly that diagnostic (loaded with includes and checks, like the game does).
#include "test_helpers.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lure;
using namespace lure_test;

TEST_CASE("malformed corpus: each file reports its expected diagnostic") {
    const std::filesystem::path dir = std::filesystem::path(LURE_TEST_DATA_DIR) / "malformed";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".lure") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() >= 30);
    DiskFileSource disk;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::string first;
        std::getline(in, first);
        std::string code, position;
        std::istringstream header(first);
        std::string slashes, expect;
        header >> slashes >> expect >> code >> position;
        REQUIRE_MESSAGE(expect == "expect:", path.filename().string() << ": first line must be // expect: LPxxx L:C");
        int line = std::stoi(position.substr(0, position.find(':')));
        int column = std::stoi(position.substr(position.find(':') + 1));
        ParseResult r = load_scenario(path.string(), disk);
        CAPTURE(path.filename().string());
        CHECK_DIAG(r.diagnostics, code, line, column);
        for (const auto& d : r.diagnostics) {
            CHECK(d.file == path.string());
            CHECK(find_diagnostic_info(d.code) != nullptr);
        }
    }
}
