// The malformed corpus: every tests/data/malformed/*.lure starts with `// expect: LPxxx line:col`
// (optionally followed by the file the diagnostic is in, relative to the corpus folder, when it is an
// included file under malformed/include/) and must report exactly that diagnostic, loaded with
// includes and checks like the game does or, for run-time limits, when played. Optional next lines:
// `// hint: TEXT` (that diagnostic's hint contains TEXT), `// absent: LPxxx` (never reported).
#include "first_enabled_choice.h"
#include "test_helpers.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lure;
using namespace lure_test;

namespace {
// Plays the first enabled choice until the story ends or stops; returns its runtime diagnostics.
std::vector<Diagnostic> play_first_choices(const Scenario& sc) {
    Story story(sc);
    story.start(1);
    for (int step = 0; step < 1000 && !story.is_ended() && story.runtime_errors().empty(); ++step)
        if (!choose_first_enabled(story)) break;
    return story.runtime_diagnostics();
}
}  // namespace

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
        std::string code, position, in_file;
        std::istringstream header(first);
        std::string slashes, expect;
        header >> slashes >> expect >> code >> position >> in_file;
        REQUIRE_MESSAGE(expect == "expect:", path.filename().string() << ": first line must be // expect: LPxxx L:C");
        std::vector<std::string> hints, absent;
        for (std::string more; std::getline(in, more) && more.rfind("// ", 0) == 0;) {
            if (more.rfind("// hint: ", 0) == 0) hints.push_back(more.substr(9));
            else if (more.rfind("// absent: ", 0) == 0) absent.push_back(more.substr(11));
        }
        int line = std::stoi(position.substr(0, position.find(':')));
        int column = std::stoi(position.substr(position.find(':') + 1));
        ParseResult r = load_scenario(path.string(), disk);
        std::vector<Diagnostic> found = r.diagnostics;
        if (!has(found, code) && r.ok()) {
            std::vector<Diagnostic> played = play_first_choices(r.scenario);
            found.insert(found.end(), played.begin(), played.end());
        }
        CAPTURE(path.filename().string());
        CHECK_DIAG(found, code, line, column);
        const std::string expected_file = (in_file.empty() ? path : dir / in_file).lexically_normal().string();
        bool in_expected_file = false;
        for (const auto& d : found) {
            in_expected_file =
                in_expected_file || (d.code == code && d.line == line &&
                                     std::filesystem::path(d.file).lexically_normal().string() == expected_file);
            const bool in_corpus_include = d.file.find("/malformed/include/") != std::string::npos;
            CHECK_MESSAGE((d.file == path.string() || in_corpus_include), format_diagnostic(d));
            CHECK(find_diagnostic_info(d.code) != nullptr);
        }
        CHECK_MESSAGE(in_expected_file, "expected " << code << " in " << expected_file << "\n" << dump(found));
        for (const std::string& text : hints) {
            bool hinted = false;
            for (const auto& d : found)
                hinted = hinted || (d.code == code && d.line == line && d.column == column &&
                                    d.hint.find(text) != std::string::npos);
            CHECK_MESSAGE(hinted, "expected the hint of " << code << " to contain '" << text << "'\n" << dump(found));
        }
        for (const std::string& other : absent)
            CHECK_MESSAGE(!has(found, other), other << " reported\n" << dump(found));
    }
}
