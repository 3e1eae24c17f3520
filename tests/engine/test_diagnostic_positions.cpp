// Diagnostics that the corpus cannot hold as small files (limits), the catalogue, the format of a
// printed diagnostic, and that docs/scenario-format.md documents every code.
#include "test_helpers.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lure;
using namespace lure_test;

TEST_CASE("file size limit LP135") {
    ParseLimits limits;
    limits.max_file_bytes = 100;
    auto r = parse_scenario(std::string(200, 'x'), "big.lure", nullptr, limits);
    CHECK_DIAG(r.diagnostics, "LP135", 1, 1);
}

TEST_CASE("node and statement limits LP137") {
    ParseLimits limits;
    limits.max_nodes = 2;
    auto r = parse_scenario("== a\n-> b\n== b\n-> c\n== c\n-> a\n", "n.lure", nullptr, limits);
    CHECK_DIAG(r.diagnostics, "LP137", 5, 1);
    limits = {};
    limits.max_statements = 3;
    r = parse_scenario("== a\nnarrator: 1\nnarrator: 2\nnarrator: 3\nnarrator: 4\n", "s.lure", nullptr, limits);
    CHECK_DIAG(r.diagnostics, "LP137", 5, 1);
}

TEST_CASE("diagnostic cap LP138") {
    ParseLimits limits;
    limits.max_diagnostics = 5;
    std::string text;
    for (int i = 0; i < 20; ++i) text += "???\n";
    auto r = parse_scenario(text, "c.lure", nullptr, limits);
    CHECK(r.diagnostics.size() == 6);
    CHECK_DIAG(r.diagnostics, "LP138", 6, 1);
}

TEST_CASE("positions count code points, not bytes") {
    auto r = parse(std::string(kHeader) + "== a [chat] ending safe\nnarrator: 🇩🇪 é {oops\n");
    CHECK_DIAG(r.diagnostics, "LP128", kHeaderLines + 2, 16);
}

TEST_CASE("format_diagnostic") {
    Diagnostic d{"LP200", Severity::Error, "node 'x' does not exist", "a.lure", 3, 7, "did you mean 'y'?"};
    CHECK(format_diagnostic(d) == "a.lure:3:7: error LP200: node 'x' does not exist (hint: did you mean 'y'?)");
    d.severity = Severity::Warning;
    d.hint.clear();
    CHECK(format_diagnostic(d) == "a.lure:3:7: warning LP200: node 'x' does not exist");
}

TEST_CASE("errors and warnings are distinct") {
    auto ds =
        diagnose(std::string(kHeader) +
                 "var unused = 1\n== a [chat]\nnarrator: *open\n-> end\n== end [chat] ending safe\nnarrator: e\n");
    CHECK_FALSE(has_errors(ds));
    CHECK(count_severity(ds, Severity::Warning) == 3);  // LP207, LP129, LP223
    for (const auto& info : diagnostic_catalogue()) CHECK(info.code.size() == 5);
}

TEST_CASE("docs/scenario-format.md documents every diagnostic code") {
    std::ifstream in(std::string(LURE_TEST_DATA_DIR) + "/../../docs/scenario-format.md");
    REQUIRE(in.good());
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string doc = buffer.str();
    for (const auto& info : diagnostic_catalogue())
        CHECK_MESSAGE(doc.find("| " + std::string(info.code) + " |") != std::string::npos,
                      info.code << " missing from the spec");
}

TEST_CASE("every diagnostic code in the catalogue is exercised by a test or the malformed corpus") {
    namespace fs = std::filesystem;
    std::string all;
    const fs::path data(LURE_TEST_DATA_DIR);
    for (const fs::path& dir :
         {data / "malformed", data / "malformed-content", data / ".." / "engine", data / ".." / "content"})
        for (const auto& entry : fs::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::stringstream content;
            content << in.rdbuf();
            all += content.str() + "\n";
        }
    for (const auto& info : diagnostic_catalogue())
        CHECK_MESSAGE(all.find(std::string(info.code)) != std::string::npos, info.code << " has no test");
}
