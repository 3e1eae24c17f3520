// include: files: shared definitions, relative paths, cycles, depth and what included files may hold.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("include pulls in characters, flags and vars relative to the including file") {
    MemoryFileSource files;
    files.add(
        "s/main.lure",
        std::string(kHeader) +
            "include: common/people.lure\n== a [chat] ending safe\nm: hi #flag:f\nnarrator: {shared}\ndebrief: d\n");
    files.add("s/common/people.lure",
              "include: more.lure\ncharacter m\n  name: M\n  initials: M\n  avatar: ../img/m.png\n");
    files.add("s/common/more.lure",
              "var shared = 1\nflag f\n  label: l\n  category: secrecy\n  explain: e\n  action: a\n  source: s\n");
    files.add("s/img/m.png", "png");
    ParseResult r = load_scenario("s/main.lure", files);
    CHECK_CLEAN(r.diagnostics);
    CHECK(r.scenario.files.size() == 3);
    CHECK(r.scenario.find_character("m") >= 0);
    CHECK(r.scenario.find_flag("f") >= 0);
    CHECK(r.scenario.find_variable("shared") >= 0);
}

TEST_CASE("include problems: missing file, cycle, nodes and header keys in an included file") {
    MemoryFileSource files;
    files.add("main.lure",
              std::string(kHeader) + "include: a.lure\ninclude: missing.lure\n== n [chat] ending safe\nnarrator: x\n");
    files.add("a.lure", "include: b.lure\n");
    files.add("b.lure", "title: no\ninclude: a.lure\n== x [chat]\nnarrator: skipped\n");
    ParseResult r = load_scenario("main.lure", files);
    CHECK_DIAG(r.diagnostics, "LP150", kHeaderLines + 2, 10);
    CHECK(r.diagnostics.size() >= 3);
    bool cycle = false, nodes = false, header = false;
    for (const auto& d : r.diagnostics) {
        if (d.code == "LP151") {
            cycle = true;
            CHECK(d.file == "b.lure");
            CHECK(d.line == 2);
            CHECK(d.column == 10);
        }
        if (d.code == "LP153" && d.line == 3) {
            nodes = true;
            CHECK(d.column == 1);
        }
        if (d.code == "LP153" && d.line == 1) {
            header = true;
            CHECK(d.file == "b.lure");
        }
    }
    CHECK(cycle);
    CHECK(nodes);
    CHECK(header);
}

TEST_CASE("include without file access and include depth limit") {
    auto r = parse(std::string(kHeader) + "include: x.lure\n");
    CHECK_DIAG(r.diagnostics, "LP150", kHeaderLines + 1, 10);
    MemoryFileSource files;
    files.add("main.lure", std::string(kHeader) + "include: d1.lure\n");
    for (int i = 1; i <= 20; ++i)
        files.add("d" + std::to_string(i) + ".lure", "include: d" + std::to_string(i + 1) + ".lure\n");
    files.add("d21.lure", "var x = 1\n");
    ParseResult deep = load_scenario("main.lure", files);
    bool found = false;
    for (const auto& d : deep.diagnostics)
        if (d.code == "LP152") {
            found = true;
            CHECK(d.file == "d16.lure");
            CHECK(d.line == 1);
            CHECK(d.column == 10);
        }
    CHECK(found);
}

TEST_CASE("missing image files are reported with their position") {
    MemoryFileSource files;
    files.add("main.lure",
              std::string(kHeader) +
                  "character m\n  name: M\n  avatar: m.png\n== a [chat] ending safe\nm: hi #image:pics/x.png\n");
    ParseResult r = load_scenario("main.lure", files);
    CHECK_DIAG(r.diagnostics, "LP219", kHeaderLines + 3, 11);
    CHECK_DIAG(r.diagnostics, "LP219", kHeaderLines + 5, 7);
    files.add("m.png", "");
    files.add("pics/x.png", "");
    CHECK_NO_DIAG(load_scenario("main.lure", files).diagnostics, "LP219");
}
