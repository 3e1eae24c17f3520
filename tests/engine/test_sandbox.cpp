// Loading as a sandbox: paths stay in the scenario's folder (lexically and through symbolic links),
// regular files only, read without blocking, per-load budgets, run-time text budgets, and hints and
// the Twee importer that stay cheap on hostile input. The corpus holds the small static cases.
#include "test_helpers.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace lure;
using namespace lure_test;
namespace fs = std::filesystem;

namespace {

const std::string kEnding = "== a [chat] ending safe\nnarrator: x\ndebrief: d\n";

// A fresh folder under the system temp dir, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        char pattern[] = "/tmp/lure-sandbox-XXXXXX";
        path = ::mkdtemp(pattern);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
};

const Diagnostic* find_code(const std::vector<Diagnostic>& ds, const std::string& code) {
    for (const auto& d : ds)
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("resolve_inside: relative paths that stay in the root only") {
    std::string out;
    CHECK(resolve_inside("s", "s/common", "../images/m.png", out) == PathProblem::None);
    CHECK(out == "s/images/m.png");
    CHECK(resolve_inside("s", "s", "../x.lure", out) == PathProblem::LeavesRoot);
    CHECK(resolve_inside("", "", "../x.lure", out) == PathProblem::LeavesRoot);
    CHECK(resolve_inside("", "", "a/../b.lure", out) == PathProblem::None);
    CHECK(resolve_inside("/srv/s", "/srv/s", "/etc/passwd", out) == PathProblem::Absolute);
    CHECK(resolve_inside("/srv/s", "/srv/s", "x/../../t/a.lure", out) == PathProblem::LeavesRoot);
    CHECK(resolve_inside("/srv/s", "/srv/s", std::string("a\x01.lure"), out) == PathProblem::ControlCharacter);
}

TEST_CASE("symbolic links out of the root are refused, and the target's text is never shown (LP162)") {
    TempDir dir;
    dir.write("secret.txt", "TOP-SECRET-LINE\n");
    const std::string main = dir.write("s/main.lure", std::string(kHeader) + "include: link.lure\n" + kEnding);
    REQUIRE(::symlink((dir.path / "secret.txt").c_str(), (dir.path / "s/link.lure").c_str()) == 0);
    DiskFileSource disk;
    ParseResult r = load_scenario(main, disk);
    CHECK_DIAG(r.diagnostics, "LP162", kHeaderLines + 1, 10);
    for (const auto& d : r.diagnostics) CHECK(format_diagnostic(d).find("TOP-SECRET") == std::string::npos);
    // The main file itself must really be in its folder.
    REQUIRE(::symlink((dir.path / "secret.txt").c_str(), (dir.path / "s/evil.lure").c_str()) == 0);
    ParseResult evil = load_scenario((dir.path / "s/evil.lure").string(), disk);
    CHECK_DIAG(evil.diagnostics, "LP162", 1, 1);
    CHECK(evil.diagnostics.size() == 1);
    // An image link out of the root, and a link that stays inside (accepted).
    REQUIRE(::symlink((dir.path / "secret.txt").c_str(), (dir.path / "s/pic.png").c_str()) == 0);
    dir.write("s/real.png", "png");
    REQUIRE(::symlink("real.png", (dir.path / "s/inside.png").c_str()) == 0);
    const std::string pics = dir.write(
        "s/pics.lure",
        std::string(kHeader) +
            "== a [chat] ending safe\nnarrator: x #image:pic.png\nnarrator: y #image:inside.png\ndebrief: d\n");
    ParseResult p = load_scenario(pics, disk);
    CHECK_DIAG(p.diagnostics, "LP162", kHeaderLines + 2, 13);
    CHECK_NO_DIAG(p.diagnostics, "LP219");
    CHECK(p.diagnostics.size() == 1);
}

TEST_CASE("FIFOs, devices and folders are refused without blocking (LP163)") {
    TempDir dir;
    REQUIRE(::mkfifo((dir.path / "s/pipe.lure").c_str(), 0600) != 0);  // no folder yet
    fs::create_directories(dir.path / "s/folder.lure");
    REQUIRE(::mkfifo((dir.path / "s/pipe.lure").c_str(), 0600) == 0);
    REQUIRE(::symlink("/dev/zero", (dir.path / "s/zero.lure").c_str()) == 0);
    const std::string main =
        dir.write("s/main.lure", std::string(kHeader) + "include: pipe.lure\ninclude: folder.lure\n" + kEnding);
    DiskFileSource disk;
    const auto start = std::chrono::steady_clock::now();
    ParseResult r = load_scenario(main, disk);
    CHECK_DIAG(r.diagnostics, "LP163", kHeaderLines + 1, 10);
    CHECK_DIAG(r.diagnostics, "LP163", kHeaderLines + 2, 10);
    // The main file as a FIFO; /dev/zero through a link is outside the root, and as the main file not regular.
    CHECK_DIAG(load_scenario((dir.path / "s/pipe.lure").string(), disk).diagnostics, "LP163", 1, 1);
    CHECK_DIAG(load_scenario("/dev/zero", disk).diagnostics, "LP163", 1, 1);
    const std::string zero = dir.write("s/zero-main.lure", std::string(kHeader) + "include: zero.lure\n" + kEnding);
    CHECK_DIAG(load_scenario(zero, disk).diagnostics, "LP162", kHeaderLines + 1, 10);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK_FALSE(disk.read((dir.path / "s/pipe.lure").string()).has_value());
}

TEST_CASE("per-load budgets: included files (LP164), bytes in all (LP165), one file's size (LP135)") {
    MemoryFileSource files;
    std::string includes;
    for (int i = 0; i < 70; ++i) {
        includes += "include: f" + std::to_string(i) + ".lure\n";
        files.add("f" + std::to_string(i) + ".lure", "var v" + std::to_string(i) + " = 1\n");
    }
    files.add("main.lure", std::string(kHeader) + includes + kEnding);
    ParseResult r = load_scenario("main.lure", files);
    CHECK_DIAG(r.diagnostics, "LP164", kHeaderLines + 65, 10);
    CHECK(r.scenario.files.size() == 65);

    ParseLimits limits;
    limits.max_load_bytes = 1000;
    limits.max_file_bytes = 600;
    files.add("big.lure", "// " + std::string(500, 'x') + "\n");
    files.add("big2.lure", "// " + std::string(500, 'y') + "\n");
    files.add("huge.lure", "// " + std::string(700, 'z') + "\n");
    files.add("b.lure", std::string(kHeader) + "include: huge.lure\ninclude: big.lure\ninclude: big2.lure\n" + kEnding);
    ParseResult b = load_scenario("b.lure", files, limits);
    CHECK_DIAG(b.diagnostics, "LP135", kHeaderLines + 1, 10);
    CHECK_DIAG(b.diagnostics, "LP165", kHeaderLines + 3, 10);
    CHECK_NO_DIAG(b.diagnostics, "LP101");
}

TEST_CASE("files that include each other many times over are read once each (LP166)") {
    MemoryFileSource files;
    for (int i = 0; i < 10; ++i) {
        std::string text;
        for (int j = 0; j < 10; ++j) text += "include: f" + std::to_string(j) + ".lure\n";
        files.add("f" + std::to_string(i) + ".lure", text);
    }
    files.add("main.lure", std::string(kHeader) + "include: f0.lure\n" + kEnding);
    const auto start = std::chrono::steady_clock::now();
    ParseResult r = load_scenario("main.lure", files);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(r.scenario.files.size() == 11);
    const Diagnostic* twice = find_code(r.diagnostics, "LP166");
    REQUIRE(twice != nullptr);
    CHECK(twice->file.rfind("f", 0) == 0);
}

TEST_CASE("run-time budgets stop the story with a positioned error (LP170, LP171)") {
    auto r = parse(std::string(kHeader) +
                   "var s = \"ab\"\n== grow [chat]\n~ s += s\n+ Again -> grow\n* Stop -> end\n"
                   "== end [chat] ending safe\nnarrator: {s}\ndebrief: d\n");
    REQUIRE(r.ok());
    RuntimeLimits limits;
    limits.max_string_bytes = 64;
    Story story(r.scenario, limits);
    story.start(1);
    for (int i = 0; i < 10 && story.runtime_errors().empty(); ++i) story.choose(0);
    REQUIRE(story.runtime_diagnostics().size() == 1);
    const Diagnostic& d = story.runtime_diagnostics()[0];
    CHECK(d.code == "LP170");
    CHECK(d.line == kHeaderLines + 3);
    CHECK(d.column == 3);
    CHECK(story.is_stuck());
    CHECK(story.variable("s")->s.size() == 64);

    limits = {};
    limits.max_story_text_bytes = 50;  // each step shows "Again" and "Stop"
    Story chatty(r.scenario, limits);
    chatty.start(1);
    for (int i = 0; i < 10 && chatty.runtime_errors().empty(); ++i) chatty.choose(0);
    CHECK_FALSE(chatty.runtime_errors().empty());
    CHECK(chatty.runtime_diagnostics().at(0).code == "LP171");
}

TEST_CASE("coverage stops at its memory budget") {
    auto r = parse(std::string(kHeader) +
                   "var s = \"ab\"\n== grow [chat]\n~ s += \"x\"\n+ Again -> grow\n* Stop -> end\n"
                   "== end [chat] ending safe\nnarrator: {s}\ndebrief: d\n");
    ExploreLimits limits;
    limits.max_state_bytes = 64 * 1024;
    CoverageReport report = explore(r.scenario, limits);
    CHECK_FALSE(report.complete);
    CHECK(report.bound_message.find("max_state_bytes") != std::string::npos);
}

TEST_CASE("LP200 hints: the closest id by prefix, and none once the diagnostic cap is reached") {
    std::string text = std::string(kHeader) + "== start [chat]\n";
    for (int i = 0; i < 1200; ++i) text += "* Go -> missing_" + std::to_string(i) + "\n";
    text += "* Go -> missing_x\n== missing_end [chat] ending safe\nnarrator: e\ndebrief: d\n";
    auto ds = diagnose(text);
    std::size_t hinted = 0, bare = 0;
    for (const auto& d : ds) {
        if (d.code != "LP200") continue;
        if (d.hint.empty()) ++bare;
        else {
            ++hinted;
            CHECK(d.hint == "did you mean 'missing_end'?");
        }
    }
    CHECK(hinted > 0);
    CHECK(bare == 0);  // reports stop at the cap: no LP200 is reported without its hint
    CHECK(has(ds, "LP138"));
}

TEST_CASE("Twee import: a million links on one line in linear time, and the 16 MiB limit (LP410)") {
    std::string line;
    for (int i = 0; i < 1000000; ++i) line += "[[B]]";
    const auto start = std::chrono::steady_clock::now();
    TweeImport t = import_twee(":: A\n" + line + "\n:: B\nend\n", "many.twee");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
    CHECK(t.links == 1000000);
    std::string passages;
    for (int i = 0; i < 20000; ++i)
        passages += ":: x" + std::to_string(i) + "!\n[[x0!]]\n:: x" + std::to_string(i) + "?\n[[x0!]]\n";
    TweeImport same = import_twee(passages, "same.twee");
    CHECK(same.passages == 40000);
    CHECK(same.lure_text.find("== x19999_2 ") != std::string::npos);
    TweeImport big = import_twee(std::string(kMaxTweeBytes + 1, 'x'), "big.twee");
    CHECK_DIAG(big.diagnostics, "LP410", 1, 1);
    CHECK(big.lure_text.empty());
}

TEST_CASE("the model budget bounds memory whatever the file holds (LP137)") {
    ParseLimits limits;
    limits.max_model_items = 10;
    std::string text = "== a [chat]\n";
    for (int i = 0; i < 20; ++i) text += "narrator: word\n";
    auto r = parse_scenario(text, "m.lure", nullptr, limits);
    CHECK_DIAG(r.diagnostics, "LP137", 8, 1);  // 6 messages of 2 items (statement, text) on lines 2-7 make 12
    CHECK(r.scenario.messages.size() == 6);
}

TEST_CASE("an initial value of 19 digits is refused, not overflowed (fuzz_parse_only finding)") {
    auto r = parse("var big = 10000000000000000000\nvar max = 1000000000000000000\n");
    CHECK_DIAG(r.diagnostics, "LP117", 1, 11);
    REQUIRE(r.scenario.variables.size() == 1);
    CHECK(r.scenario.variables[0].initial.i == 1000000000000000000LL);
}
